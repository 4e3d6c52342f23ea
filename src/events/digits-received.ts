import type { EchoedParameters } from './action-data.js';
import type { EventEnvelope } from './envelope.js';
import { type Issues, checkFields } from '../validation/index.js';
import { type EventSpec, type Json, actionDataOf, checkExtras, checkParametersObject, requiredString } from './event-rules.js';

/**
 * The `ActionData` of a `DIGITS_RECEIVED` event.
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/listen-to-digits.html
 */
export interface DigitsReceivedActionData {
  /**
   * The digits the caller entered that matched `InputDigitsRegex`.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/listen-to-digits.html
   */
  ReceivedDigits: string;
  /**
   * The action that listens for digits.
   *
   * Allowed values: `"ReceiveDigits"`.
   */
  Type: 'ReceiveDigits';
  /**
   * The `ReceiveDigits` parameters, as echoed by the service.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/listen-to-digits.html
   */
  Parameters: EchoedParameters<'ReceiveDigits'>;
}

/**
 * `DIGITS_RECEIVED`: after a `ReceiveDigits` action, the caller entered digits matching its
 * `InputDigitsRegex`. Respond with the next actions.
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/listen-to-digits.html
 */
export interface DigitsReceivedEvent extends EventEnvelope<'DIGITS_RECEIVED'> {
  /**
   * The digits and the `ReceiveDigits` action that collected them.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
   */
  ActionData: DigitsReceivedActionData;
}

function checkDigitsReceived(event: Json, issues: Issues): void {
  const data = actionDataOf(event, issues, 'DIGITS_RECEIVED');
  if (data === undefined) return;
  checkFields({ Type: { type: 'string', required: true, enum: ['ReceiveDigits'] } }, data, 'ActionData', issues);
  checkParametersObject(data, issues);
  checkExtras({ ReceivedDigits: requiredString }, data, 'ActionData', issues);
}

/**
 * The parser's rules of {@link DigitsReceivedEvent}: a ReceiveDigits `ActionData` with the
 * matched `ReceivedDigits`.
 * @internal
 */
export const digitsReceivedEventSpec: EventSpec = { check: checkDigitsReceived };
