import { describe, expect, it } from 'vitest';
import { actions, effectiveParameters, validateAction } from '../../src/index.js';
import { examplesOf, rebuild } from './examples.js';
import { issuesOf, triples } from './issues.js';

const params = { inputDigitsRegex: '^\\d{2}#$', inBetweenDigitsDurationInMilliseconds: 1000, flushDigitsDurationInMilliseconds: 10000 };
const wire = { InputDigitsRegex: '^\\d{2}#$', InBetweenDigitsDurationInMilliseconds: 1000, FlushDigitsDurationInMilliseconds: 10000 };

describe('ReceiveDigits', () => {
  it('round-trips the documented example; validateAction finds no error', () => {
    const examples = examplesOf('ReceiveDigits');
    expect(examples).toHaveLength(1);
    for (const { action } of examples) {
      const { actual, expected } = rebuild(action);
      expect(actual).toEqual(expected);
      // listen-to-digits.md sends CallId and ParticipantTag: CallId wins.
      expect(triples(validateAction(action))).toEqual([['Parameters.ParticipantTag', 'target_conflict', 'warning']]);
    }
  });

  it('emits only what was set, targeted by CallId or ParticipantTag', () => {
    const builder = actions.receiveDigits(params);
    expect(builder.toJSON()).toEqual({ Type: 'ReceiveDigits', Parameters: wire });
    expect(builder.onLeg('LEG-B').toJSON().Parameters).toEqual({ ParticipantTag: 'LEG-B', ...wire });
    expect(builder.onCall('c-1').toJSON().Parameters).toEqual({ CallId: 'c-1', ...wire });
    expect(effectiveParameters(builder)).toEqual(wire);
  });

  it('requires the regex and both durations, each greater than 0', () => {
    expect(issuesOf(() => actions.receiveDigits({} as never))).toEqual([
      ['Parameters.InputDigitsRegex', 'required'],
      ['Parameters.InBetweenDigitsDurationInMilliseconds', 'required'],
      ['Parameters.FlushDigitsDurationInMilliseconds', 'required'],
    ]);
    expect(
      issuesOf(() =>
        actions.receiveDigits({
          inputDigitsRegex: '^(\\d{2}',
          inBetweenDigitsDurationInMilliseconds: 0,
          flushDigitsDurationInMilliseconds: 2.5,
        }),
      ),
    ).toEqual([
      ['Parameters.InputDigitsRegex', 'format'],
      ['Parameters.InBetweenDigitsDurationInMilliseconds', 'min'],
      ['Parameters.FlushDigitsDurationInMilliseconds', 'integer'],
    ]);
    expect(issuesOf(() => actions.receiveDigits({ ...params, inputDigitsRegex: '' }))).toEqual([
      ['Parameters.InputDigitsRegex', 'required'],
    ]);
  });

  it('validateAction names the regex problem and checks numbers sent as strings', () => {
    const result = validateAction({
      Type: 'ReceiveDigits',
      Parameters: { ...wire, InputDigitsRegex: '(', FlushDigitsDurationInMilliseconds: '-1' },
    });
    expect(triples(result)).toEqual([
      ['Parameters.InputDigitsRegex', 'format', 'error'],
      ['Parameters.FlushDigitsDurationInMilliseconds', 'number_as_string', 'warning'],
      ['Parameters.FlushDigitsDurationInMilliseconds', 'min', 'error'],
    ]);
    expect(result.issues[0]?.message).toMatch(/^Parameters\.InputDigitsRegex must be a valid regular expression \(/);
  });

  it("reports the AWS samples' misspelled InputDigitRegex as unknown, and the real key as missing", () => {
    const { InputDigitsRegex, ...rest } = wire;
    const result = validateAction({ Type: 'ReceiveDigits', Parameters: { ...rest, InputDigitRegex: InputDigitsRegex } });
    expect(triples(result)).toEqual([
      ['Parameters.InputDigitsRegex', 'required', 'error'],
      ['Parameters.InputDigitRegex', 'unknown_parameter', 'warning'],
    ]);
  });
});
