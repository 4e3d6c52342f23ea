/**
 * Mute and unmute in a meeting with ModifyChimeMeetingAttendees. The caller joins a meeting
 * (join token and attendee id from CreateAttendee); then `*6` mutes and `*7` unmutes them
 * (ReceiveDigits / DIGITS_RECEIVED), and a moderator can mute anyone from a back end with
 * UpdateSipMediaApplicationCall `Arguments: { mute: attendeeId }` or `{ unmute: attendeeId }`
 * (CALL_UPDATE_REQUESTED). Tests: `test/examples/flows.test.ts`.
 *
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/mute-unmute.html
 */
import { actions, createSmaHandler, response, updateTransactionAttributes, type SmaHandler, type SmaHandlerOptions } from 'chime-sma-kit';

/** What the call remembers: the meeting and the caller's attendee id. */
export type MeetingState = { meetingId: string; attendeeId: string };

/** The attendee the caller joins as. */
export interface Attendee {
  meetingId: string;
  attendeeId: string;
  joinToken: string;
}

/** The meeting-mute Lambda handler; `attendeeFor` creates the caller's attendee (CreateAttendee in production). */
export function createMeetingMuteHandler(
  attendeeFor: (caller: string) => Promise<Attendee>,
  options: SmaHandlerOptions & { exhaustive?: false } = {},
): SmaHandler<MeetingState> {
  const keypad = actions
    .receiveDigits({ inputDigitsRegex: '^\\*[67]$', inBetweenDigitsDurationInMilliseconds: 1000, flushDigitsDurationInMilliseconds: 3000 })
    .onLeg('LEG-A');
  const modify = (operation: 'Mute' | 'Unmute', meetingId: string, attendeeId: string) =>
    actions.modifyChimeMeetingAttendees({ operation, meetingId, attendeeList: [attendeeId] }).onLeg('LEG-B');
  return createSmaHandler<MeetingState>(
    {
      NEW_INBOUND_CALL: async (event) => {
        const attendee = await attendeeFor(event.CallDetails.Participants[0]?.From ?? '');
        const join = actions.joinChimeMeeting({ joinToken: attendee.joinToken, meetingId: attendee.meetingId }).onLeg('LEG-A');
        return updateTransactionAttributes<MeetingState>(response(join), event, {
          meetingId: attendee.meetingId,
          attendeeId: attendee.attendeeId,
        });
      },
      ACTION_SUCCESSFUL: {
        // In the meeting: listen for *6 / *7 on the caller's leg.
        JoinChimeMeeting: () => response(keypad),
        ReceiveDigits: () => undefined,
        ModifyChimeMeetingAttendees: () => undefined,
      },
      DIGITS_RECEIVED: (event, { attributes }) => {
        const { meetingId = '', attendeeId = '' } = attributes;
        return response(modify(event.ActionData.ReceivedDigits === '*6' ? 'Mute' : 'Unmute', meetingId, attendeeId));
      },
      CALL_UPDATE_REQUESTED: (event, { attributes }) => {
        const { mute, unmute } = event.ActionData.Parameters.Arguments;
        const meetingId = attributes.meetingId ?? '';
        if (mute !== undefined) return response(modify('Mute', meetingId, mute));
        if (unmute !== undefined) return response(modify('Unmute', meetingId, unmute));
        return undefined;
      },
      ACTION_FAILED: {
        JoinChimeMeeting: () => response(actions.hangup().onLeg('LEG-A')),
        // A wrong attendee id from the back end: keep the call as it is.
        ModifyChimeMeetingAttendees: (event, { logger }) => {
          logger.warn(`mute/unmute failed: ${event.ActionData.ErrorMessage}`);
          return undefined;
        },
      },
      HANGUP: () => undefined,
    },
    options,
  );
}

/** A fake CreateAttendee for trying the handler out. */
export const demoAttendee = async (): Promise<Attendee> => ({
  meetingId: 'meeting-1',
  attendeeId: 'attendee-caller',
  joinToken: 'ZGVtby10b2tlbg',
});

/** The Lambda handler with the fake attendee. */
export const handler = createMeetingMuteHandler(demoAttendee);
