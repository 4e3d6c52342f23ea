import type { ActionFailedEvent } from './action-failed.js';
import type { ActionInterruptedEvent } from './action-interrupted.js';
import type { ActionSuccessfulEvent } from './action-successful.js';
import type { CallAnsweredEvent } from './call-answered.js';
import type { CallUpdateRequestedEvent } from './call-update-requested.js';
import type { DigitsReceivedEvent } from './digits-received.js';
import type { EventEnvelope, InvocationEventType } from './envelope.js';
import type { HangupEvent } from './hangup.js';
import type { InvalidLambdaResponseEvent } from './invalid-lambda-response.js';
import type { NewInboundCallEvent } from './new-inbound-call.js';
import type { NewOutboundCallEvent } from './new-outbound-call.js';
import type { RingingEvent } from './ringing.js';

/**
 * Any event a SIP media application sends to its Lambda function, discriminated on
 * `InvocationEventType`; `ACTION_*` events are discriminated a second time on `ActionData.Type`.
 * Get one from {@link parseInvocationEvent}; narrow it with {@link isEventType},
 * {@link isActionSuccessful}, {@link isActionFailed} and {@link isActionInterrupted}.
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
 */
export type InvocationEvent =
  | NewInboundCallEvent
  | NewOutboundCallEvent
  | RingingEvent
  | CallAnsweredEvent
  | ActionSuccessfulEvent
  | ActionFailedEvent
  | ActionInterruptedEvent
  | HangupEvent
  | InvalidLambdaResponseEvent
  | DigitsReceivedEvent
  | CallUpdateRequestedEvent;

/**
 * The event type whose `InvocationEventType` is `E`.
 * @category Events
 */
export type InvocationEventOf<E extends InvocationEventType> = Extract<InvocationEvent, EventEnvelope<E>>;
