/**
 * The documented end-to-end use case: a caller dials in, hears a welcome prompt, enters the
 * meeting PIN (3 to 5 digits and `#`), and joins the Amazon Chime SDK meeting with the join
 * token of that PIN; after a wrong PIN they may try again, and a failed join is announced before
 * the call ends. Run it with `npm run demo`; `test/examples/pin-to-meeting.test.ts` drives it
 * through the simulator.
 *
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/use-cases.html
 */
import {
  actions,
  createSmaHandler,
  participant,
  response,
  updateTransactionAttributes,
  type SmaHandler,
  type SmaHandlerOptions,
} from 'chime-sma-kit';
import { joinActions, type CreateMeetingWithAttendeesOutput } from 'chime-sma-kit/meetings';

// #region state
/** What the call remembers between invocations (TransactionAttributes values are strings). */
export type PinCallState = {
  /** Wrong PINs entered so far. */
  wrongPins: string;
  /** The meeting the caller is joining. */
  meetingId: string;
};

/**
 * Looks a PIN up: the `CreateMeetingWithAttendees` output of its meeting, with an attendee for
 * the caller (in production, from the AWS SDK: see the meetings bridge guide); `undefined` when
 * no meeting has this PIN.
 */
export type FindMeeting = (pin: string) => Promise<CreateMeetingWithAttendeesOutput | undefined>;

/** How many wrong PINs a caller may enter before the call ends. */
export const MAX_WRONG_PINS = 3;
// #endregion state

// #region prompts
const BUCKET = 'chime-meetings-audio-files-bucket-name';
const prompt = (key: string) => ({ type: 'S3' as const, bucketName: BUCKET, key });

export const welcome = actions.playAudio({ audioSource: prompt('welcome-to-meetings.wav') }).onLeg('LEG-A');
export const askForPin = actions
  .playAudioAndGetDigits({
    audioSource: prompt('enter-meeting-pin.wav'),
    failureAudioSource: prompt('invalid-meeting-pin.wav'),
    minNumberOfDigits: 3,
    maxNumberOfDigits: 5,
    terminatorDigits: ['#'],
    inBetweenDigitsDurationInMilliseconds: 5000,
    repeat: 3,
    repeatDurationInMilliseconds: 10000,
  })
  .onLeg('LEG-A');
export const unknownPin = actions.playAudio({ audioSource: prompt('unknown-meeting-pin.wav') }).onLeg('LEG-A');
export const meetingUnavailable = actions.playAudio({ audioSource: prompt('meeting-unavailable.wav') }).onLeg('LEG-A');
export const goodbye = actions.playAudio({ audioSource: prompt('goodbye.wav') }).onLeg('LEG-A');
export const hangUp = actions.hangup().onLeg('LEG-A');
// #endregion prompts

// #region router
/**
 * The PIN-to-meeting Lambda handler, with the PIN directory injected (so tests and the demo can
 * use a fake one) and the router's options (a logger, say).
 */
export function createPinToMeetingHandler(
  findMeeting: FindMeeting,
  options: SmaHandlerOptions & { exhaustive?: false } = {},
): SmaHandler<PinCallState> {
  return createSmaHandler<PinCallState>(
    {
      // #endregion router
      // #region new-call
      NEW_INBOUND_CALL: (event) => updateTransactionAttributes<PinCallState>(response(welcome, askForPin), event, { wrongPins: '0' }),
      // #endregion new-call

      // #region digits
      ACTION_SUCCESSFUL: {
        PlayAudioAndGetDigits: async (event, { attributes }) => {
          const meeting = await findMeeting(event.ActionData.ReceivedDigits);
          if (meeting !== undefined) {
            // The caller's JoinChimeMeeting action (its JoinToken and MeetingId), from the API output.
            const seat = joinActions(meeting).attendees[0];
            if (seat === undefined) return response(meetingUnavailable, hangUp);
            return updateTransactionAttributes<PinCallState>(response(seat.action.onLeg('LEG-A')), event, {
              meetingId: meeting.Meeting?.MeetingId,
            });
          }
          const wrongPins = Number(attributes.wrongPins ?? '0') + 1;
          if (wrongPins >= MAX_WRONG_PINS) return response(unknownPin, goodbye, hangUp);
          return updateTransactionAttributes<PinCallState>(response(unknownPin, askForPin), event, { wrongPins: String(wrongPins) });
        },
        // In the meeting: nothing more to run until someone hangs up.
        JoinChimeMeeting: () => response(),
      },
      // #endregion digits

      // #region failures
      ACTION_FAILED: {
        // The caller entered no valid PIN after every attempt.
        PlayAudioAndGetDigits: () => response(goodbye, hangUp),
        JoinChimeMeeting: (event, { logger }) => {
          logger.warn(`joining meeting ${event.ActionData.Parameters.MeetingId ?? ''} failed: ${event.ActionData.ErrorType}`);
          return response(meetingUnavailable, hangUp);
        },
        default: () => response(hangUp),
      },
      // #endregion failures

      // #region hangup
      // The caller (or the meeting) left: when a leg is still up, hang it up too.
      HANGUP: (event) => {
        const other = event.ActionData.Parameters.ParticipantTag === 'LEG-A' ? 'LEG-B' : 'LEG-A';
        return participant(event, other)?.Status === 'Connected' ? response(actions.hangup().onLeg(other)) : undefined;
      },
      // #endregion hangup
    },
    options,
  );
}

// #region handler
/** The demo's meeting, as `CreateMeetingWithAttendees` returns it (made-up IDs and token). */
export const demoMeeting = {
  Meeting: { MeetingId: 'c2a6f5a1-7cb4-4a9b-9d26-4f4f2c7b0e11', MediaRegion: 'us-east-1' },
  Attendees: [{ ExternalUserId: 'dial-in-caller', AttendeeId: 'attendee-1', JoinToken: 'ZGVtby1qb2luLXRva2VuLWZvci1hdHRlbmRlZS0x' }],
  Errors: [],
} satisfies CreateMeetingWithAttendeesOutput;

/** A directory with one meeting (PIN 12345), for the demo and for trying the handler out. */
export const demoDirectory: FindMeeting = async (pin) => (pin === '12345' ? demoMeeting : undefined);

/** The Lambda handler with the demo directory. */
export const handler = createPinToMeetingHandler(demoDirectory);
// #endregion handler
