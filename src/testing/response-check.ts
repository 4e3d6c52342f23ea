import { checkAction } from '../actions/validate.js';
import { Issues, type ValidationIssue, isRecord, joinPath } from '../validation/index.js';

/** The service's documented response limits, as the simulator enforces them. */
export const RESPONSE_LIMITS = {
  /** Actions per response. */
  actions: 10,
  /** TransactionAttributes pairs. */
  attributePairs: 100,
  /** TransactionAttributes size, in bytes of JSON. */
  attributeBytes: 20 * 1024,
} as const;

/** One action of an accepted response, with the issues that will make it fail when it runs. */
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
 * Checks a response (wire JSON) by the service's rules. Envelope problems (schema version,
 * action list, unknown action type, TransactionAttributes) make the whole response invalid
 * (INVALID_LAMBDA_RESPONSE); a parameter problem inside a known action makes only that action
 * fail (ACTION_FAILED, InvalidActionParameter) when its turn comes.
 */
export function checkResponse(value: unknown): CheckedResponse {
  if (value === undefined || value === null) return { kind: 'none' };
  const issues = new Issues('lenient');
  if (!isRecord(value)) {
    issues.add('', 'type', 'must be an object ({ SchemaVersion: "1.0", Actions: [...] })');
    return invalid(issues.list);
  }
  if (value.SchemaVersion !== '1.0') issues.add('SchemaVersion', 'enum', `must be "1.0", got ${JSON.stringify(value.SchemaVersion) ?? 'undefined'}`);
  const list = value.Actions;
  if (list !== undefined && list !== null) {
    if (!Array.isArray(list)) {
      issues.add('Actions', 'type', 'must be an array of actions (or null)');
    } else {
      if (list.length > RESPONSE_LIMITS.actions) issues.add('Actions', 'max_items', `must have at most ${RESPONSE_LIMITS.actions} items, got ${list.length}`);
      list.forEach((action, index) => checkAction(action, joinPath('Actions', index), issues));
    }
  }
  const attributes = value.TransactionAttributes;
  if (attributes !== undefined && attributes !== null) {
    if (!isRecord(attributes)) {
      issues.add('TransactionAttributes', 'type', 'must be an object of string values');
    } else {
      const keys = Object.keys(attributes);
      if (keys.length > RESPONSE_LIMITS.attributePairs) {
        issues.add('TransactionAttributes', 'max_items', `must have at most ${RESPONSE_LIMITS.attributePairs} entries, got ${keys.length}`);
      }
      const bytes = new TextEncoder().encode(JSON.stringify(attributes)).length;
      if (bytes > RESPONSE_LIMITS.attributeBytes) issues.add('TransactionAttributes', 'max_size', `must be at most 20 KB, got ${bytes} bytes`);
      for (const key of keys) {
        if (typeof attributes[key] !== 'string') issues.add(joinPath('TransactionAttributes', key), 'type', 'must be a string');
      }
    }
  }
  const envelope = issues.list.filter((issue) => issue.severity === 'error' && !ACTION_PARAMETERS.test(issue.path));
  if (envelope.length > 0) return invalid(envelope);
  const actions = Array.isArray(list)
    ? list.map((action, index) => ({
        action: action as Record<string, unknown>,
        issues: issues.list.filter((issue) => issue.severity === 'error' && issue.path.startsWith(`Actions[${index}].`)),
      }))
    : null;
  return { kind: 'valid', actions, attributes: isRecord(attributes) ? (attributes as Record<string, string>) : null };
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
        ? `Transaction Attributes has too many mappings. Maximum number of mappings is ${RESPONSE_LIMITS.attributePairs}`
        : 'Transaction Attributes exceeds the maximum size of 20 KB';
  }
  return { kind: 'invalid', errorType, errorMessage, problems: issues.map((issue) => issue.message) };
}
