import {
  type FieldRule,
  type FieldRules,
  type Issues,
  type Refinement,
  type RequiredMarker,
  checkFields,
  checkValue,
  describeValue,
  isRecord,
  joinPath,
  nonEmptyStringField,
  runRefinement,
} from '../validation/index.js';
import type { ParticipantTag } from './shapes/legs.js';

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
 * What the service does when a rule of an action is broken:
 * - `reject`: the action fails (ACTION_FAILED, `InvalidActionParameter` or the documented type);
 * - `ignore`: the field is ignored and the action runs without it;
 * - `coerce`: the value is tolerated and converted to its canonical form (a number sent as a
 *   numeric string), as the package's canonical form converts it.
 * @category Actions
 */
export type RuleEffect = 'reject' | 'ignore' | 'coerce';

/**
 * How an action's `ACTION_FAILED` event carries its error: `ErrorType` + `ErrorMessage` fields, or
 * one `Error: "<ErrorType>: <message>"` string (JoinChimeMeeting and StartCallRecording, whose only
 * documented failure examples use it).
 * @category Actions
 */
export type ErrorFormat = 'ErrorType' | 'Error';

/**
 * The error types every action may report (SystemException for all actions, and
 * InvalidActionParameter for most): the `ErrorType` of actions whose own error types are
 * undocumented (Hangup, Pause, ReceiveDigits and the Stop/Pause/Resume call-recording actions).
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
 */
export type GenericActionErrorType = 'InvalidActionParameter' | 'SystemException';

/**
 * A fact about the service that its docs and working public Lambdas disagree on: the docs'
 * reading and the observed one. The simulator's `fidelity` option chooses (see the Service
 * quirks page for each case and its evidence).
 * @category Actions
 */
export type ByFidelity<T> = T | { readonly docs: T; readonly observed: T };

/**
 * The value of a {@link ByFidelity} fact for one fidelity.
 * @internal
 */
export function byFidelity<T>(value: ByFidelity<T>, fidelity: 'docs' | 'observed'): T {
  return typeof value === 'object' && value !== null && 'observed' in value ? value[fidelity] : (value as T);
}

/**
 * The hand-written result contract of one action: what its events add to `ActionData`.
 * - `successful` / `failed`: extra `ActionData` fields of its `ACTION_SUCCESSFUL` / `ACTION_FAILED` event;
 * - `parameters`: fields the service adds to the echoed `Parameters`;
 * - `errorTypes`: its documented error types (the closed union of its `ErrorType`);
 * - `interruptible`: UpdateSipMediaApplicationCall interrupts it (`ACTION_INTERRUPTED`).
 * @category Actions
 */
export interface ActionResult {
  /** Extra `ActionData` fields of the action's `ACTION_SUCCESSFUL` event. */
  successful?: object;
  /** Extra `ActionData` fields of the action's `ACTION_FAILED` event (besides the error fields). */
  failed?: object;
  /** Fields the service adds to the echoed `Parameters`. */
  parameters?: object;
  /** The documented error types. */
  errorTypes: string;
  /** `true`: UpdateSipMediaApplicationCall interrupts the running action. */
  interruptible?: true;
}

/**
 * One rule per key of a result shape `T`, checked by the event parser; `required` means present
 * (an empty string is allowed). Nested shapes are checked only as far as their rules go (an
 * Amazon Lex intent: its `Name`), so the rules are loosely typed below the first level.
 */
export type ResultFieldRules<T> = { readonly [K in keyof T]-?: (FieldRule & RequiredMarker<T, K>) | UncheckedField };

/** A documented result field whose content is undocumented: kept, never checked. */
export interface UncheckedField {
  /** `true`: the parser does not check the value. */
  readonly unchecked: true;
}

/** The parser's rules of an action's result contract, typed by it (a missing or extra key does not compile). */
export type ResultRules<R extends ActionResult> = (R extends { successful: infer S }
  ? { successful: ResultFieldRules<S> }
  : { successful?: never }) &
  (R extends { failed: infer F } ? { failed: ResultFieldRules<F> } : { failed?: never }) &
  (R extends { parameters: infer P } ? { parameters: ResultFieldRules<P> } : { parameters?: never });

