import type { ParticipantTag } from '../actions/shapes/legs.js';
import { Issues, SmaValidationError } from '../validation/index.js';
import type { CallDetails } from './envelope.js';
import { participant } from './guards.js';

/**
 * The `CallId` of the call leg `leg` in this event, for the actions that target a leg by
 * `CallId` only (`Speak`, `SpeakAndGetDigits`, `StartBotConversation`, the call-recording
 * actions, `VoiceFocus`): `actions.speak({ … }).onCall(callIdOf(event, 'LEG-A'))`, with no
 * non-null assertion and no `?? ''` that the service would reject later.
 *
 * @example
 * ```ts
 * NEW_INBOUND_CALL: (event) => response(actions.speak({ text: 'Hello' }).onCall(callIdOf(event, 'LEG-A'))),
 * ```
 * @param event - An invocation event (its `CallDetails.Participants`).
 * @param leg - The leg: `'LEG-A'` (the caller, or the called party of an outbound call) or
 *   `'LEG-B'` (the far end of CallAndBridge, or the meeting of JoinChimeMeeting).
 * @returns The leg's `CallId`, never empty.
 * @throws {@link chime-sma-kit!SmaValidationError} when the event has no such leg or the leg has
 *   no `CallId`; the message names the legs the event has, and what to do instead.
 * @category Events
 */
export function callIdOf(event: { CallDetails: CallDetails }, leg: ParticipantTag): string {
  const found = participant(event, leg);
  if (typeof found?.CallId === 'string' && found.CallId !== '') return found.CallId;
  const issues = new Issues('strict');
  const participants: unknown = (event as { CallDetails?: Partial<CallDetails> } | undefined)?.CallDetails?.Participants;
  const legs = Array.isArray(participants)
    ? participants.map((p: unknown) => String((p as { ParticipantTag?: unknown } | null)?.ParticipantTag)).join(', ') || 'none'
    : 'none';
  issues.add(
    'CallDetails.Participants',
    found === undefined ? 'missing_leg' : 'required',
    found === undefined
      ? `has no ${leg} participant (the event's legs: ${legs}): LEG-B exists only once CallAndBridge or JoinChimeMeeting connected it; ` +
          `check participant(event, '${leg}') first, or target the leg by tag with .onLeg('${leg}') where the action allows it`
      : `has a ${leg} participant without a CallId: the event is incomplete (the service always sends one)`,
  );
  throw new SmaValidationError(`${leg} CallId`, issues.list);
}
