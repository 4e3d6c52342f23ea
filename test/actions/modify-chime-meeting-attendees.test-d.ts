import { describe, expectTypeOf, it } from 'vitest';
import { type ActionBuilder, type ModifyChimeMeetingAttendeesAction, actions } from '../../src/index.js';

const params = { operation: 'Unmute', meetingId: 'm-1', attendeeList: ['a-1'] } as const;

describe('ModifyChimeMeetingAttendees types', () => {
  it('runs on the meeting leg LEG-B or a CallId', () => {
    expectTypeOf(actions.modifyChimeMeetingAttendees(params).onLeg('LEG-B')).toEqualTypeOf<
      ActionBuilder<ModifyChimeMeetingAttendeesAction>
    >();
    expectTypeOf(actions.modifyChimeMeetingAttendees(params).toJSON().Parameters.ParticipantTag).toEqualTypeOf<'LEG-B' | undefined>();
    // @ts-expect-error LEG-A is not the meeting leg
    actions.modifyChimeMeetingAttendees(params).onLeg('LEG-A');
    // @ts-expect-error after onLeg(), onCall() does not exist
    actions.modifyChimeMeetingAttendees(params).onLeg('LEG-B').onCall('c-1');
    // @ts-expect-error after onCall(), onLeg() does not exist
    actions.modifyChimeMeetingAttendees(params).onCall('c-1').onLeg('LEG-B');
  });

  it('requires operation, meetingId and attendeeList', () => {
    // @ts-expect-error Operation is Mute or Unmute
    actions.modifyChimeMeetingAttendees({ ...params, operation: 'Kick' });
    // @ts-expect-error meetingId is required
    actions.modifyChimeMeetingAttendees({ operation: 'Mute', attendeeList: ['a-1'] });
    // @ts-expect-error attendeeList is required
    actions.modifyChimeMeetingAttendees({ operation: 'Mute', meetingId: 'm-1' });
    // @ts-expect-error operation is required
    actions.modifyChimeMeetingAttendees({ meetingId: 'm-1', attendeeList: ['a-1'] });
    // @ts-expect-error attendee IDs are strings
    actions.modifyChimeMeetingAttendees({ ...params, attendeeList: [1] });
  });
});
