import { describe, expectTypeOf, it } from 'vitest';
import { type ActionErrorType, type JoinChimeMeetingAction, type TargetableActionBuilder, actions } from '../../src/index.js';
import type { ActionResultOf, JoinChimeMeetingResult } from '../../src/internal.js';

describe('JoinChimeMeeting types', () => {
  it('joins LEG-A only, once', () => {
    expectTypeOf(actions.joinChimeMeeting({ joinToken: 't' })).toEqualTypeOf<TargetableActionBuilder<JoinChimeMeetingAction, 'LEG-A'>>();
    // @ts-expect-error only LEG-A can join a meeting
    actions.joinChimeMeeting({ joinToken: 't' }).onLeg('LEG-B');
    // @ts-expect-error after onLeg(), onCall() does not exist
    actions.joinChimeMeeting({ joinToken: 't' }).onLeg('LEG-A').onCall('c-1');
  });

  it('requires the join token as a string', () => {
    // @ts-expect-error joinToken is required
    actions.joinChimeMeeting({ meetingId: 'm-1' });
    // @ts-expect-error joinToken is a string
    actions.joinChimeMeeting({ joinToken: 42 });
  });

  it('fails with its documented error types only (read from its result contract)', () => {
    expectTypeOf<ActionResultOf<'JoinChimeMeeting'>>().toEqualTypeOf<JoinChimeMeetingResult>();
    expectTypeOf<ActionErrorType<'JoinChimeMeeting'>>().toEqualTypeOf<
      'InvalidActionParameter' | 'SystemException' | 'ErrorJoiningMeeting'
    >();
  });
});
