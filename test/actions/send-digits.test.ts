import { describe, expect, it } from 'vitest';
import { actions, effectiveParameters, validateAction } from '../../src/index.js';
import { examplesOf, expectCleanRoundTrip } from './examples.js';
import { errorOf, issuesOf, triples } from './issues.js';

describe('SendDigits', () => {
  it('round-trips the documented example without any issue', () => {
    const examples = examplesOf('SendDigits');
    expect(examples).toHaveLength(1);
    for (const { action } of examples) {
      expectCleanRoundTrip(action);
    }
  });

  it('is not ready until onCall(), and has no onLeg()', () => {
    const builder = actions.sendDigits({ digits: '1234#' });
    expect(builder.ready).toBe(false);
    expect(builder.toJSON()).toEqual({ Type: 'SendDigits', Parameters: { Digits: '1234#' } });
    const targeted = builder.onCall('call-id-2');
    expect(targeted.ready).toBe(true);
    expect(targeted.toJSON()).toEqual({ Type: 'SendDigits', Parameters: { CallId: 'call-id-2', Digits: '1234#' } });
    expect(() => (builder as unknown as { onLeg(tag: string): unknown }).onLeg('LEG-B')).toThrow(/is not accepted: use \.onCall\(callId\)/);
    expect(() => builder.onCall('')).toThrow(/CallId must not be empty/);
  });

  it('requires CallId on the wire; ParticipantTag is ignored with a warning', () => {
    expect(triples(validateAction({ Type: 'SendDigits', Parameters: { Digits: '1' } }))).toEqual([
      ['Parameters.CallId', 'required', 'error'],
    ]);
    expect(triples(validateAction({ Type: 'SendDigits', Parameters: { Digits: '1', CallId: 'c', ParticipantTag: 'LEG-A' } }))).toEqual([
      ['Parameters.ParticipantTag', 'unknown_parameter', 'warning'],
    ]);
  });

  it('takes up to 50 characters of 0-9 * # A-D and commas, and never echoes them', () => {
    expect(actions.sendDigits({ digits: '0123456789*#ABCD,' }).toJSON().Parameters.Digits).toBe('0123456789*#ABCD,');
    expect(actions.sendDigits({ digits: '1'.repeat(50) }).toJSON().Parameters.Digits).toHaveLength(50);
    expect(issuesOf(() => actions.sendDigits({ digits: '1,'.repeat(25) + '1' }))).toEqual([['Parameters.Digits', 'max_length']]);
    expect(issuesOf(() => actions.sendDigits({ digits: '' }))).toEqual([['Parameters.Digits', 'required']]);
    expect(issuesOf(() => actions.sendDigits({} as never))).toEqual([['Parameters.Digits', 'required']]);
    const wrong = errorOf(() => actions.sendDigits({ digits: '918273 ab#' }));
    expect(wrong.issues.map((i) => [i.path, i.code])).toEqual([['Parameters.Digits', 'format']]);
    expect(wrong.message).toContain('found " ", "a", "b"');
    expect(wrong.message).not.toContain('918273');
    const notString = validateAction({ Type: 'SendDigits', Parameters: { CallId: 'c', Digits: 918273 } });
    expect(triples(notString)).toEqual([['Parameters.Digits', 'type', 'error']]);
    expect(JSON.stringify(notString)).not.toContain('918273');
  });

  it('takes ToneDurationInMilliseconds as an integer from 50 to 24000, default 250 applied only by effectiveParameters', () => {
    const tone = (ms: number) => () => actions.sendDigits({ digits: '1', toneDurationInMilliseconds: ms });
    expect(tone(50)().toJSON().Parameters.ToneDurationInMilliseconds).toBe(50);
    expect(tone(24000)().toJSON().Parameters.ToneDurationInMilliseconds).toBe(24000);
    expect(issuesOf(tone(49))).toEqual([['Parameters.ToneDurationInMilliseconds', 'range']]);
    expect(issuesOf(tone(24001))).toEqual([['Parameters.ToneDurationInMilliseconds', 'range']]);
    expect(issuesOf(tone(100.5))).toEqual([['Parameters.ToneDurationInMilliseconds', 'integer']]);
    const builder = actions.sendDigits({ digits: '1' }).onCall('c');
    expect(builder.toJSON().Parameters).not.toHaveProperty('ToneDurationInMilliseconds');
    expect(effectiveParameters(builder)).toEqual({ CallId: 'c', Digits: '1', ToneDurationInMilliseconds: 250 });
  });

  it('flags the ACTION_FAILED example value the service rejected (ToneDurationInMilliseconds 20000000)', () => {
    const echoed = { Type: 'SendDigits', Parameters: { Digits: '1,2A#', ToneDurationInMilliseconds: 20000000, CallId: 'call-id-1' } };
    expect(triples(validateAction(echoed))).toEqual([['Parameters.ToneDurationInMilliseconds', 'range', 'error']]);
  });
});
