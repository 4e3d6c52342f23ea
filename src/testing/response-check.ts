import { MAX_TRANSACTION_ATTRIBUTES, validateResponse } from '../response/index.js';
import type { ValidationIssue } from '../validation/index.js';

/** One action of an accepted response, with its issues: each one's effect (reject, ignore, coerce) is its spec's. */
export interface CheckedAction {
  action: Record<string, unknown>;
  issues: ValidationIssue[];
}

/** What the simulated service makes of a response. */
export type CheckedResponse =
  | { kind: 'none' }
  | { kind: 'invalid'; errorType: string; errorMessage: string; problems: string[] }
  | { kind: 'valid'; actions: CheckedAction[] | null; attributes: Record<string, string> | null };

const ACTION_PARAMETERS = /^Actions\[(\d+)\]\.Parameters(\.|\[|$)/;

/**
 * Checks a response (wire JSON) by the service's rules, with `validateResponse` (limits: 10
 * actions, 100 TransactionAttributes pairs, 20 KB). Envelope problems (schema version, action
 * list, unknown action type, TransactionAttributes) make the whole response invalid
 * (INVALID_LAMBDA_RESPONSE); a parameter problem inside a known action makes only that action
 * fail (ACTION_FAILED) when its turn comes.
 */
export function checkResponse(value: unknown): CheckedResponse {
  if (value === undefined || value === null) return { kind: 'none' };
  const all = validateResponse(value, { maxTransactionAttributes: MAX_TRANSACTION_ATTRIBUTES }).issues;
  const errors = all.filter((issue) => issue.severity === 'error');
  const envelope = errors.filter((issue) => !ACTION_PARAMETERS.test(issue.path));
  if (envelope.length > 0) return invalid(envelope);
  const response = value as { Actions?: unknown; TransactionAttributes?: unknown };
  const actions = Array.isArray(response.Actions)
    ? response.Actions.map((action: unknown, index) => ({
        action: action as Record<string, unknown>,
        issues: all.filter((issue) => issue.path.startsWith(`Actions[${index}].`)),
      }))
    : null;
  const attributes =
    typeof response.TransactionAttributes === 'object' && response.TransactionAttributes !== null
      ? (response.TransactionAttributes as Record<string, string>)
      : null;
  return { kind: 'valid', actions, attributes };
}

function invalid(issues: ValidationIssue[]): CheckedResponse {
  const first = issues[0] as ValidationIssue;
  let errorType = 'InvalidLambdaResponse';
  let errorMessage = first.message;
  if (first.path === '' || first.path === 'SchemaVersion') {
    errorType = 'SchemaVersionMismatch';
    errorMessage = 'Schema version of the response is missing or not supported. Supported version: 1.0';
  } else if (first.path === 'TransactionAttributes' && (first.code === 'max_items' || first.code === 'max_size')) {
    errorType = 'TransactionAttributesInvalidMapSize';
    errorMessage =
      first.code === 'max_items'
        ? `Transaction Attributes has too many mappings. Maximum number of mappings is ${MAX_TRANSACTION_ATTRIBUTES}`
        : 'Transaction Attributes exceeds the maximum size of 20 KB';
  }
  return { kind: 'invalid', errorType, errorMessage, problems: issues.map((issue) => issue.message) };
}
