import {
  type FieldRule,
  Issues,
  SmaValidationError,
  checkBounds,
  checkValue,
  cloneJson,
  describeValue,
  isRecord,
  joinPath,
  ownRule,
  setOwn,
  throwOnErrors,
} from '../validation/index.js';
import type { ParticipantTag } from './shapes/legs.js';
import { type AnyActionSpec, TARGET_RULE, type TargetKey, type WireAction, checkParameters } from './spec.js';

/**
 * `T` with every key camelCased, recursively; user maps (objects with an index signature, such
 * as `SipHeaders`) are kept verbatim.
 * @category Actions
 */
export type CamelCaseKeys<T> = T extends readonly (infer I)[]
  ? readonly CamelCaseKeys<I>[]
  : T extends object
    ? string extends keyof T
      ? T
      : { [K in keyof T as K extends string ? Uncapitalize<K> : K]: CamelCaseKeys<T[K]> }
    : T;

/**
 * What a builder takes: the wire parameters camelCased, less `CallId` and `ParticipantTag`
 * (set those with `.onCall()` / `.onLeg()`).
 * @category Actions
 */
export type BuilderParams<P> = CamelCaseKeys<Omit<P, TargetKey>>;

/**
 * A finished action builder: ready for `response()`. Immutable; reuse it across invocations.
 * @category Actions
 */
export interface ActionBuilder<A extends WireAction> {
  /** The action's `Type`. */
  readonly type: A['Type'];
  /** `true`: the builder is complete and `response()` accepts it. */
  readonly ready: true;
  /** The plain wire action (a new object on each call). */
  toJSON(): A;
}

/**
 * A builder whose action may run on the invoked leg or be pointed at one leg. After `onCall()` or
 * `onLeg()` neither method exists any more (`CallId` and `ParticipantTag` are never both sent).
 * @typeParam Leg - the participant tags the docs allow for this action.
 * @category Actions
 */
export interface TargetableActionBuilder<A extends WireAction, Leg extends ParticipantTag> extends ActionBuilder<A> {
  /** Runs the action on the call leg with this `CallId` (it overrides any `ParticipantTag`). */
  onCall(callId: string): ActionBuilder<A>;
  /** Runs the action on the leg with this participant tag. */
  onLeg(tag: Leg): ActionBuilder<A>;
}

/**
 * A builder of an action whose docs require `CallId`: `response()` accepts it only after
 * `onCall()`.
 * @category Actions
 */
export interface CallIdRequiredBuilder<A extends WireAction> {
  /** The action's `Type`. */
  readonly type: A['Type'];
  /**
   * `false`: `onCall()` must be called before `response()` accepts it. The type carries the fix,
   * so the compiler's message for `response(actions.speak(…))` names `.onCall(callId)`.
   */
  readonly ready: false & {
    /** Never set: its name is the fix the compiler shows when this builder reaches `response()`. */
    readonly 'call .onCall(callId) first: response() takes this builder only once it names its leg'?: never;
  };
  /** Runs the action on the call leg with this `CallId`. */
  onCall(callId: string): ActionBuilder<A>;
  /** The wire action so far, without `CallId`. */
  toJSON(): {
    /** The action type. */
    Type: A['Type'];
    /** The action's parameters, without `CallId`. */
    Parameters: Omit<A['Parameters'], 'CallId'>;
  };
}

/**
 * A deep copy of JSON this package built itself (own string keys, plain objects and arrays): the
 * same result as {@link cloneJson}, faster. Object spread copies own data properties (it never
 * calls the `__proto__` setter) in one step, where adding keys one by one is slow in V8.
 */
function copyOwn<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copyOwn) as T;
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const key of Object.keys(copy)) {
    const item = copy[key];
    if (typeof item === 'object' && item !== null) copy[key] = copyOwn(item);
  }
  return copy as T;
}

const capitalize = (key: string): string => key.charAt(0).toUpperCase() + key.slice(1);
const uncapitalize = (key: string): string => key.charAt(0).toLowerCase() + key.slice(1);

/** A wire field of a rules object, found by its camelCase key. */
interface WireField {
  readonly wireKey: string;
  readonly rule: FieldRule;
}

/** The camelCase key of each wire field of a rules object, cached per rules object. */
const camelIndexes = new WeakMap<object, Map<string, WireField>>();

/** camelCase key → wire field for `fields` (built once per rules object: the hot path of builders). */
function camelIndex(fields: Readonly<Record<string, FieldRule>>): Map<string, WireField> {
  let index = camelIndexes.get(fields);
  if (index === undefined) {
    index = new Map();
    for (const wireKey of Object.keys(fields)) {
      const key = uncapitalize(wireKey);
      if (key === uncapitalize(key) && capitalize(key) === wireKey) index.set(key, { wireKey, rule: fields[wireKey] as FieldRule });
    }
    camelIndexes.set(fields, index);
  }
  return index;
}

/**
 * Converts camelCase builder params to wire parameters, driven by the rules; reports unknown keys.
 * `path` is the params' path, or its parent's path when `key` is given (joined only on an issue).
 */
