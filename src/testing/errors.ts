import { actionSpecs, isActionType } from '../actions/index.js';
import type { AnyActionSpec } from '../actions/spec.js';

/** The spec of a known action type, else `undefined`. */
function specOf(action: string): AnyActionSpec | undefined {
  return isActionType(action) ? (actionSpecs[action] as AnyActionSpec) : undefined;
}

/**
 * `true` when the action's documented failure event carries one `Error: "<ErrorType>: <message>"`
 * string (its spec's `errorFormat`), rather than `ErrorType` + `ErrorMessage`.
 */
export function usesErrorString(action: string): boolean {
  return specOf(action)?.errorFormat === 'Error';
}

/** The documented message of an action's error type (from its spec), or a generic one. */
export function errorMessageOf(action: string, errorType: string): string {
  const errors = specOf(action)?.errors;
  const message = errors !== undefined && Object.prototype.hasOwnProperty.call(errors, errorType) ? errors[errorType] : undefined;
  return message !== undefined && message !== '' ? message : `${errorType} while running ${action}.`;
}

/**
 * Checks that an injected failure names a documented error type of the action (its spec's
 * `errors`, the same list its `ErrorType` union is made of). Returns a sentence describing the
 * problem, if any.
 */
export function checkInjectedError(action: string, errorType: string): string | undefined {
  const spec = specOf(action);
  if (spec === undefined) return `"${action}" is not a returnable action type`;
  if (Object.prototype.hasOwnProperty.call(spec.errors, errorType)) return undefined;
  return `"${errorType}" is not a documented ErrorType of ${action} (documented: ${Object.keys(spec.errors).join(', ')})`;
}

/**
 * The extra `ActionData` fields of an action's failure event, from its spec's result contract,
 * with the values the simulator gives them: the `CallId` of the leg it ran on, and an empty list
 * for a list whose content is undocumented (ModifyChimeMeetingAttendees `ErrorList`).
 */
export function failureExtrasOf(action: string, callId: string | undefined): Record<string, unknown> {
  const extras: Record<string, unknown> = {};
  for (const key of Object.keys(specOf(action)?.result.failed ?? {})) {
    if (key === 'CallId') {
      if (callId !== undefined) extras[key] = callId;
    } else extras[key] = [];
  }
  return extras;
}
