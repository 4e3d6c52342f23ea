import { joinChimeMeetingErrors } from '../../actions/join-chime-meeting.js';
import { maskSecret } from '../../validation/index.js';
import type { SimulatedMeeting } from '../options.js';
import { str } from '../show.js';
import type { Behaviour } from './behaviour.js';

/**
 * JoinChimeMeeting: adds the meeting leg LEG-B (`To: "SMA"`, seed 004); fails on a bridged call,
 * and, with `meetings` configured, for an unknown join token or a wrong MeetingId.
 */
export const joinChimeMeetingBehaviour: Behaviour<'JoinChimeMeeting'> = {
  type: 'JoinChimeMeeting',
  errors: joinChimeMeetingErrors,
  describe: (p) => [
    typeof p.JoinToken === 'string' ? `token ${maskSecret(p.JoinToken)}` : '',
    p.MeetingId !== undefined ? `meeting ${str(p.MeetingId)}` : '',
  ],
  async perform(p, call) {
    const { leg } = call;
    await call.wait(500);
    const other = call.legs.find((candidate) => candidate !== leg && candidate.status === 'Connected');
    if (other !== undefined) {
      return {
        kind: 'failed',
        errorType: 'InvalidActionParameter',
        errorMessage: `JoinChimeMeeting cannot run on a bridged call (${other.tag} is connected).`,
      };
    }
    const token = String(p.JoinToken);
    let meetingId = p.MeetingId as string | undefined; // a string when present (validated before perform)
    const meetings: readonly SimulatedMeeting[] = call.options.meetings ?? [];
    if (meetings.length > 0) {
      const meeting = meetings.find((candidate) => candidate.attendees.some((attendee) => attendee.joinToken === token));
      if (meeting === undefined)
        return { kind: 'failed', errorType: 'InvalidActionParameter', errorMessage: 'JoinToken parameter value is invalid.' };
      if (meetingId !== undefined && meetingId !== meeting.meetingId) {
        return { kind: 'failed', errorType: 'InvalidActionParameter', errorMessage: 'MeetingId parameter value is invalid.' };
      }
      meetingId = meeting.meetingId;
    }
    call.addLeg('LEG-B', leg.to, 'SMA', 'Outbound', 'meeting', 'Connected');
    call.meeting = { meetingId, muted: [] };
    call.note(`${leg.tag} joined meeting ${meetingId ?? '(legacy namespace, no MeetingId)'}: LEG-B is the meeting leg`);
    return { kind: 'success' };
  },
};
