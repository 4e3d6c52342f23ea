import { describe, expect, it } from 'vitest';
import { actions, effectiveParameters, validateAction } from '../../src/index.js';
import { examplesOf, rebuild } from './examples.js';
import { issuesOf, triples } from './issues.js';

const params = { operation: 'Mute', meetingId: 'meeting-id', attendeeList: ['attendee-id-1'] } as const;
const wireParams = { Operation: 'Mute', MeetingId: 'meeting-id', AttendeeList: ['attendee-id-1'] };

describe('ModifyChimeMeetingAttendees', () => {
  it('round-trips the documented example (CallId wins over ParticipantTag LEG-B)', () => {
    const examples = examplesOf('ModifyChimeMeetingAttendees');
    expect(examples).toHaveLength(1);
    for (const { action } of examples) {
      const { actual, expected } = rebuild(action);
      expect(actual).toEqual(expected);
      expect(validateAction(action).ok).toBe(true);
      expect(triples(validateAction(action))).toEqual([['Parameters.ParticipantTag', 'target_conflict', 'warning']]);
    }
  });

  it('targets the meeting leg: LEG-B or a CallId', () => {
    const builder = actions.modifyChimeMeetingAttendees(params);
    expect(builder.onLeg('LEG-B').toJSON()).toEqual({
      Type: 'ModifyChimeMeetingAttendees',
      Parameters: { ParticipantTag: 'LEG-B', ...wireParams },
    });
    expect(builder.onCall('meeting-leg').toJSON()).toEqual({
      Type: 'ModifyChimeMeetingAttendees',
      Parameters: { CallId: 'meeting-leg', ...wireParams },
    });
    expect(() => (builder as unknown as { onLeg(tag: string): unknown }).onLeg('LEG-A')).toThrow(
      /must be one of "LEG-B" for ModifyChimeMeetingAttendees/,
    );
    expect(
      triples(validateAction({ Type: 'ModifyChimeMeetingAttendees', Parameters: { ParticipantTag: 'LEG-A', ...wireParams } })),
    ).toEqual([['Parameters.ParticipantTag', 'enum', 'error']]);
  });

  it('warns when neither CallId nor ParticipantTag names the meeting leg (the docs give no default)', () => {
    const untargeted = actions.modifyChimeMeetingAttendees(params).toJSON();
    expect(untargeted).toEqual({ Type: 'ModifyChimeMeetingAttendees', Parameters: wireParams });
    expect(triples(validateAction(untargeted))).toEqual([['Parameters.ParticipantTag', 'untargeted', 'warning']]);
    expect(validateAction(untargeted).ok).toBe(true);
    expect(validateAction({ Type: 'ModifyChimeMeetingAttendees', Parameters: { CallId: 'c', ...wireParams } }).issues).toEqual([]);
  });

  it('requires a known Operation and a MeetingId', () => {
    expect(issuesOf(() => actions.modifyChimeMeetingAttendees({ ...params, operation: 'Kick' } as never))).toEqual([
      ['Parameters.Operation', 'enum'],
    ]);
    expect(issuesOf(() => actions.modifyChimeMeetingAttendees({ ...params, meetingId: '' }))).toEqual([
      ['Parameters.MeetingId', 'required'],
    ]);
    expect(issuesOf(() => actions.modifyChimeMeetingAttendees({ attendeeList: ['a'] } as never))).toEqual([
      ['Parameters.Operation', 'required'],
      ['Parameters.MeetingId', 'required'],
    ]);
    expect(
      triples(validateAction({ Type: 'ModifyChimeMeetingAttendees', Parameters: { ...wireParams, Operation: 'mute', CallId: 'c' } })),
    ).toEqual([['Parameters.Operation', 'enum', 'error']]);
  });

  it('takes 1 to 100 non-empty attendee IDs', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `attendee-${i}`);
    expect(actions.modifyChimeMeetingAttendees({ ...params, attendeeList: ids(100) }).toJSON().Parameters.AttendeeList).toHaveLength(100);
    expect(issuesOf(() => actions.modifyChimeMeetingAttendees({ ...params, attendeeList: [] }))).toEqual([
      ['Parameters.AttendeeList', 'min_items'],
    ]);
    expect(issuesOf(() => actions.modifyChimeMeetingAttendees({ ...params, attendeeList: ids(101) }))).toEqual([
      ['Parameters.AttendeeList', 'max_items'],
    ]);
    expect(issuesOf(() => actions.modifyChimeMeetingAttendees({ ...params, attendeeList: ['a', '', 'c'] }))).toEqual([
      ['Parameters.AttendeeList[1]', 'format'],
    ]);
    expect(issuesOf(() => actions.modifyChimeMeetingAttendees({ ...params, attendeeList: ['a', 7] } as never))).toEqual([
      ['Parameters.AttendeeList[1]', 'type'],
    ]);
    // A public sample sends "AttendeeList": "" before filling it in.
    expect(
      triples(
        validateAction({ Type: 'ModifyChimeMeetingAttendees', Parameters: { ...wireParams, AttendeeList: '', ParticipantTag: 'LEG-B' } }),
      ),
    ).toEqual([['Parameters.AttendeeList', 'required', 'error']]);
  });

  it('has no defaults to apply', () => {
    expect(effectiveParameters(actions.modifyChimeMeetingAttendees(params).onLeg('LEG-B'))).toEqual({
      ParticipantTag: 'LEG-B',
      ...wireParams,
    });
  });
});
