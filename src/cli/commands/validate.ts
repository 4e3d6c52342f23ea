import { validateAction } from '../../actions/wire.js';
import { validateResponse } from '../../response/index.js';
import { type ValidationIssue, type ValidationResult, isRecord, toResult } from '../../validation/index.js';
import { type Command, checkInputsEach, statusOf } from '../command.js';

/** What a JSON document was taken for. */
export type Kind = 'response' | 'action';

/** Keys only a Lambda response has. */
const RESPONSE_KEYS = ['SchemaVersion', 'Actions', 'TransactionAttributes'];

/** A response when it has a response key, an action when it has `Type`; `null` otherwise. */
export function kindOf(value: unknown): Kind | null {
  if (!isRecord(value)) return null;
  if (RESPONSE_KEYS.some((key) => Object.prototype.hasOwnProperty.call(value, key))) return 'response';
  return Object.prototype.hasOwnProperty.call(value, 'Type') ? 'action' : null;
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return `line ${line}, column ${position - before.lastIndexOf('\n')}`;
}

/** Parses JSON text; on failure an `invalid_json` issue (V8's message is not used: it quotes the input). */
function parseJson(bytes: Uint8Array): { value: unknown } | { issue: ValidationIssue } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return { issue: { path: '', code: 'invalid_json', message: 'The input is not UTF-8 text', severity: 'error' } };
  }
  if (text.trim() === '')
    return {
      issue: { path: '', code: 'invalid_json', message: 'The input is empty: expected a JSON response or action', severity: 'error' },
    };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    const where = position === undefined ? '' : ` (at ${lineAndColumn(text, Number(position))})`;
    return { issue: { path: '', code: 'invalid_json', message: `The input is not valid JSON${where}`, severity: 'error' } };
  }
}

function validateBytes(bytes: Uint8Array): { kind: Kind | null } & ValidationResult {
  const parsed = parseJson(bytes);
  if ('issue' in parsed) return { kind: null, ...toResult([parsed.issue]) };
  const kind = kindOf(parsed.value);
  if (kind === 'response') return { kind, ...validateResponse(parsed.value) };
  if (kind === 'action') return { kind, ...validateAction(parsed.value) };
  const shape = Array.isArray(parsed.value)
    ? 'an array'
    : isRecord(parsed.value)
      ? 'an object without Type, SchemaVersion or Actions'
      : `a JSON ${parsed.value === null ? 'null' : typeof parsed.value}`;
  const message =
    `The input is ${shape}: expected a Lambda response ({ "SchemaVersion": "1.0", "Actions": [...] }) ` +
    'or one action ({ "Type": ..., "Parameters": {...} })';
  return { kind: null, ...toResult([{ path: '', code: 'unknown_shape', message, severity: 'error' }]) };
}

/** `validate FILE...|-`: validates Lambda responses or single actions (JSON). */
export const validateCommand: Command = {
  name: 'validate',
  args: 'FILE...|-',
  summary: 'Validate a Lambda response or a single action (JSON file, or - for standard input)',
  description: [
    'Parses each input as JSON and checks it against the documented rules: a Lambda response',
    '(it has SchemaVersion, Actions or TransactionAttributes) with validateResponse, an action',
    '(it has Type) with validateAction. Prints one line per issue, "FILE:PATH: severity: message [code]",',
    'then a summary line per input. Join tokens and phone numbers are masked in everything printed.',
  ].join('\n'),
  run: ({ positionals }, context) =>
    checkInputsEach('validate', positionals, context, validateBytes, (report) => [
      `${report.file}: ${statusOf(report)}${report.kind === null ? '' : ` (${report.kind})`}`,
    ]),
};
