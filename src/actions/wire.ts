import {
  type FieldRule,
  Issues,
  SmaValidationError,
  type ValidationResult,
  canonicalScalar,
  checkBounds,
  describeValue,
  isRecord,
  joinPath,
  toResult,
  cloneJson,
  setOwn,
} from '../validation/index.js';
import { type AnyActionSpec, checkParameters } from './spec.js';
import { isActionBuilder } from './builder.js';
import { type Action, type ActionBuilder, actionSpecs, isActionType } from './index.js';

/**
 * Checks one action's wire JSON (`{ Type, Parameters }`) against its documented rules, leniently:
 * errors are what the service rejects, warnings what it accepts but ignores or coerces.
 * Paths are relative to the action (`Parameters.AudioSource.Key`). A value nested more than
 * `MAX_DEPTH` levels, or larger than `MAX_VALUES` values / `MAX_JSON_SIZE` characters, is one
 * error (`too_deep`, `too_large`) and is not walked further. Never throws.
 * @category Validation
 */
export function validateAction(value: unknown): ValidationResult {
  const issues = new Issues('lenient');
  if (checkBounds(value, '', issues)) checkAction(value, '', issues);
  return toResult(issues.list);
}

/**
 * Adds the issues of one wire action at `path` to `issues`.
 * @internal
 */
export function checkAction(value: unknown, path: string, issues: Issues): void {
  if (!isRecord(value)) {
    issues.add(path, 'type', `must be an action object ({ Type, Parameters }), got ${describeValue(value)}`);
    return;
  }
  // Own fields only: an inherited Type or Parameters is not part of the JSON.
  const own = (key: string): unknown => (Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined);
  const type = own('Type');
  const typePath = joinPath(path, 'Type');
  if (type === undefined || type === '') {
    issues.add(typePath, 'required', 'is required (the action type, such as "PlayAudio")');
    return;
  }
  if (!isActionType(type)) {
    issues.add(typePath, 'unknown_action_type', `is not a returnable action type, got ${describeValue(type)}`);
    return;
  }
  for (const key of Object.keys(value)) {
    if (key !== 'Type' && key !== 'Parameters') {
      issues.add(
        joinPath(path, key),
        'unknown_parameter',
        'is not part of an action (only Type and Parameters are); the service ignores it',
        'warning',
      );
    }
  }
  checkParameters(actionSpecs[type] as AnyActionSpec, own('Parameters') ?? {}, joinPath(path, 'Parameters'), issues);
}

/** Replaces, in place, each tolerated value under the documented `fields` of `value` by its canonical form. */
function canonicalFields(fields: Readonly<Record<string, FieldRule>>, value: Record<string, unknown>): void {
  for (const key of Object.keys(fields)) {
    if (Object.prototype.hasOwnProperty.call(value, key)) value[key] = canonicalValue(fields[key] as FieldRule, value[key]);
  }
}

function canonicalValue(rule: FieldRule, value: unknown): unknown {
  if (rule.type === 'object' && isRecord(value)) canonicalFields(rule.fields as Record<string, FieldRule>, value);
  else if (rule.type === 'array' && Array.isArray(value)) value.forEach((item, index) => (value[index] = canonicalValue(rule.items, item)));
  else return canonicalScalar(rule, value);
  return value;
}

/**
 * A copy of a wire action in the canonical form the package emits: what the service tolerates
 * is converted by the action's rules (a number sent as a numeric string becomes the number, a
 * documented numeric-string enum value sent as a number becomes the string, `"true"`/`"false"`
 * become booleans), and `ParticipantTag` is left out when `CallId` is also set on an action that
 * takes either (CallId overrides ParticipantTag). Unknown keys are kept; `action` is not changed.
 * A value that is not an action of a known `Type` with object `Parameters` is only copied.
 * @internal
 */
export function canonicalAction(action: Action): Action {
  const copy: unknown = cloneJson(action);
  if (!isRecord(copy) || !isActionType(copy.Type) || !isRecord(copy.Parameters)) return copy as Action;
  const spec = actionSpecs[copy.Type] as AnyActionSpec;
  const parameters = copy.Parameters;
  if (spec.targeting.kind === 'callIdOrLeg' && parameters.CallId !== undefined && parameters.ParticipantTag !== undefined) {
    delete parameters.ParticipantTag;
  }
  canonicalFields(spec.parameters as Record<string, FieldRule>, parameters);
  return copy as unknown as Action;
}

function applyDefaults(
  fields: Readonly<Record<string, FieldRule>>,
  value: Record<string, unknown>,
  root: Record<string, unknown>,
): Record<string, unknown> {
  for (const key of Object.keys(fields)) {
    const rule = fields[key] as FieldRule;
    const current = value[key];
    if (current === undefined) {
      const fallback = rule.default !== undefined ? cloneJson(rule.default) : rule.defaultFrom?.(root);
      if (fallback !== undefined) setOwn(value, key, fallback);
    } else if (rule.type === 'object' && isRecord(current)) {
      applyDefaults(rule.fields as Record<string, FieldRule>, current, root);
    }
    // Arrays are not walked: no action documents a default inside array items (a test checks it).
  }
  return value;
}

/**
 * The action's parameters with the documented defaults applied where the action leaves them
 * out (for example CallAndBridge `CallTimeoutSeconds` 30, PlayAudio `Repeat` 1). The leg default
 * (the invoked leg) depends on the event: see `targetOf`.
 * @throws {@link SmaValidationError} for a value that is not an action of a known `Type` with
 * object `Parameters`, or that breaks the `MAX_DEPTH` / `MAX_VALUES` / `MAX_JSON_SIZE` bounds.
 * @category Actions
 */
export function effectiveParameters<A extends Action>(action: A | ActionBuilder<A>): A['Parameters'] {
  const wire = (isActionBuilder(action) ? action.toJSON() : action) as A;
  const issues = new Issues('lenient');
  if (!checkBounds(wire, '', issues)) throw new SmaValidationError('action', issues.list);
  if (!isRecord(wire) || !isActionType(wire.Type)) {
    throw new SmaValidationError('action', [
      {
        path: 'Type',
        code: 'unknown_action_type',
        message: `Type is not a returnable action type, got ${describeValue(isRecord(wire) ? wire.Type : wire)}`,
        severity: 'error',
      },
    ]);
  }
  if (wire.Parameters !== undefined && !isRecord(wire.Parameters)) {
    throw new SmaValidationError(`${wire.Type} action`, [
      {
        path: 'Parameters',
        code: 'type',
        message: `Parameters must be an object, got ${describeValue(wire.Parameters)}`,
        severity: 'error',
      },
    ]);
  }
  const spec = actionSpecs[wire.Type] as AnyActionSpec;
  const parameters = cloneJson(wire.Parameters ?? {}) as unknown as Record<string, unknown>;
  return applyDefaults(spec.parameters as Record<string, FieldRule>, parameters, parameters) as unknown as A['Parameters'];
}

/**
 * The parameters an action runs with, as the simulator performs it: its canonical form (what
 * the service coerces, coerced, as {@link canonicalAction} has it) with the documented defaults
 * applied, in one copy. For actions a response check already accepted (bounds checked).
 * @internal
 */
export function runParameters(action: Action): Record<string, unknown> {
  const canonical = canonicalAction(action) as unknown as Record<string, unknown>;
  if (!isActionType(canonical.Type) || !isRecord(canonical.Parameters)) return {};
  const parameters = canonical.Parameters;
  return applyDefaults((actionSpecs[canonical.Type] as AnyActionSpec).parameters as Record<string, FieldRule>, parameters, parameters);
}
