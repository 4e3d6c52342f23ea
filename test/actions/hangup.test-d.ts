import { describe, expectTypeOf, it } from 'vitest';
import {
  type ActionBuilder,
  type HangupAction,
  type SipResponseCode,
  type TargetableActionBuilder,
  type ParticipantTag,
  actions,
} from '../../src/index.js';

describe('Hangup types', () => {
  it('builds without params and targets either leg', () => {
    expectTypeOf(actions.hangup()).toEqualTypeOf<TargetableActionBuilder<HangupAction, ParticipantTag>>();
    expectTypeOf(actions.hangup({ sipResponseCode: '0' }).onLeg('LEG-B')).toEqualTypeOf<ActionBuilder<HangupAction>>();
    expectTypeOf(actions.hangup().toJSON().Parameters.SipResponseCode).toEqualTypeOf<SipResponseCode | undefined>();
  });

  it('takes the documented SIP response codes as strings only', () => {
    // @ts-expect-error only "0", "480" and "486" are documented
    actions.hangup({ sipResponseCode: '200' });
    // @ts-expect-error the code is a string on the wire
    actions.hangup({ sipResponseCode: 486 });
    // @ts-expect-error LEG-C is no participant tag
    actions.hangup().onLeg('LEG-C');
  });

  it('targets once: onCall and onLeg are exclusive', () => {
    // @ts-expect-error after onLeg(), onCall() does not exist
    actions.hangup().onLeg('LEG-A').onCall('c-1');
    // @ts-expect-error after onCall(), onLeg() does not exist
    actions.hangup().onCall('c-1').onLeg('LEG-A');
  });
});