function toWire(
  fields: Readonly<Record<string, FieldRule>>,
  params: Record<string, unknown>,
  path: string,
  issues: Issues,
  key?: string | number,
): Record<string, unknown> {
  const wire: Record<string, unknown> = {};
  const index = camelIndex(fields);
  for (const name of Object.keys(params)) {
    const value = params[name];
    if (value === undefined) continue;
    // A miss falls back to the plain rule (capitalised key), so the index changes nothing but speed.
    const field = index.get(name);
    const wireKey = field !== undefined ? field.wireKey : name === uncapitalize(name) ? capitalize(name) : undefined;
    const rule = field !== undefined ? field.rule : wireKey === undefined ? undefined : ownRule(fields, wireKey);
    if (wireKey === undefined || rule === undefined) {
      const camel = uncapitalize(name);
      const hint =
        name === 'callId' || name === 'participantTag'
          ? `; use .${name === 'callId' ? 'onCall' : 'onLeg'}()`
          : camel !== name && index.has(camel)
            ? `; builder parameters are camelCase: ${camel}`
            : '';
      const known = Object.keys(fields).map(uncapitalize).join(', ') || 'none';
      issues.add(
        joinPath(key === undefined ? path : joinPath(path, key), name),
        'unknown_parameter',
        `is not a parameter of this builder (parameters: ${known})${hint}`,
      );
      continue;
    }
    setOwn(
      wire,
      wireKey,
      typeof value !== 'object' || value === null
        ? value
        : convert(rule, value, key === undefined ? path : joinPath(path, key), wireKey, issues),
    );
  }
  return wire;
}

/** Converts the value at `parent` + `key`; the path is joined only where it is needed. */
function convert(rule: FieldRule, value: unknown, parent: string, key: string | number, issues: Issues): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (rule.type === 'object' && isRecord(value)) return toWire(rule.fields as Record<string, FieldRule>, value, parent, issues, key);
  if (rule.type === 'array' && Array.isArray(value)) {
    const path = joinPath(parent, key);
    return value.map((item, i) => convert(rule.items as FieldRule, item, path, i, issues));
  }
  return cloneJson(value);
}

class Builder {
  readonly type: string;
  readonly ready: boolean;
  readonly #spec: AnyActionSpec;
  readonly #parameters: Record<string, unknown>;
  readonly #targeted: boolean;

  constructor(spec: AnyActionSpec, parameters: Record<string, unknown>, targeted: boolean) {
    this.type = spec.type;
    this.#spec = spec;
    this.#parameters = parameters;
    this.#targeted = targeted;
    this.ready = targeted || spec.targeting.kind !== 'callId';
  }

  onCall(callId: string): Builder {
    this.#assertTargetable('CallId');
    // A non-empty string is all TARGET_RULE asks: only other values need the checker's messages.
    if (typeof callId !== 'string' || callId === '') {
      const issues = new Issues('strict');
      if (callId === '') issues.add('Parameters.CallId', 'required', 'must not be empty');
      else checkValue(TARGET_RULE, callId, 'Parameters.CallId', issues);
      throwOnErrors(`${this.type} action`, issues.list);
    }
    return new Builder(this.#spec, { CallId: callId, ...this.#parameters }, true);
  }

  onLeg(tag: ParticipantTag): Builder {
    this.#assertTargetable('ParticipantTag');
    const { targeting } = this.#spec;
    const legs = targeting.kind === 'callIdOrLeg' ? targeting.legs : [];
    if (!legs.includes(tag)) {
      const allowed =
        legs.length > 0 ? `must be one of ${legs.map((leg) => `"${leg}"`).join(', ')}` : 'is not accepted: use .onCall(callId)';
      throw new SmaValidationError(`${this.type} action`, [
        {
          path: 'Parameters.ParticipantTag',
          code: 'leg_not_allowed',
          message: `Parameters.ParticipantTag ${allowed} for ${this.type}, got ${describeValue(tag)}`,
          severity: 'error',
        },
      ]);
    }
    return new Builder(this.#spec, { ParticipantTag: tag, ...this.#parameters }, true);
  }

  toJSON(): WireAction {
    return { Type: this.type, Parameters: copyOwn(this.#parameters) };
  }

  #assertTargetable(key: TargetKey): void {
    const reason = this.#targeted
      ? 'cannot be set: the action is already targeted (CallId and ParticipantTag are exclusive)'
      : this.#spec.targeting.kind === 'none'
        ? `is not a parameter of ${this.type}: it always runs on the invoked leg`
        : undefined;
    if (reason !== undefined) {
      throw new SmaValidationError(`${this.type} action`, [
        { path: `Parameters.${key}`, code: 'target_conflict', message: `Parameters.${key} ${reason}`, severity: 'error' },
      ]);
    }
  }
}

/**
 * `true` when `value` is a builder made by this package.
 * @category Actions
 */
export function isActionBuilder(value: unknown): value is ActionBuilder<WireAction> | CallIdRequiredBuilder<WireAction> {
  return value instanceof Builder;
}

/**
 * Validates camelCase `params` against `spec` (strictly: the canonical form only) and returns a
 * builder; throws {@link SmaValidationError} with every issue at once.
 * @internal
 */
export function createBuilder<B>(spec: AnyActionSpec, params: unknown): B {
  const issues = new Issues('strict');
  let parameters: Record<string, unknown> = {};
  if (params !== undefined && !checkBounds(params, 'Parameters', issues)) {
    // Too deep, too large or circular: not walked any further.
  } else if (params === undefined || isRecord(params)) {
    parameters = toWire(spec.parameters as Record<string, FieldRule>, params ?? {}, 'Parameters', issues);
    // toWire keeps documented keys only (it reports the others), so no key can be unknown here.
    issues.skipUnknownKeys = true;
    checkParameters(spec, parameters, 'Parameters', issues, true);
  } else {
    issues.add('Parameters', 'type', `must be an object of camelCase parameters, got ${describeValue(params)}`);
  }
  throwOnErrors(`${spec.type} action`, issues.list);
  return new Builder(spec, parameters, false) as B;
}
