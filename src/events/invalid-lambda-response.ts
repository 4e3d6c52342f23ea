import type { EventEnvelope } from './envelope.js';
import { type Issues, checkValue, describeValue, isRecord, setOwn } from '../validation/index.js';
import { type EventSpec, type Json, actionDataOf, requirePresent, string } from './event-rules.js';

/**
 * The error types of `INVALID_LAMBDA_RESPONSE`: `TransactionAttributesInvalidMapSize` is
 * documented, `SchemaVersionMismatch` reported by users; other triggers are undocumented, so
 * the type stays open.
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/attribute-trans-invalid.html
 */
export type InvalidLambdaResponseErrorType = 'TransactionAttributesInvalidMapSize' | 'SchemaVersionMismatch' | (string & {});

/**
 * The `ActionData` an `INVALID_LAMBDA_RESPONSE` may carry (the field reference puts the error
 * there; the only full example has none). Kept as sent.
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
 */
export interface InvalidLambdaResponseActionData {
  /** An action type, when sent (the field reference shows none). */
  Type?: string;
  /** Parameters, when sent. */
  Parameters?: Record<string, unknown>;
  /** The error type, when sent here (also copied to the event's top level). */
  ErrorType?: InvalidLambdaResponseErrorType;
  /** The error message, when sent here (also copied to the event's top level). */
  ErrorMessage?: string;
}

/**
 * `INVALID_LAMBDA_RESPONSE`: the function's last response was rejected (for example too many
 * TransactionAttributes). Respond with the next actions. The docs place `ErrorType` and
 * `ErrorMessage` at the top level (the example) or in `ActionData` (the field reference); the
 * parser accepts both and always returns them at the top level.
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/attribute-trans-invalid.html
 */
export interface InvalidLambdaResponseEvent extends EventEnvelope<'INVALID_LAMBDA_RESPONSE'> {
  /**
   * What was wrong with the response.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/attribute-trans-invalid.html
   */
  ErrorType: InvalidLambdaResponseErrorType;
  /**
   * The error message, for people.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/attribute-trans-invalid.html
   */
  ErrorMessage: string;
  /**
   * Present when the service sent the error inside `ActionData` (kept as sent).
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
   */
  ActionData?: InvalidLambdaResponseActionData;
}

function checkInvalidLambdaResponse(event: Json, issues: Issues): void {
  const data = actionDataOf(event, issues);
  if (data !== undefined) {
    if (data.Type !== undefined) checkValue(string, data.Type, 'ActionData.Type', issues);
    if (data.Parameters !== undefined && !isRecord(data.Parameters))
      issues.add('ActionData.Parameters', 'type', `must be an object, got ${describeValue(data.Parameters)}`);
    for (const key of ['ErrorType', 'ErrorMessage']) {
      if (data[key] !== undefined && event[key] === undefined) setOwn(event, key, data[key]);
    }
  }
  const where = 'a string, at the top level or in ActionData';
  if (requirePresent(event, 'ErrorType', '', where, issues)) checkValue(string, event.ErrorType, 'ErrorType', issues);
  if (requirePresent(event, 'ErrorMessage', '', where, issues)) checkValue(string, event.ErrorMessage, 'ErrorMessage', issues);
}

/**
 * The parser's rules of {@link InvalidLambdaResponseEvent}: `ErrorType` and `ErrorMessage` at the
 * top level or in `ActionData` (both documented), returned at the top level.
 * @internal
 */
export const invalidLambdaResponseEventSpec: EventSpec = { check: checkInvalidLambdaResponse };
