import { type Action, actionSpecs, isActionType } from '../actions/index.js';
import { type ActionBuilder, type CallIdRequiredBuilder, isActionBuilder } from '../actions/builder.js';
import { chooseLeg } from '../actions/spec.js';
import { nonEmptyStringField } from '../validation/index.js';
import type { Participant } from './envelope.js';
import { eventTypeOf, participant } from './guards.js';
import type { InvocationEvent } from './invocation-event.js';

/**
 * The leg an action runs on, and the rule that chose it.
 * @category Events
 */
export interface ActionTarget {
  /**
   * Which rule chose the leg: the action's `CallId` (which overrides `ParticipantTag`), its
   * `ParticipantTag`, the only leg the docs let the action run on when it names neither and the
   * docs give it no default (`actionLeg`: ModifyChimeMeetingAttendees runs on the meeting leg,
   * `LEG-B`), or else the invoked leg (see {@link invokedLeg}).
   */
  by: 'CallId' | 'ParticipantTag' | 'actionLeg' | 'invokedLeg';
  /** The leg, from the event's `CallDetails.Participants`. */
  participant: Participant;
}

/**
 * The leg that "invoked the Lambda" for this event: the leg an action without `CallId` and
 * `ParticipantTag` runs on. The docs name it without defining it per event; this package
 * decides:
 * - `ACTION_SUCCESSFUL`, `ACTION_FAILED`, `ACTION_INTERRUPTED`, `DIGITS_RECEIVED`: the leg the
 *   action ran on: its echoed `Parameters.CallId`, else its `Parameters.ParticipantTag`, else `LEG-A`;
 * - `HANGUP`: the leg that hung up (`ActionData.Parameters.CallId`, else its `ParticipantTag`);
 * - `NEW_INBOUND_CALL`, `NEW_OUTBOUND_CALL`, `RINGING`, `CALL_ANSWERED`,
 *   `CALL_UPDATE_REQUESTED`, `INVALID_LAMBDA_RESPONSE`: `LEG-A`, the call's original leg.
 *
 * Returns `undefined` when that leg is not in `CallDetails.Participants`.
 * @category Events
 */
export function invokedLeg(event: InvocationEvent): Participant | undefined {
  switch (eventTypeOf(event)) {
    case 'ACTION_SUCCESSFUL':
    case 'ACTION_FAILED':
    case 'ACTION_INTERRUPTED':
    case 'DIGITS_RECEIVED':
    case 'HANGUP': {
      const parameters: unknown = (event as { ActionData?: { Parameters?: unknown } }).ActionData?.Parameters;
      const callId = nonEmptyStringField(parameters, 'CallId');
      if (callId !== undefined) return participant(event, callId);
      const tag = nonEmptyStringField(parameters, 'ParticipantTag');
      if (tag === 'LEG-A' || tag === 'LEG-B') return participant(event, tag);
      return participant(event, 'LEG-A');
    }
    default:
      return participant(event, 'LEG-A');
  }
}

/**
 * Resolves the leg an action (or builder) will run on when returned in response to `event`, by
 * the documented rule: `CallId` overrides `ParticipantTag`; with neither, the action runs on the
 * invoked leg ({@link invokedLeg}), except an action whose docs give it no default leg and allow
 * one leg only (ModifyChimeMeetingAttendees: the meeting leg, `LEG-B`), which runs on that leg
 * (the simulator applies the same rule). An action documented without targeting parameters
 * (CallAndBridge) always runs on the invoked leg. Returns `undefined` when the leg is not in the
 * event's participants, when an action that requires `CallId` has none, or for an unknown
 * action type.
 *
 * @example
 * ```ts
 * const leg = targetOf(actions.playAudio({ audioSource }).onLeg('LEG-B'), event);
 * if (leg?.participant.Status !== 'Connected') return response();
 * ```
 * @category Events
 */
export function targetOf(
  action: Action | ActionBuilder<Action> | CallIdRequiredBuilder<Action>,
  event: InvocationEvent,
): ActionTarget | undefined {
  const wire: unknown = isActionBuilder(action) ? action.toJSON() : action;
  const type = nonEmptyStringField(wire, 'Type');
  if (!isActionType(type)) return undefined;
  const choice = chooseLeg(actionSpecs[type].targeting, (wire as { Parameters?: unknown }).Parameters);
  if (choice === undefined) return undefined;
  const leg =
    choice.by === 'CallId'
      ? participant(event, choice.callId)
      : choice.by === 'invokedLeg'
        ? invokedLeg(event)
        : participant(event, choice.tag);
  return leg === undefined ? undefined : { by: choice.by, participant: leg };
}
