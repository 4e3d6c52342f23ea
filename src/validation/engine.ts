import { type Severity, type ValidationIssue, joinPath } from './issue.js';
import { describeValue, maskText } from './mask.js';
import { closestName } from './suggest.js';
import type { FieldRule, MapRule, NumberRule, Refinement, StringRule } from './rules.js';

type ArrayFieldRule = Extract<FieldRule, { type: 'array' }>;
type ObjectFieldRule = Extract<FieldRule, { type: 'object' }>;

/**
 * How strictly to check.
 * - `'strict'` (builders): the canonical form only; unknown keys and coercible types are errors.
 * - `'lenient'` (validating wire JSON): what the service accepts but ignores or coerces is a warning.
 */
export type Mode = 'strict' | 'lenient';

/** C0 and C1 control characters, DEL, and the Unicode line and paragraph separators. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Writes control characters as JSON-style escapes (`\n`, `\u0000`), so that a message stays one line. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => SHORT_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Collects issues for one validation run. */
export class Issues {
  readonly list: ValidationIssue[] = [];
  /**
   * `true` when unknown keys need no report, so {@link checkFields} skips its scan for them: a
   * builder's converted params hold documented keys only, and the event parser keeps unknown
   * fields without reporting them.
   */
  skipUnknownKeys = false;
  constructor(readonly mode: Mode) {}

  /** Adds an issue whose message is the path followed by `predicate`. */
  add(path: string, code: string, predicate: string, severity: Severity = 'error'): void {
    // Every message is masked once more (no phone number reaches a message, whatever built it),
    // and its control characters are escaped (a key such as "a\nFAKE" cannot forge a log line).
    this.list.push({ path, code, message: escapeControls(maskText(`${path || 'The value'} ${predicate}`)), severity });
  }

  /** Severity for what the service tolerates: a warning when lenient, an error when strict. */
  get tolerated(): Severity {
    return this.mode === 'strict' ? 'error' : 'warning';
  }
}

/**
 * The size in bytes of `value` serialised as UTF-8 JSON (how the service measures documented
 * size limits such as "the JSON string representation … is limited to 10 KB").
 */
export function jsonByteLength(value: unknown): number {
  const text = JSON.stringify(value) ?? '';
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** `true` for a non-null, non-array object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `true` when `object` has `key` as its own property (inherited keys such as `constructor` do not count). */
export const hasOwn: (object: object, key: PropertyKey) => boolean = Object.hasOwn;

/** The rule for `key` among `fields`, ignoring inherited keys such as `constructor`. */
export function ownRule(fields: Readonly<Record<string, FieldRule>>, key: string): FieldRule | undefined {
  return hasOwn(fields, key) ? fields[key] : undefined;
}

/** Words for a value's JSON type, for messages. */
function typeName(rule: FieldRule): string {
  switch (rule.type) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    case 'array':
      return 'an array';
    default:
      return 'an object';
  }
}

const NUMERIC_STRING = /^-?\d+(\.\d+)?$/;
const BOOLEAN_STRING = /^(true|false)$/i;

/**
 * The canonical form of a scalar the service tolerates in another JSON type, which
 * {@link checkValue} reports as `number_as_string` or `boolean_as_string`: a numeric string where
 * a number is documented becomes the number, a number where a documented enum of numeric strings
 * is expected becomes the string, `"true"`/`"false"` (any case) becomes the boolean. Any other
 * value is returned unchanged (objects, arrays and maps are walked by the caller).
 */
export function canonicalScalar(rule: FieldRule, value: unknown): unknown {
  switch (rule.type) {
    case 'number':
      return numericValue(value) ?? value;
    case 'string':
      return typeof value === 'number' && rule.enum?.includes(String(value)) ? String(value) : value;
    case 'boolean':
      return typeof value === 'string' && BOOLEAN_STRING.test(value) ? value.toLowerCase() === 'true' : value;
    default:
      return value;
  }
}

