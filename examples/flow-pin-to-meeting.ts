/**
 * The PIN-to-meeting use case of `examples/pin-to-meeting.ts`, written as a typed call flow:
 * named steps instead of an event switch, and the wrong-PIN counter kept by the flow in the
 * call's TransactionAttributes. It makes the same call as the router version:
 * `test/flow/pin-to-meeting.test.ts` runs both through the simulator and compares them.
 *
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/use-cases.html
 */
import { actions, type SmaHandler } from 'chime-sma-kit';
import { defineFlow, type FlowHandlerOptions } from 'chime-sma-kit/flow';
import { joinActions } from 'chime-sma-kit/meetings';
// #region prompts
// The walkthrough's prompts, made once when the Lambda starts.
import {
  askForPin,
  demoDirectory,
  type FindMeeting,
  goodbye,
  hangUp,
  MAX_WRONG_PINS,
  meetingUnavailable,
  unknownPin,
  welcome,
} from './pin-to-meeting.js';
// #endregion prompts

// #region flow
/** The PIN-to-meeting flow, with the PIN directory injected (tests and the demo pass a fake one). */
export function createPinToMeetingFlow(findMeeting: FindMeeting) {
  return defineFlow({
    version: '1',
    // What the call remembers: stored in TransactionAttributes, read back typed.
    state: { wrongPins: 0, meetingId: '' },
    steps: (step) => ({
      // The first time the caller is welcomed; after a wrong PIN, told so.
      askPin: step({ actions: ({ state }) => [state.wrongPins === 0 ? welcome : unknownPin], await: askForPin }),
      // The join action carries the attendee's join token: the transition gives it, nothing stores it.
      join: step({ await: 'JoinChimeMeeting' }),
      inMeeting: step({ ends: true, description: 'in the meeting until someone hangs up' }),
      tooManyWrongPins: step({ actions: [unknownPin, goodbye, hangUp] }),
      noPin: step({ actions: [goodbye, hangUp] }),
      unavailable: step({ actions: [meetingUnavailable, hangUp] }),
    }),
  }).transitions({
    start: 'askPin',
    on: {
      askPin: {
        success: {
          to: ['join', 'askPin', 'tooManyWrongPins', 'unavailable'],
          choose: async ({ data }, { state }) => {
            const meeting = await findMeeting(data.ReceivedDigits);
            if (meeting === undefined) {
              const wrongPins = state.wrongPins + 1;
              return { to: wrongPins >= MAX_WRONG_PINS ? 'tooManyWrongPins' : 'askPin', state: { wrongPins } };
            }
            // The caller's JoinChimeMeeting action (its JoinToken and MeetingId), from the API output.
            const seat = joinActions(meeting).attendees[0];
            if (seat === undefined) return 'unavailable';
            return { to: 'join', state: { meetingId: meeting.Meeting?.MeetingId ?? '' }, await: seat.action.onLeg('LEG-A') };
          },
        },
        // The caller entered no valid PIN after every attempt.
        failed: 'noPin',
      },
      join: {
        success: 'inMeeting',
        failed: {
          to: ['unavailable'],
          choose: ({ data, errorType }, { logger }) => {
            logger.warn(`joining meeting ${data.Parameters.MeetingId ?? ''} failed: ${errorType}`);
            return 'unavailable';
          },
        },
      },
    },
  });
}

/** The Lambda handler of the flow: `createSmaHandler` underneath (parsing, fallback, masked logs). */
export function createPinToMeetingFlowHandler(findMeeting: FindMeeting, options: FlowHandlerOptions = {}): SmaHandler {
  return createPinToMeetingFlow(findMeeting).handler(options);
}
// #endregion flow

// #region handler
/** The flow with the demo directory (one meeting, PIN 12345). */
export const pinToMeetingFlow = createPinToMeetingFlow(demoDirectory);

/** The Lambda handler. */
export const handler = pinToMeetingFlow.handler();
// #endregion handler
