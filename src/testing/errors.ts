import { actionSpecs, isActionType } from '../actions/index.js';
import type { AnyActionSpec } from '../actions/spec.js';
import { behaviours } from './behaviours/index.js';

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

/** The documented errors of a known action type (from its file, through its behaviour). */
function errorsOf(action: string): Readonly<Record<string, string>> | undefined {
  return isActionType(action) ? (behaviours[action].errors as Readonly<Record<string, string>>) : undefined;
}

/** The documented message of an action's error type (from its file), or a generic one. */
export function errorMessageOf(action: string, errorType: string): string {
  const errors = errorsOf(action);
  const message = errors !== undefined && Object.prototype.hasOwnProperty.call(errors, errorType) ? errors[errorType] : undefined;
  return message !== undefined && message !== '' ? message : `${errorType} while running ${action}.`;
}

/**
 * Checks that an injected failure names a documented error type of the action (its file's
 * `xxxErrors`, typed by the same result contract as its `ErrorType` union). Returns a
 * sentence describing the problem, if any.
 */
export function checkInjectedError(action: string, errorType: string): string | undefined {
  const errors = errorsOf(action);
  if (errors === undefined) return `"${action}" is not a returnable action type`;
  if (Object.prototype.hasOwnProperty.call(errors, errorType)) return undefined;
  return `"${errorType}" is not a documented ErrorType of ${action} (documented: ${Object.keys(errors).join(', ')})`;
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