/**
 * The number a wire value stands for, as the checks read it: a number, or a numeric string
 * (which the service coerces); `undefined` for anything else. For cross-field rules: unlike
 * `Number(value)`, it never throws (an object such as `{"valueOf": 1}` cannot be converted).
 */
export function numericValue(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && NUMERIC_STRING.test(value)) return Number(value);
  return undefined;
}

/** Checks one value against its rule, adding issues under `path`. */
export function checkValue(rule: FieldRule, value: unknown, path: string, issues: Issues): void {
  switch (rule.type) {
    case 'string':
      return checkString(rule, value, path, issues);
    case 'number':
      return checkNumber(rule, value, path, issues);
    case 'boolean':
      if (typeof value === 'boolean') return;
      if (typeof value === 'string' && BOOLEAN_STRING.test(value)) {
        issues.add(
          path,
          'boolean_as_string',
          `is the string ${describeValue(value)}; send the boolean ${value.toLowerCase()}`,
          issues.tolerated,
        );
        return;
      }
      return issues.add(path, 'type', `must be a boolean, got ${describeValue(value, rule.sensitive)}`);
    case 'array':
      return checkArray(rule, value, path, issues);
    case 'object':
      return checkObject(rule, value, path, issues);
    case 'map':
      return checkMap(rule, value, path, issues);
  }
}

function checkString(rule: StringRule, value: unknown, path: string, issues: Issues): void {
  let text: string;
  if (typeof value === 'string') {
    text = value;
  } else if (typeof value === 'number' && rule.enum?.includes(String(value))) {
    issues.add(path, 'number_as_string', `is the number ${value}; send the string "${value}"`, issues.tolerated);
    return;
  } else {
    issues.add(path, 'type', `must be a string, got ${describeValue(value, rule.sensitive)}`);
    return;
  }
  if (rule.enum !== undefined && !rule.enum.includes(text)) {
    issues.add(
      path,
      'enum',
      `must be one of ${rule.enum.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(text, rule.sensitive)}`,
    );
    return;
  }
  if (rule.minLength !== undefined && text.length < rule.minLength) {
    issues.add(path, 'min_length', `must be at least ${rule.minLength} characters long, got ${text.length}`);
  }
  if (rule.maxLength !== undefined && text.length > rule.maxLength) {
    issues.add(path, 'max_length', `must be at most ${rule.maxLength} characters long, got ${text.length}`);
  }
  if (rule.pattern !== undefined && !rule.pattern.test(text)) {
    issues.add(
      path,
      'pattern',
      `must be ${rule.format ?? `a string matching ${rule.pattern}`}, got ${describeValue(text, rule.sensitive)}`,
    );
  }
  const problem = rule.check?.(text);
  if (problem !== undefined) issues.add(path, 'format', problem);
}

function checkNumber(rule: NumberRule, value: unknown, path: string, issues: Issues): void {
  let number: number;
  if (typeof value === 'number') {
    number = value;
  } else if (typeof value === 'string' && NUMERIC_STRING.test(value)) {
    issues.add(path, 'number_as_string', `is the string ${describeValue(value)}; send the number ${Number(value)}`, issues.tolerated);
    number = Number(value);
  } else {
    issues.add(path, 'type', `must be a number, got ${describeValue(value, rule.sensitive)}`);
    return;
  }
  if (!Number.isFinite(number)) {
    issues.add(path, 'type', `must be a finite number, got ${number}`);
    return;
  }
  if (rule.integer && !Number.isInteger(number)) issues.add(path, 'integer', `must be an integer, got ${number}`);
  const { min, max, exclusiveMin } = rule;
  if (min !== undefined && max !== undefined && (number < min || number > max)) {
    issues.add(path, 'range', `must be between ${min} and ${max} inclusive, got ${number}`);
  } else if (min !== undefined && number < min) {
    issues.add(path, 'min', `must be at least ${min}, got ${number}`);
  } else if (max !== undefined && number > max) {
    issues.add(path, 'max', `must be at most ${max}, got ${number}`);
  }
  if (exclusiveMin !== undefined && number <= exclusiveMin) {
    issues.add(path, 'min', `must be greater than ${exclusiveMin}, got ${number}`);
  }
}