/**
 * Each documented error type of an action (its result contract's `errorTypes`) with its
 * documented message, `''` where the docs give none; a missing or extra type does not compile.
 */
export type ErrorMessages<R extends ActionResult> = { readonly [E in R['errorTypes']]: string };

/**
 * The whole contract of one action, the one source of every fact about it: its parameter rules
 * (one per parameter of the hand-written wire type, less `CallId` and `ParticipantTag`, which
 * `targeting` covers, so a missing or extra key does not compile), what the service does when a
 * rule is broken, its result fields, its failure format (its documented errors and their
 * messages sit beside it, as `xxxErrors`, out of Lambda bundles), when its
 * success is reported and whether it can be interrupted. Event types, injected failures,
 * targeting, masking and the simulator are derived from it.
 * @typeParam A - the action's wire type.
 * @typeParam R - the action's hand-written result contract.
 */
export interface ActionSpec<A extends WireAction, R extends ActionResult = ActionResult> {
  /** The action's `Type`. */
  type: A['Type'];
  /** How the action chooses its call leg. */
  targeting: Targeting<LegOf<A>>;
  /** One rule per parameter. */
  parameters: FieldRules<Omit<A['Parameters'], TargetKey>>;
  /** Cross-field rules over the whole `Parameters` object. */
  refine?: Refinement;
  /**
   * What the service does when a parameter's rule is broken, where it differs from the default
   * of the issue's severity (an error rejects the action; a warning is ignored or coerced).
   */
  effects?: { readonly [K in keyof A['Parameters']]?: ByFidelity<RuleEffect> };
  /** The parser's rules of the result fields (`R`). */
  result: ResultRules<R>;
  /** How the action's `ACTION_FAILED` event carries the error. */
  errorFormat: ErrorFormat;
  /**
   * `true`: the service reports the action's success even in the middle of an action list (it
   * returns data the function needs); `false`: only as the last action of a list.
   */
  reportedMidList: ByFidelity<boolean>;
  /** UpdateSipMediaApplicationCall interrupts the running action (`ACTION_INTERRUPTED`). */
  interruptible: R extends { interruptible: true } ? true : false;
  /**
   * Type only, never set: the action's result contract, read by `ActionResultOf` with one
   * indexed access (inferring it from the whole spec type costs every consumer's type-check).
   */
  readonly '~result'?: R;
}

/** What the engine needs of any action spec. */
export interface AnyActionSpec {
  readonly type: string;
  readonly targeting: Targeting;
  readonly parameters: object;
  readonly refine?: Refinement | undefined;
  readonly effects?: Readonly<Record<string, ByFidelity<RuleEffect> | undefined>> | undefined;
  readonly result: { readonly successful?: object; readonly failed?: object; readonly parameters?: object };
  readonly errorFormat: ErrorFormat;
  readonly reportedMidList: ByFidelity<boolean>;
  readonly interruptible: boolean;
}

/**
 * How an action's parameters choose its leg, by its documented targeting (the one rule that
 * `targetOf`, the router and the simulator apply): its `CallId` (which overrides
 * `ParticipantTag`), its `ParticipantTag`, the only leg the docs let it run on when it names
 * neither and the docs give no default (ModifyChimeMeetingAttendees: the meeting leg, `LEG-B`),
 * or the invoked leg. `undefined`: no leg can be chosen (a required `CallId` is missing, or the
 * tag is not a participant tag).
 * @internal
 */
export type LegChoice =
  | { by: 'CallId'; callId: string }
  | { by: 'ParticipantTag' | 'actionLeg'; tag: ParticipantTag }
  | { by: 'invokedLeg' };

/**
 * Chooses the leg of an action from its `Parameters` (see {@link LegChoice}).
 * @internal
 */
