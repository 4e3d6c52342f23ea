import { describe, expectTypeOf, it } from 'vitest';
import { type ActionBuilder, type PauseAction, actions } from '../../src/index.js';

describe('Pause types', () => {
  it('targets either leg, once', () => {
    expectTypeOf(actions.pause({ durationInMilliseconds: 500 }).onLeg('LEG-B')).toEqualTypeOf<ActionBuilder<PauseAction>>();
    expectTypeOf(actions.pause({ durationInMilliseconds: 500 }).toJSON().Parameters.DurationInMilliseconds).toEqualTypeOf<number>();
    // @ts-expect-error LEG-C is no participant tag
    actions.pause({ durationInMilliseconds: 500 }).onLeg('LEG-C');
    // @ts-expect-error after onLeg(), onCall() does not exist
    actions.pause({ durationInMilliseconds: 500 }).onLeg('LEG-A').onCall('c-1');
    // @ts-expect-error after onCall(), onLeg() does not exist
    actions.pause({ durationInMilliseconds: 500 }).onCall('c-1').onLeg('LEG-A');
  });

  it('requires durationInMilliseconds as a number', () => {
    // @ts-expect-error durationInMilliseconds is required
    actions.pause({});
    // @ts-expect-error builders take the number, not the docs' string "3000"
    actions.pause({ durationInMilliseconds: '3000' });
  });
});
