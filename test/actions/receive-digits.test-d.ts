import { describe, expectTypeOf, it } from 'vitest';
import { type ActionBuilder, type ReceiveDigitsAction, actions } from '../../src/index.js';

const params = { inputDigitsRegex: '^\\d{2}#$', inBetweenDigitsDurationInMilliseconds: 1000, flushDigitsDurationInMilliseconds: 10000 };

describe('ReceiveDigits types', () => {
  it('targets a call or one of both legs, exclusively', () => {
    const builder = actions.receiveDigits(params);
    expectTypeOf(builder.onCall('c-1')).toEqualTypeOf<ActionBuilder<ReceiveDigitsAction>>();
    // @ts-expect-error LEG-C is no participant tag
    builder.onLeg('LEG-C');
    // @ts-expect-error after onLeg(), onCall() does not exist
    builder.onLeg('LEG-B').onCall('c-1');
  });

  it('requires the regex and both durations', () => {
    // @ts-expect-error inputDigitsRegex is required
    actions.receiveDigits({ inBetweenDigitsDurationInMilliseconds: 1000, flushDigitsDurationInMilliseconds: 10000 });
    // @ts-expect-error inBetweenDigitsDurationInMilliseconds is required
    actions.receiveDigits({ inputDigitsRegex: '#', flushDigitsDurationInMilliseconds: 10000 });
    // @ts-expect-error flushDigitsDurationInMilliseconds is required
    actions.receiveDigits({ inputDigitsRegex: '#', inBetweenDigitsDurationInMilliseconds: 1000 });
    // @ts-expect-error durations are numbers
    actions.receiveDigits({ ...params, flushDigitsDurationInMilliseconds: '10000' });
    // @ts-expect-error the key is InputDigitsRegex (AWS samples misspell it InputDigitRegex)
    actions.receiveDigits({ ...params, inputDigitRegex: '#' });
  });
});
