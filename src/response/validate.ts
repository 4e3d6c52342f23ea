import { isActionBuilder } from '../actions/builder.js';
import { checkAction } from '../actions/wire.js';
import {
  Issues,
  type ValidationResult,
  checkBounds,
  checkValue,
  describeValue,
  isRecord,
  joinPath,
  toResult,
} from '../validation/index.js';
import { MAX_ACTIONS_PER_RESPONSE } from './types.js';
import { type TransactionAttributesLimits, checkTransactionAttributes } from './transaction-attributes.js';

/**
 * Options of {@link validateResponse}: the transaction-attribute limits, documented by default.
 * @category Validation
 */
export interface ValidateResponseOptions extends TransactionAttributesLimits {}

const ENVELOPE_KEYS = ['SchemaVersion', 'Actions', 'TransactionAttributes'];
const SCHEMA_VERSION_RULE = { type: 'string', enum: ['1.0'] } as const;

/**
 * Checks a whole Lambda response the way the service reads it, leniently (like
 * `validateAction`): `SchemaVersion` `"1.0"`; `Actions` an array of at most 10 valid actions
 * (missing or `null` is the documented NULL set, which keeps the pending actions), each checked
 * at `Actions[i]`; `TransactionAttributes` an object of string values within the count and
 * size limits (`null` or missing keeps the stored ones). A JSON string or an API Gateway style
 * `{ statusCode, body }` gets a clear error: the service answers those with
 * `INVALID_LAMBDA_RESPONSE` `SchemaVersionMismatch`. A response nested more than `MAX_DEPTH`
 * levels or larger than `MAX_VALUES` values / `MAX_JSON_SIZE` characters (the Lambda payload
 * limit) is one error (`too_deep`, `too_large`) and is not walked further. Never throws.
 *
 * @param value - The response, as the handler returns it.
 * @param options - Transaction-attribute limits; see {@link TransactionAttributesLimits}.
 * @example
 * ```ts
 * const { ok, issues } = validateResponse(await handler(event));
 * ```
 * @category Validation
 */
export function validateResponse(value: unknown, options: ValidateResponseOptions = {}): ValidationResult {
  const issues = new Issues('lenient');
  if (checkBounds(value, '', issues)) checkResponse(value, issues, options);
  return toResult(issues.list);
}

function checkResponse(value: unknown, issues: Issues, options: ValidateResponseOptions): void {
  if (typeof value === 'string') {
    issues.add(
      '',
      'response_is_string',
      'is a string: return the response object itself, not JSON text ' +
        '(the service answers a string with INVALID_LAMBDA_RESPONSE SchemaVersionMismatch)',
    );
    return;
  }
  if (!isRecord(value)) {
    issues.add('', 'type', `must be a response object ({ SchemaVersion: "1.0", Actions: [...] }), got ${describeValue(value)}`);
    return;
  }
  if (value.SchemaVersion === undefined && ('statusCode' in value || 'body' in value)) {
    issues.add(
      '',
      'api_gateway_response',
      'looks like an API Gateway proxy response ({ statusCode, body }): a SIP media application Lambda returns ' +
        'the response object itself ({ SchemaVersion: "1.0", Actions: [...] }); ' +
        'the service answers this with INVALID_LAMBDA_RESPONSE SchemaVersionMismatch',
    );
    return;
  }
  if (value.SchemaVersion === undefined || value.SchemaVersion === '') {
    issues.add('SchemaVersion', 'required', 'is required and must be "1.0"');
  } else {
    checkValue(SCHEMA_VERSION_RULE, value.SchemaVersion, 'SchemaVersion', issues);
  }
  checkActions(value.Actions, issues);
  if (value.TransactionAttributes !== undefined && value.TransactionAttributes !== null) {
    checkTransactionAttributes(value.TransactionAttributes, 'TransactionAttributes', issues, options);
  }
  for (const key of Object.keys(value)) {
    if (!ENVELOPE_KEYS.includes(key)) {
      issues.add(
        key,
        'unknown_parameter',
        `is not part of an SMA response (${ENVELOPE_KEYS.join(', ')}); the service ignores it`,
        'warning',
      );
    }
  }
}

function checkActions(actions: unknown, issues: Issues): void {
  if (actions === undefined || actions === null) return;
  if (!Array.isArray(actions)) {
    issues.add('Actions', 'type', `must be an array of actions, got ${describeValue(actions)}`);
    return;
  }
  if (actions.length > MAX_ACTIONS_PER_RESPONSE) {
    issues.add(
      'Actions',
      'max_items',
      `must have at most ${MAX_ACTIONS_PER_RESPONSE} actions (the documented limit per response), got ${actions.length}`,
    );
  }
  actions.forEach((action: unknown, index) => {
    // A builder serialises through toJSON() when the Lambda runtime stringifies the response.
    checkAction(isActionBuilder(action) ? action.toJSON() : action, joinPath('Actions', index), issues);
  });
}