export function chooseLeg(targeting: Targeting, parameters: unknown): LegChoice | undefined {
  if (targeting.kind === 'none') return { by: 'invokedLeg' };
  const callId = nonEmptyStringField(parameters, 'CallId');
  if (callId !== undefined) return { by: 'CallId', callId };
  if (targeting.kind === 'callId') return undefined;
  const tag = nonEmptyStringField(parameters, 'ParticipantTag')?.toUpperCase();
  if (tag === 'LEG-A' || tag === 'LEG-B') return { by: 'ParticipantTag', tag };
  if (tag !== undefined) return undefined;
  const only = targeting.legs.length === 1 ? targeting.legs[0] : undefined;
  return targeting.noDefaultLeg && only !== undefined ? { by: 'actionLeg', tag: only } : { by: 'invokedLeg' };
}

/**
 * Rule of a `CallId` value: a non-empty string.
 * @internal
 */
export const TARGET_RULE = { type: 'string', required: true } as const satisfies FieldRule;

/**
 * Checks `CallId` / `ParticipantTag` by the action's documented targeting. `targetPending`: the
 * parameters come from a builder that has not been targeted yet, so a missing required `CallId`
 * is not an error (`ready: false` keeps the builder out of `response()` until `onCall()`).
 */
function checkTarget(
  targeting: Targeting,
  parameters: Readonly<Record<string, unknown>>,
  path: string,
  issues: Issues,
  targetPending: boolean,
): void {
  // Paths are joined only when an issue is reported (this runs for every builder; see bench/).
  const callIdPath = (): string => joinPath(path, 'CallId');
  const tagPath = (): string => joinPath(path, 'ParticipantTag');
  const { CallId: callId, ParticipantTag: tag } = parameters;
  if (targeting.kind === 'none') {
    for (const [key, value] of [
      ['CallId', callId],
      ['ParticipantTag', tag],
    ] as const) {
      if (value !== undefined) {
        issues.add(
          joinPath(path, key),
          'unknown_parameter',
          'is not a documented parameter of this action; it always runs on the invoked leg',
          issues.tolerated,
        );
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
    issues.add(
      tagPath(),
      'untargeted',
      `is not set, and neither is CallId: the docs give this action no default leg; target it with ParticipantTag ${legs} or a CallId`,
      'warning',
    );
  }
  if (tag === undefined) return;
  if (targeting.kind === 'callId') {
    issues.add(
      tagPath(),
      'unknown_parameter',
      'is not a documented parameter of this action (it takes CallId only); the service ignores it',
      issues.tolerated,
    );
  } else if (typeof callId === 'string' && callId !== '') {
    // The service ignores ParticipantTag when CallId is set (docs), whatever its value: public
    // AWS samples send a Hangup with a valid CallId and ParticipantTag "" and work.
    const value = targeting.legs.includes(tag as ParticipantTag)
      ? ''
      : `; its value ${describeValue(tag)} is not a leg of this action: remove it`;
    issues.add(tagPath(), 'target_conflict', `is ignored because CallId is also set (CallId overrides ParticipantTag)${value}`, 'warning');
  } else if (!targeting.legs.includes(tag as ParticipantTag)) {
    issues.add(
      tagPath(),
      'enum',
      `must be one of ${targeting.legs.map((leg) => `"${leg}"`).join(', ')} for this action, got ${describeValue(tag)}`,
    );
  } else if (callId !== undefined) {
    issues.add(tagPath(), 'target_conflict', 'is ignored because CallId is also set (CallId overrides ParticipantTag)', 'warning');
  }
}

/**
 * What the service does with one issue of an action's parameters: the field's documented or
 * observed effect where its spec states one, else the default of the issue's kind (an error
 * rejects the action; a value sent as a string is coerced; any other warning is ignored).
 * @internal
 */
export function ruleEffect(
  spec: AnyActionSpec,
  issue: { path: string; code: string; severity: 'error' | 'warning' },
  fidelity: 'docs' | 'observed' = 'observed',
): RuleEffect {
  const field = /(?:^|\.)Parameters\.([A-Za-z]+)/.exec(issue.path)?.[1];
  const override = field === undefined ? undefined : spec.effects?.[field];
  if (override !== undefined) return byFidelity(override, fidelity);
  if (issue.severity === 'error') return 'reject';
  return issue.code.endsWith('_as_string') ? 'coerce' : 'ignore';
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
  runRefinement(spec.refine, parameters, path, issues);
}

/** The single runtime builder class; the exported interfaces narrow what each action shows. */