function checkArray(rule: ArrayFieldRule, value: unknown, path: string, issues: Issues): void {
  if (!Array.isArray(value)) {
    issues.add(path, 'type', `must be an array, got ${describeValue(value, rule.sensitive)}`);
    return;
  }
  if (rule.minItems !== undefined && value.length < rule.minItems) {
    issues.add(path, 'min_items', `must have at least ${rule.minItems} ${rule.minItems === 1 ? 'item' : 'items'}, got ${value.length}`);
  }
  if (rule.maxItems !== undefined && value.length > rule.maxItems) {
    issues.add(path, 'max_items', `must have at most ${rule.maxItems} items, got ${value.length}`);
  }
  value.forEach((item, index) => checkValue(rule.items, item, joinPath(path, index), issues));
}

function checkObject(rule: ObjectFieldRule, value: unknown, path: string, issues: Issues): void {
  if (!isRecord(value)) {
    issues.add(path, 'type', `must be an object, got ${describeValue(value, rule.sensitive)}`);
    return;
  }
  checkFields(rule.fields, value, path, issues);
  runRefinement(rule.refine, value, path, issues);
}

/**
 * Runs an object's cross-field refinement at `path`; it reports the key `''` on the object itself.
 * @internal
 */
export function runRefinement(
  refine: Refinement | undefined,
  value: Readonly<Record<string, unknown>>,
  path: string,
  issues: Issues,
): void {
  refine?.(value, (key, code, predicate, severity) => issues.add(key === '' ? path : joinPath(path, key), code, predicate, severity));
}

/**
 * The value of `object[key]` when it is an own, non-empty string (a `CallId`, a
 * `ParticipantTag`), else `undefined`.
 * @internal
 */
