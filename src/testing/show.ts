import { isRecord, maskPhone } from '../validation/index.js';

/** A wire scalar as text (strings as they are, numbers written out), else `undefined`. */
export const str = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

/** A text in quotes, cut at `max` characters. */
export const quoted = (text: string, max = 40): string => JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);

/** A phone number masked, or a non-number (`"SMA"`) as is. */
export function showNumber(value: unknown): string {
  const text = str(value) ?? '?';
  return /\d{5}/.test(text) ? maskPhone(text) : text;
}

/** The S3 key of an audio source, as the transcript shows it. */
export function audioKey(source: unknown): string {
  return isRecord(source) ? `${str(source.Key) ?? '?'}` : '?';
}
