import {
  type FieldRule,
  type FieldRules,
  Issues,
  type Refinement,
  SmaValidationError,
  checkBounds,
  checkFields,
  checkValue,
  cloneJson,
  describeValue,
  isRecord,
  joinPath,
  ownRule,
  setOwn,
  throwOnErrors,
} from '../validation/index.js';
import type { ParticipantTag } from './shared.js';

/**
 * The keys that choose the call leg an action runs on.
 * @category Actions
 */
export type TargetKey = 'CallId' | 'ParticipantTag';

/** The shape every wire action has. */
export interface WireAction {
  /** The action type. */
  Type: string;
  /** The action's parameters. */
  Parameters: object;
}

type LegOf<A extends WireAction> = A['Parameters'] extends { ParticipantTag?: infer L } ? Extract<L, ParticipantTag> : never;

/**
 * How an action chooses its call leg, as documented for it:
 * - `none`: no targeting parameter (CallAndBridge bridges from the invoked leg);
 * - `callId`: `CallId` is required;
 * - `callIdOrLeg`: `CallId`, else `ParticipantTag` (one of `legs`), else the invoked leg; with
 *   `noDefaultLeg` the docs give no such default, and leaving both out is a warning.
 */
export type Targeting<Leg extends ParticipantTag = ParticipantTag> =
  | { kind: 'none' }
  | { kind: 'callId' }
  | { kind: 'callIdOrLeg'; legs: readonly Leg[]; noDefaultLeg?: boolean };

/**
 * The one source of truth of an action's rules. `parameters` has one rule per parameter of the
 * hand-written wire type (less `CallId` and `ParticipantTag`, which `targeting` covers), so a
 * missing or extra key does not compile.
 */
export interface ActionSpec<A extends WireAction> {
  /** The action's `Type`. */
  type: A['Type'];
  /** How the action chooses its call leg. */
  targeting: Targeting<LegOf<A>>;
  /** One rule per parameter. */
  parameters: FieldRules<Omit<A['Parameters'], TargetKey>>;
  /** Cross-field rules over the whole `Parameters` object. */
  refine?: Refinement;
}

/** What the engine needs of any action spec. */
export interface AnyActionSpec {
  readonly type: string;
  readonly targeting: Targeting;
  readonly parameters: object;
  readonly refine?: Refinement | undefined;
}

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
function toWire(fields: Readonly<Record<string, FieldRule>>, params: Record<string, unknown>, path: string, issues: Issues, key?: string | number): Record<string, unknown> {
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
      issues.add(joinPath(key === undefined ? path : joinPath(path, key), name), 'unknown_parameter', `is not a parameter of this builder (parameters: ${known})${hint}`);
      continue;
    }
    setOwn(wire, wireKey, typeof value !== 'object' || value === null ? value : convert(rule, value, key === undefined ? path : joinPath(path, key), wireKey, issues));
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

const TARGET_RULE = { type: 'string', required: true } as const satisfies FieldRule;

/**
 * Checks `CallId` / `ParticipantTag` by the action's documented targeting. `targetPending`: the
 * parameters come from a builder that has not been targeted yet, so a missing required `CallId`
 * is not an error (`ready: false` keeps the builder out of `response()` until `onCall()`).
 */
function checkTarget(targeting: Targeting, parameters: Readonly<Record<string, unknown>>, path: string, issues: Issues, targetPending: boolean): void {
  // Paths are joined only when an issue is reported (this runs for every builder; see bench/).
  const callIdPath = (): string => joinPath(path, 'CallId');
  const tagPath = (): string => joinPath(path, 'ParticipantTag');
  const { CallId: callId, ParticipantTag: tag } = parameters;
  if (targeting.kind === 'none') {
    for (const [key, value] of [['CallId', callId], ['ParticipantTag', tag]] as const) {
      if (value !== undefined) {
        issues.add(joinPath(path, key), 'unknown_parameter', 'is not a documented parameter of this action; it always runs on the invoked leg', issues.tolerated);
      }
    }
    return;
  }
  if (callId !== undefined) {
    if (callId === '') issues.add(callIdPath(), 'required', 'must not be empty');
    else checkValue(TARGET_RULE, callId, callIdPath(), issues);
  } else if (targeting.kind === 'callId' && !targetPending) {
    issues.add(callIdPath(), 'required', 'is required: this action runs only on the leg whose CallId it names (use .onCall(callId))');
  }
  if (targeting.kind === 'callIdOrLeg' && targeting.noDefaultLeg && callId === undefined && tag === undefined && !targetPending) {
    const legs = targeting.legs.map((leg) => `"${leg}"`).join(' or ');
    issues.add(tagPath(), 'untargeted', `is not set, and neither is CallId: the docs give this action no default leg; target it with ParticipantTag ${legs} or a CallId`, 'warning');
  }
  if (tag === undefined) return;
  if (targeting.kind === 'callId') {
    issues.add(tagPath(), 'unknown_parameter', 'is not a documented parameter of this action (it takes CallId only); the service ignores it', issues.tolerated);
  } else if (!targeting.legs.includes(tag as ParticipantTag)) {
    issues.add(tagPath(), 'enum', `must be one of ${targeting.legs.map((leg) => `"${leg}"`).join(', ')} for this action, got ${describeValue(tag)}`);
  }
  if (callId !== undefined && targeting.kind === 'callIdOrLeg') {
    issues.add(tagPath(), 'target_conflict', 'is ignored because CallId is also set (CallId overrides ParticipantTag)', 'warning');
  }
}

/**
 * Checks wire `Parameters` against an action spec, adding issues under `path`.
 * `targetPending`: the parameters of a builder not targeted yet (a required `CallId` comes later).
 * @internal
 */
export function checkParameters(spec: AnyActionSpec, parameters: unknown, path: string, issues: Issues, targetPending = false): void {
  if (!isRecord(parameters)) {
    issues.add(path, 'type', `must be an object, got ${describeValue(parameters)}`);
    return;
  }
  checkTarget(spec.targeting, parameters, path, issues, targetPending);
  checkFields(spec.parameters as Record<string, FieldRule>, parameters, path, issues, ['CallId', 'ParticipantTag']);
  spec.refine?.(parameters, (key, code, predicate, severity) => issues.add(key === '' ? path : joinPath(path, key), code, predicate, severity));
}

/** The single runtime builder class; the exported interfaces narrow what each action shows. */
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
      const allowed = legs.length > 0 ? `must be one of ${legs.map((leg) => `"${leg}"`).join(', ')}` : 'is not accepted: use .onCall(callId)';
      throw new SmaValidationError(`${this.type} action`, [
        { path: 'Parameters.ParticipantTag', code: 'leg_not_allowed', message: `Parameters.ParticipantTag ${allowed} for ${this.type}, got ${describeValue(tag)}`, severity: 'error' },
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
      throw new SmaValidationError(`${this.type} action`, [{ path: `Parameters.${key}`, code: 'target_conflict', message: `Parameters.${key} ${reason}`, severity: 'error' }]);
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
