import type { EventEnvelope } from './envelope.js';

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
