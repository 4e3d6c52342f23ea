// The caller's side of a SIP media application: the inputs of CreateSipMediaApplicationCall
// (dial out) and UpdateSipMediaApplicationCall (send data to a running call), checked against
// the chime-sdk-voice API model before they are sent, like the action builders check actions.
import { sipHeadersRule } from '../actions/shapes/sip-headers.js';
import {
  type FieldRules,
  Issues,
  type MapRule,
  type ObjectRule,
  SmaValidationError,
  type StringRule,
  type ValidationResult,
  checkBounds,
  checkValue,
  cloneJson,
  toResult,
} from '../validation/index.js';

/**
 * The input of `CreateSipMediaApplicationCall` (`@aws-sdk/client-chime-sdk-voice`): the SIP media
 * application calls `ToPhoneNumber` from `FromPhoneNumber`, and its Lambda function gets
 * NEW_OUTBOUND_CALL with the arguments.
 * @category Calls
 * @see https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_voice-chime_CreateSipMediaApplicationCall.html
 */
export interface CreateSipMediaApplicationCallRequest {
  /**
   * The number the call comes from: a number of the account, in E.164 form.
   *
   * Allowed values: pattern `^\+?[1-9]\d{1,14}$`. Masked in messages.
   */
  FromPhoneNumber: string;
  /**
   * The number to call, in E.164 form.
   *
   * Allowed values: pattern `^\+?[1-9]\d{1,14}$`. Masked in messages.
   */
  ToPhoneNumber: string;
  /** The id of the SIP media application that places the call. Allowed values: a non-blank string. */
  SipMediaApplicationId: string;
  /**
   * SIP headers added to the outbound leg.
   *
   * Allowed values: 0 to 20 entries; names with the `x-` prefix, `User-to-User` or `Diversion`
   * (not `X-AMZN…`); values up to 2048 characters.
   */
  SipHeaders?: Record<string, string>;
  /**
   * Arguments for the Lambda function, as the service passes them in NEW_OUTBOUND_CALL
   * (`ActionData.Parameters.Arguments`). Allowed values: 0 to 20 string pairs.
   */
  ArgumentsMap?: Record<string, string>;
}

/**
 * The input of `UpdateSipMediaApplicationCall` (`@aws-sdk/client-chime-sdk-voice`): the service
 * sends `Arguments` to the running call's Lambda function in CALL_UPDATE_REQUESTED.
 * @category Calls
 * @see https://docs.aws.amazon.com/chime-sdk/latest/APIReference/API_voice-chime_UpdateSipMediaApplicationCall.html
 */
export interface UpdateSipMediaApplicationCallRequest {
  /** The id of the SIP media application handling the call. Allowed values: a non-blank string. */
  SipMediaApplicationId: string;
  /** The call's `TransactionId` (from its events' `CallDetails`). Allowed values: a non-blank string. */
  TransactionId: string;
  /** The data for the Lambda function. Required (`{}` sends none). Allowed values: 0 to 20 string pairs. */
  Arguments: Record<string, string>;
}

/** The API model's E164PhoneNumber: the `+` is optional there. */
const PHONE: StringRule = {
  type: 'string',
  pattern: /^\+?[1-9]\d{1,14}$/,
  format: 'an E.164 phone number (+ then 2 to 15 digits)',
  sensitive: 'phone',
};
/** The API model's NonEmptyString. */
const NON_BLANK: StringRule = { type: 'string', pattern: /\S/, format: 'a non-blank string' };
/** The API model's argument maps: at most 20 string pairs. */
const ARGUMENTS: MapRule = { type: 'map', maxEntries: 20 };

const createRules: FieldRules<CreateSipMediaApplicationCallRequest> = {
  FromPhoneNumber: { ...PHONE, required: true },
  ToPhoneNumber: { ...PHONE, required: true },
  SipMediaApplicationId: { ...NON_BLANK, required: true },
  SipHeaders: { ...sipHeadersRule, maxEntries: 20 },
  ArgumentsMap: ARGUMENTS,
};

const updateRules: FieldRules<UpdateSipMediaApplicationCallRequest> = {
  SipMediaApplicationId: { ...NON_BLANK, required: true },
  TransactionId: { ...NON_BLANK, required: true },
  Arguments: { ...ARGUMENTS, required: true },
};

function check(value: unknown, fields: FieldRules<unknown>): Issues {
  const issues = new Issues('strict');
  const rule: ObjectRule<unknown> = { type: 'object', fields };
  if (checkBounds(value, '', issues)) checkValue(rule, value, '', issues);
  return issues;
}

function build<T>(operation: string, value: unknown, fields: FieldRules<unknown>): T {
  const issues = check(value, fields);
  if (issues.list.some((issue) => issue.severity === 'error')) throw new SmaValidationError(`${operation} request`, issues.list);
  return cloneJson(value) as T;
}

/**
 * Checks a `CreateSipMediaApplicationCall` input against the API's limits (E.164 numbers, a
 * SIP media application id, at most 20 SIP headers with valid names, at most 20 arguments)
 * without throwing. Phone numbers are masked in messages.
 * @category Calls
 */
export function validateCreateSipMediaApplicationCallRequest(value: unknown): ValidationResult {
  return toResult(check(value, createRules as FieldRules<unknown>).list);
}

/**
 * Checks a `CreateSipMediaApplicationCall` input (see
 * {@link validateCreateSipMediaApplicationCallRequest}) and returns a copy to send; it is
 * assignable to `CreateSipMediaApplicationCallCommandInput`, and the simulator places it as an
 * outbound call (`simulateCall(handler, { outboundCall })`).
 * @example
 * ```ts
 * const input = createSipMediaApplicationCallRequest({
 *   FromPhoneNumber: '+12065550100',
 *   ToPhoneNumber: customer.phone,
 *   SipMediaApplicationId: process.env.SMA_ID!,
 *   ArgumentsMap: { orderId: order.id },
 * });
 * await voice.send(new CreateSipMediaApplicationCallCommand(input));
 * ```
 * @throws {@link SmaValidationError} with every issue at once, each with its path.
 * @category Calls
 */
export function createSipMediaApplicationCallRequest(input: CreateSipMediaApplicationCallRequest): CreateSipMediaApplicationCallRequest {
  return build('CreateSipMediaApplicationCall', input, createRules as FieldRules<unknown>);
}

/**
 * Checks an `UpdateSipMediaApplicationCall` input (SIP media application id, TransactionId,
 * at most 20 arguments) without throwing.
 * @category Calls
 */
export function validateUpdateSipMediaApplicationCallRequest(value: unknown): ValidationResult {
  return toResult(check(value, updateRules as FieldRules<unknown>).list);
}

/**
 * Checks an `UpdateSipMediaApplicationCall` input (see
 * {@link validateUpdateSipMediaApplicationCallRequest}) and returns a copy to send; it is
 * assignable to `UpdateSipMediaApplicationCallCommandInput`, and a simulated call takes it
 * (`call.updateCall(input)`).
 * @example
 * ```ts
 * const input = updateSipMediaApplicationCallRequest({
 *   SipMediaApplicationId: smaId,
 *   TransactionId: transactionId,
 *   Arguments: { action: 'hangup' },
 * });
 * await voice.send(new UpdateSipMediaApplicationCallCommand(input));
 * ```
 * @throws {@link SmaValidationError} with every issue at once, each with its path.
 * @category Calls
 */
export function updateSipMediaApplicationCallRequest(input: UpdateSipMediaApplicationCallRequest): UpdateSipMediaApplicationCallRequest {
  return build('UpdateSipMediaApplicationCall', input, updateRules as FieldRules<unknown>);
}
