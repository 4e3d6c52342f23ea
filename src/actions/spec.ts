import { type FieldRule, type FieldRules, type Issues, type Refinement, checkFields, checkValue, describeValue, isRecord, joinPath } from '../validation/index.js';
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
 * Rule of a `CallId` value: a non-empty string.
 * @internal
 */
export const TARGET_RULE = { type: 'string', required: true } as const satisfies FieldRule;

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
