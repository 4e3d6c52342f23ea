import type { Sensitivity } from './mask.js';
import type { Severity } from './issue.js';

/**
 * Reports a cross-field problem on `key` (a field of the object being refined, or `''` for the
 * object itself). `predicate` completes a sentence that starts with the field's path, for
 * example `must be at least MinNumberOfDigits (5)`.
 */
export type Report = (key: string, code: string, predicate: string, severity?: Severity) => void;

/** A cross-field rule over an object whose fields have already been checked one by one. */
export type Refinement = (value: Readonly<Record<string, unknown>>, report: Report) => void;

/** What every field rule may say. */
export interface BaseRule {
  /** The field is required when `test(parent)` holds; `description` completes "required when …". */
  requiredWhen?: { test: (parent: Readonly<Record<string, unknown>>) => boolean; description: string };
  /** Masks the value in messages. */
  sensitive?: Sensitivity;
  /** The documented default, applied by `effectiveParameters` (never emitted by builders). */
  default?: unknown;
  /** A default taken from another field: receives the action's parameters with defaults applied so far. */
  defaultFrom?: (parameters: Readonly<Record<string, unknown>>) => unknown;
}

/** Rule of a string field. A literal-union type requires its `enum` list. */
export type StringRule<V extends string = string> = BaseRule & {
  type: 'string';
  minLength?: number;
  maxLength?: number;
  /** A documented pattern; `format` says in words what it means (for the message). */
  pattern?: RegExp;
  /** Words completing "must be …" when `pattern` fails, for example `an E.164 phone number`. */
  format?: string;
  /** A custom check returning the predicate of a message when the value is wrong. */
  check?: (value: string) => string | undefined;
  /** The documented default. */
  default?: V;
} & (string extends V ? { enum?: readonly V[] } : { enum: readonly V[] });

/** Rule of a number field. */
export interface NumberRule extends BaseRule {
  type: 'number';
  integer?: boolean;
  /** Inclusive lower bound. */
  min?: number;
  /** Exclusive lower bound. */
  exclusiveMin?: number;
  /** Inclusive upper bound. */
  max?: number;
  default?: number;
}

/** Rule of a boolean field. */
export interface BooleanRule extends BaseRule {
  type: 'boolean';
  default?: boolean;
}

/** Rule of an array field. */
export interface ArrayRule<I = unknown> extends BaseRule {
  type: 'array';
  items: RuleFor<I>;
  minItems?: number;
  maxItems?: number;
  default?: readonly I[];
}

/** Rule of an object field with documented keys. */
export interface ObjectRule<T = unknown> extends BaseRule {
  type: 'object';
  fields: FieldRules<T>;
  refine?: Refinement;
}

/**
 * Rule of a user map (`SipHeaders`, `SessionAttributes`, …): arbitrary keys kept verbatim,
 * string values. Values are masked in messages unless `sensitive` says otherwise.
 */
export interface MapRule extends BaseRule {
  type: 'map';
  /** Checks one key; returns the predicate of a message when the key is not allowed. */
  key?: (key: string) => string | undefined;
  /** Checks one string value; returns the predicate of a message when it is not allowed (never echo the value). */
  value?: (value: string) => string | undefined;
  maxEntries?: number;
  maxValueLength?: number;
}

/** Any field rule, untyped (what the engine walks). `required`: present and not an empty string. */
export type FieldRule = { required?: boolean } & (
  | StringRule<any>
  | NumberRule
  | BooleanRule
  | (BaseRule & { type: 'array'; items: FieldRule; minItems?: number; maxItems?: number })
  | (BaseRule & { type: 'object'; fields: Readonly<Record<string, FieldRule>>; refine?: Refinement })
  | MapRule
);

/** The rule type that fits a field of type `V`. */
export type RuleFor<V> = [V] extends [string]
  ? StringRule<V>
  : [V] extends [number]
    ? NumberRule
    : [V] extends [boolean]
      ? BooleanRule
      : [V] extends [readonly (infer I)[]]
        ? ArrayRule<I>
        : [V] extends [object]
          ? string extends keyof V
            ? MapRule
            : ObjectRule<V>
          : never;

/**
 * `required: true` exactly for the non-optional keys of `T`: what `required` means is up to the
 * checker (parameters: present and not an empty string; event result fields: present).
 */
export type RequiredMarker<T, K extends keyof T> = {} extends Pick<T, K> ? { required?: false } : { required: true };

/**
 * One rule per key of `T`: a missing or extra key does not compile, and `required: true`
 * must match the key being non-optional in `T`.
 */
export type FieldRules<T> = { [K in keyof T]-?: RuleFor<NonNullable<T[K]>> & RequiredMarker<T, K> };

/**
 * Freezes `value` and every plain object and array under it, and returns it: rule objects are
 * shared module constants (the engine caches compiled forms of them), so a caller's assignment
 * such as `spec.parameters.AudioSource.required = false` must not change later checks. RegExps
 * (their `lastIndex` must stay writable) and functions are left as they are.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return value;
  Object.freeze(value);
  for (const item of Object.values(value)) deepFreeze(item);
  return value;
}
