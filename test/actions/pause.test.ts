import { describe, expect, it } from 'vitest';
import { actions, effectiveParameters, validateAction } from '../../src/index.js';
import { examplesOf, rebuild } from './examples.js';
import { issuesOf, triples } from './issues.js';

describe('Pause', () => {
  it('accepts the documented "DurationInMilliseconds": "3000" with a warning; the builder emits the number', () => {
    const [example, ...others] = examplesOf('Pause');
    expect(others).toEqual([]);
    expect(example?.action.Parameters.DurationInMilliseconds).toBe('3000');
    const result = validateAction(example?.action);
    expect(result.ok).toBe(true);
    expect(triples(result)).toEqual([
      ['Parameters.ParticipantTag', 'target_conflict', 'warning'],
      ['Parameters.DurationInMilliseconds', 'number_as_string', 'warning'],
    ]);
    // Builders take numbers only: the string form is an error there.
    expect(() => rebuild(example!.action)).toThrow(/DurationInMilliseconds is the string "3000"; send the number 3000/);
    const canonical = { Type: 'Pause', Parameters: { ...example!.action.Parameters, DurationInMilliseconds: 3000 } };
    const { actual, expected } = rebuild(canonical);
    expect(actual).toEqual(expected);
    expect(actual).toEqual({ Type: 'Pause', Parameters: { CallId: 'call-id-1', DurationInMilliseconds: 3000 } });
  });

  it('requires an integer DurationInMilliseconds greater than 0', () => {
    expect(actions.pause({ durationInMilliseconds: 1 }).onLeg('LEG-B').toJSON()).toEqual({
      Type: 'Pause',
      Parameters: { ParticipantTag: 'LEG-B', DurationInMilliseconds: 1 },
    });
    expect(issuesOf(() => actions.pause({} as never))).toEqual([['Parameters.DurationInMilliseconds', 'required']]);
    expect(issuesOf(() => actions.pause({ durationInMilliseconds: 0 }))).toEqual([['Parameters.DurationInMilliseconds', 'min']]);
    expect(issuesOf(() => actions.pause({ durationInMilliseconds: -500 }))).toEqual([['Parameters.DurationInMilliseconds', 'min']]);
    expect(issuesOf(() => actions.pause({ durationInMilliseconds: 1.5 }))).toEqual([['Parameters.DurationInMilliseconds', 'integer']]);
    expect(issuesOf(() => actions.pause({ durationInMilliseconds: Number.POSITIVE_INFINITY }))).toEqual([
      ['Parameters.DurationInMilliseconds', 'type'],
    ]);
    // A string is still range-checked.
    expect(triples(validateAction({ Type: 'Pause', Parameters: { DurationInMilliseconds: '0' } }))).toEqual([
      ['Parameters.DurationInMilliseconds', 'number_as_string', 'warning'],
      ['Parameters.DurationInMilliseconds', 'min', 'error'],
    ]);
  });

  it('has no default to apply and runs on LEG-A or LEG-B', () => {
    expect(effectiveParameters(actions.pause({ durationInMilliseconds: 2000 }))).toEqual({ DurationInMilliseconds: 2000 });
    expect(() => (actions.pause({ durationInMilliseconds: 1 }) as unknown as { onLeg(tag: string): unknown }).onLeg('leg-a')).toThrow(
      /must be one of "LEG-A", "LEG-B"/,
    );
  });
});
