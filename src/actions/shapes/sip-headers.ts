import type { MapRule } from '../../validation/index.js';

/**
 * SIP headers sent on an outbound call leg: header name → value. The names are user data and
 * stay verbatim (builders do not camelCase them). Allowed names: a custom `x-…` header (prefix
 * in any letter case, except the reserved `X-AMZN…`), `User-to-User` or `Diversion`; values of
 * at most 2048 characters.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/sip-headers.html
 */
export type SipHeaders = Record<string, string>;

/**
 * The documented maximum length of one SIP header value, in characters.
 * @category Actions
 */
export const SIP_HEADER_MAX_LENGTH = 2048;

/**
 * The header-name prefix the service reserves for itself (compared case-insensitively).
 * @category Actions
 */
export const RESERVED_SIP_HEADER_PREFIX = 'X-AMZN';

/**
 * The standard SIP headers a Lambda may set besides custom `x-` headers.
 * @category Actions
 */
export const STANDARD_SIP_HEADERS: readonly string[] = ['User-to-User', 'Diversion'];

/** An RFC 3261 header name: one token (letters, digits and the marks - . ! % * _ + ` ' ~). */
const SIP_TOKEN = /^[A-Za-z0-9\-.!%*_+`'~]+$/;

/**
 * Checks one SIP header name by the documented rules; returns the predicate of a message when
 * the name is not allowed. Header names are case-insensitive in SIP (RFC 3261 §7.3.1), so the
 * `x-` prefix, `X-AMZN`, `User-to-User` and `Diversion` are compared without letter case.
 * @internal
 */
export function sipHeaderNameProblem(name: string): string | undefined {
  if (!SIP_TOKEN.test(name)) {
    return "is not a valid SIP header name (RFC 3261 token: letters, digits and the marks - . ! % * _ + ` ' ~ only)";
  }
  const lower = name.toLowerCase();
  if (lower.startsWith(RESERVED_SIP_HEADER_PREFIX.toLowerCase())) {
    return `uses the reserved header name ${RESERVED_SIP_HEADER_PREFIX} (the service fails with "Invalid SIP header(s) provided")`;
  }
  if (lower.startsWith('x-') || STANDARD_SIP_HEADERS.some((header) => header.toLowerCase() === lower)) return undefined;
  return (
    'is not an allowed SIP header name: custom headers must start with "x-"; ' +
    'the only other headers allowed are "User-to-User" and "Diversion"'
  );
}

/** Control characters a SIP header value cannot hold (RFC 3261 TEXT-UTF8: only HTAB among them). */
const SIP_VALUE_CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/g;

/**
 * Checks one SIP header value: RFC 3261 allows no control character but HTAB in a header
 * value, and a CR or LF would end the header and start another one (header injection).
 * The message names the characters by code point and never shows the value.
 * @internal
 */
export function sipHeaderValueProblem(value: string): string | undefined {
  const found = [...new Set(value.match(SIP_VALUE_CONTROL) ?? [])];
  if (found.length === 0) return undefined;
  const names = found.map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
  return (
    `must not contain control characters (found ${names}): ` +
    'a SIP header value is one line of text, and a line break would start another header'
  );
}

/**
 * Rule of a {@link SipHeaders} map: allowed names, single-line string values of at most 2048
 * characters (masked in messages).
 * @internal
 */
export const sipHeadersRule: MapRule = {
  type: 'map',
  key: sipHeaderNameProblem,
  value: sipHeaderValueProblem,
  maxValueLength: SIP_HEADER_MAX_LENGTH,
};