export function nonEmptyStringField(object: unknown, key: string): string | undefined {
  if (!isRecord(object) || !hasOwn(object, key)) return undefined;
  const value = object[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function checkMap(rule: MapRule, value: unknown, path: string, issues: Issues): void {
  if (!isRecord(value)) {
    issues.add(path, 'type', `must be an object of string values, got ${describeValue(value, 'private')}`);
    return;
  }
  const keys = Object.keys(value);
  if (rule.maxEntries !== undefined && keys.length > rule.maxEntries) {
    issues.add(path, 'max_items', `must have at most ${rule.maxEntries} entries, got ${keys.length}`);
  }
  for (const key of keys) {
    const entryPath = joinPath(path, key);
    const problem = rule.key?.(key);
    if (problem !== undefined) issues.add(entryPath, 'key', problem);
    const entry = value[key];
    if (typeof entry !== 'string') {
      issues.add(entryPath, 'type', `must be a string, got ${describeValue(entry, rule.sensitive ?? 'private')}`);
    } else {
      if (rule.maxValueLength !== undefined && entry.length > rule.maxValueLength) {
        issues.add(entryPath, 'max_length', `must be at most ${rule.maxValueLength} characters long, got ${entry.length}`);
      }
      const valueProblem = rule.value?.(entry);
      if (valueProblem !== undefined) issues.add(entryPath, 'format', valueProblem);
    }
  }
}

/** A rules object walked in key order: each field's key with its rule (read once, not per check). */
interface CompiledFields {
  readonly keys: readonly string[];
  readonly rules: readonly FieldRule[];
  readonly set: ReadonlySet<string>;
}

/** The compiled form of each rules object: rules are module constants, never changed. */
const compiledFields = new WeakMap<object, CompiledFields>();

/** Every property a field rule may have (a key missing here does not compile). */
type AllRuleKeys = { [K in FieldRule extends infer R ? (R extends unknown ? keyof R : never) : never]-?: unknown };

/**
 * `rule` with every rule property present (`undefined` when unset), in one fixed order: the
 * checkers then read one object shape instead of dozens (V8 inline caches stay monomorphic).
 * The same rule, so the same checks and messages.
 */
function normalise(rule: FieldRule): FieldRule {
  const r = rule as Partial<Record<keyof AllRuleKeys, unknown>>;
  const normal: AllRuleKeys = {
    type: r.type,
    required: r.required,
    requiredWhen: r.requiredWhen,
    sensitive: r.sensitive,
    default: r.default,
    defaultFrom: r.defaultFrom,
    enum: r.enum,
    minLength: r.minLength,
    maxLength: r.maxLength,
    pattern: r.pattern,
    format: r.format,
    check: r.check,
    integer: r.integer,
    min: r.min,
    exclusiveMin: r.exclusiveMin,
    max: r.max,
    items: r.items === undefined ? undefined : normalise(r.items as FieldRule),
    minItems: r.minItems,
    maxItems: r.maxItems,
    fields: r.fields,
    refine: r.refine,
    key: r.key,
    value: r.value,
    maxEntries: r.maxEntries,
    maxValueLength: r.maxValueLength,
  };
  return normal as FieldRule;
}

function compile(fields: Readonly<Record<string, FieldRule>>): CompiledFields {
  let compiled = compiledFields.get(fields);
  if (compiled === undefined) {
    const keys = Object.keys(fields);
    compiled = { keys, rules: keys.map((key) => normalise(fields[key] as FieldRule)), set: new Set(keys) };
    compiledFields.set(fields, compiled);
  }
  return compiled;
}

const NO_KEYS: readonly string[] = [];

/**
 * Checks the documented fields of an object: required ones present, each known one valid, and
 * each unknown key reported (`unknown_parameter`, a warning when lenient).
 * Keys in `skip` are handled by the caller.
 */
export function checkFields(
  fields: Readonly<Record<string, FieldRule>>,
  value: Readonly<Record<string, unknown>>,
  path: string,
  issues: Issues,
  skip: readonly string[] = NO_KEYS,
): void {
  const { keys, rules, set } = compile(fields);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const rule = rules[i] as FieldRule;
    // The hot path of builders and parsers (see bench/): one read per field, and paths joined
    // only when used (absent optional fields are the common case).
    const current = value[key];
    const own = current !== undefined && hasOwn(value, key);
    if (!own || current === '') {
      if (rule.required) {
        issues.add(joinPath(path, key), 'required', current === '' ? 'must not be empty' : `is required (${typeName(rule)})`);
      } else if (rule.requiredWhen?.test(value)) {
        issues.add(joinPath(path, key), 'required', `is required when ${rule.requiredWhen.description}`);
      } else if (own) {
        checkValue(rule, '', joinPath(path, key), issues);
      }
      continue;
    }
    checkValue(rule, current, joinPath(path, key), issues);
  }
  if (issues.skipUnknownKeys) return;
  for (const key of Object.keys(value)) {
    if (set.has(key) || skip.includes(key)) continue;
    issues.add(
      joinPath(path, key),
      'unknown_parameter',
      `is not a documented field (documented: ${keys.join(', ') || 'none'}); the service ignores it${didYouMean(key, keys)}`,
      issues.tolerated,
    );
  }
}

/**
 * A rule for a field that must be present but may be the empty string (the `required` flag
 * counts `""` as missing). `description` completes "… is required when …".
 */
export function presentRule(key: string, rule: FieldRule, description: string): FieldRule {
  return {
    ...rule,
    required: false,
    requiredWhen: { test: (parent) => !hasOwn(parent, key) || parent[key] === undefined, description },
  } as FieldRule;
}

/** ` (did you mean Repeat?)` for a key close to a documented one, else nothing. */
function didYouMean(key: string, keys: readonly string[]): string {
  const near = closestName(key, keys);
  return near === undefined ? '' : ` (did you mean ${near}?)`;
}
