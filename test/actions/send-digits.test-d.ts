import { describe, expectTypeOf, it } from 'vitest';
import { type Action, type ActionBuilder, type CallIdRequiredBuilder, type SendDigitsAction, actions } from '../../src/index.js';

/** What `response()` takes: finished builders only. */
declare function accepts(...builders: ActionBuilder<Action>[]): void;

describe('SendDigits types', () => {
  it('needs onCall() before a response accepts it', () => {
    const builder = actions.sendDigits({ digits: '1234#' });
    expectTypeOf(builder).toEqualTypeOf<CallIdRequiredBuilder<SendDigitsAction>>();
    expectTypeOf(builder.onCall('c-1')).toEqualTypeOf<ActionBuilder<SendDigitsAction>>();
    expectTypeOf(builder.onCall('c-1').toJSON().Parameters.CallId).toEqualTypeOf<string>();
    accepts(builder.onCall('c-1'));
    // @ts-expect-error not ready until onCall()
    accepts(builder);
  });

  it('has no onLeg(), and targets once', () => {
    // @ts-expect-error SendDigits takes a CallId only
    actions.sendDigits({ digits: '1' }).onLeg('LEG-A');
    // @ts-expect-error after onCall(), onLeg() does not exist
    actions.sendDigits({ digits: '1' }).onCall('c-1').onLeg('LEG-A');
    // @ts-expect-error after onCall(), onCall() does not exist
    actions.sendDigits({ digits: '1' }).onCall('c-1').onCall('c-2');
    // @ts-expect-error callId is not a param: use onCall()
    actions.sendDigits({ digits: '1', callId: 'c-1' });
  });

  it('requires digits; the tone duration is a number', () => {
    // @ts-expect-error digits is required
    actions.sendDigits({ toneDurationInMilliseconds: 100 });
    // @ts-expect-error toneDurationInMilliseconds is a number
    actions.sendDigits({ digits: '1', toneDurationInMilliseconds: '100' });
  });
});
