import { modifyChimeMeetingAttendeesErrors } from '../../actions/modify-chime-meeting-attendees.js';
import { str } from '../show.js';
import type { Behaviour } from './behaviour.js';

/**
 * ModifyChimeMeetingAttendees: mutes or unmutes attendees of the joined meeting; the error table's
 * messages for no meeting, another leg, another meeting and strangers.
 */
export const modifyChimeMeetingAttendeesBehaviour: Behaviour<'ModifyChimeMeetingAttendees'> = {
  type: 'ModifyChimeMeetingAttendees',
  errors: modifyChimeMeetingAttendeesErrors,
  missingLegMessage: 'Call is not connected to Chime Meeting.',
  describe: (p) => [`${str(p.Operation) ?? '?'} ${Array.isArray(p.AttendeeList) ? p.AttendeeList.join(',') : '?'}`],
  async perform(p, call) {
    const { meeting, leg } = call;
    if (meeting === undefined || !call.legs.some((candidate) => candidate.kind === 'meeting' && candidate.status === 'Connected')) {
      return { kind: 'failed', errorType: 'InvalidActionParameter', errorMessage: 'Call is not connected to Chime Meeting.' };
    }
    if (leg.kind !== 'meeting') return { kind: 'failed', errorType: 'InvalidActionParameter', errorMessage: 'Invalid action on the call.' };
    const meetingId = String(p.MeetingId);
    if (meeting.meetingId !== undefined && meetingId !== meeting.meetingId) {
      return { kind: 'failed', errorType: 'InvalidActionParameter', errorMessage: 'Meeting ID parameter value is invalid.' };
    }
    const attendees = (p.AttendeeList as unknown[]).map(String); // required, validated before perform
    const known = (call.options.meetings ?? []).find((candidate) => candidate.meetingId === meetingId);
    if (known !== undefined && !attendees.every((id) => known.attendees.some((attendee) => attendee.attendeeId === id))) {
      return {
        kind: 'failed',
        errorType: 'InvalidActionParameter',
        errorMessage: 'One or more attendees are not part of this meeting. All attendees must be part of this meeting.',
      };
    }
    const muted = new Set(meeting.muted);
    for (const id of attendees) {
      if (p.Operation === 'Mute') muted.add(id);
      else muted.delete(id);
    }
    meeting.muted = [...muted].sort();
    call.note(`${p.Operation === 'Mute' ? 'muted' : 'unmuted'} ${attendees.join(', ')} in meeting ${meetingId}`);
    return { kind: 'success' };
  },
};
