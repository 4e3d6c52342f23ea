import { describe, expect, it } from 'vitest';
import { actions, effectiveParameters, validateAction } from '../../src/index.js';
import { examplesOf, rebuild } from './examples.js';
import { issuesOf, triples } from './issues.js';

const audioSource = { type: 'S3', bucketName: 'prompts', key: 'enter-pin.wav' } as const;
const failureAudioSource = { type: 'S3', bucketName: 'prompts', key: 'invalid-pin.wav' } as const;
const wireAudio = { Type: 'S3', BucketName: 'prompts', Key: 'enter-pin.wav' };
const wireFailure = { Type: 'S3', BucketName: 'prompts', Key: 'invalid-pin.wav' };
const base = { audioSource, failureAudioSource, repeatDurationInMilliseconds: 10000 };

describe('PlayAudioAndGetDigits', () => {
  it('round-trips every documented example; validateAction finds no error', () => {
    const examples = examplesOf('PlayAudioAndGetDigits');
    expect(examples).toHaveLength(2);
    for (const { action } of examples) {
      const { actual, expected } = rebuild(action);
      expect(actual).toEqual(expected);
    }
    const [withBoth, useCase] = examples;
    // The play-audio-get-digits.md example sends CallId and ParticipantTag: CallId wins.
    expect(triples(validateAction(withBoth?.action))).toEqual([['Parameters.ParticipantTag', 'target_conflict', 'warning']]);
    expect(validateAction(useCase?.action)).toEqual({ ok: true, issues: [] });
  });

  it('emits only what was set, targeted by CallId or ParticipantTag', () => {
    const builder = actions.playAudioAndGetDigits(base);
    const parameters = { AudioSource: wireAudio, FailureAudioSource: wireFailure, RepeatDurationInMilliseconds: 10000 };
    expect(builder.toJSON()).toEqual({ Type: 'PlayAudioAndGetDigits', Parameters: parameters });
    expect(builder.onLeg('LEG-B').toJSON().Parameters).toEqual({ ParticipantTag: 'LEG-B', ...parameters });
    expect(builder.onCall('c-1').toJSON().Parameters).toEqual({ CallId: 'c-1', ...parameters });
  });

  it('rejects every documented rule at its path, all at once', () => {
    expect(
      issuesOf(() =>
        actions.playAudioAndGetDigits({
          audioSource: { type: 'S3', bucketName: 'b', key: '' },
          failureAudioSource: { type: 'HTTP', bucketName: 'b', key: 'k' },
          inputDigitsRegex: '^(\\d{2}$',
          minNumberOfDigits: -1,
          maxNumberOfDigits: 0,
          terminatorDigits: ['#', 'A'],
          inBetweenDigitsDurationInMilliseconds: 0,
          repeat: 0,
          repeatDurationInMilliseconds: -5,
        } as never),
      ),
    ).toEqual([
      ['Parameters.AudioSource.Key', 'required'],
      ['Parameters.FailureAudioSource.Type', 'enum'],
      ['Parameters.InputDigitsRegex', 'format'],
      ['Parameters.MinNumberOfDigits', 'min'],
      ['Parameters.MaxNumberOfDigits', 'min'],
      ['Parameters.TerminatorDigits[1]', 'enum'],
      ['Parameters.InBetweenDigitsDurationInMilliseconds', 'min'],
      ['Parameters.Repeat', 'min'],
      ['Parameters.RepeatDurationInMilliseconds', 'min'],
    ]);
    expect(issuesOf(() => actions.playAudioAndGetDigits({} as never))).toEqual([
      ['Parameters.AudioSource', 'required'],
      ['Parameters.FailureAudioSource', 'required'],
      ['Parameters.RepeatDurationInMilliseconds', 'required'],
    ]);
    expect(issuesOf(() => actions.playAudioAndGetDigits({ ...base, repeat: 1.5, maxNumberOfDigits: 4.5 }))).toEqual([
      ['Parameters.MaxNumberOfDigits', 'integer'],
      ['Parameters.Repeat', 'integer'],
    ]);
  });

  it('requires AudioSource.Type although the docs also give it the default "S3"', () => {
    expect(issuesOf(() => actions.playAudioAndGetDigits({ ...base, audioSource: { bucketName: 'b', key: 'k' } } as never))).toEqual([
      ['Parameters.AudioSource.Type', 'required'],
    ]);
  });

  it('accepts MinNumberOfDigits equal to MaxNumberOfDigits, rejects Min > Max on MaxNumberOfDigits', () => {
    expect(actions.playAudioAndGetDigits({ ...base, minNumberOfDigits: 4, maxNumberOfDigits: 4 }).toJSON().Parameters).toMatchObject({
      MinNumberOfDigits: 4,
      MaxNumberOfDigits: 4,
    });
    expect(issuesOf(() => actions.playAudioAndGetDigits({ ...base, minNumberOfDigits: 5, maxNumberOfDigits: 3 }))).toEqual([
      ['Parameters.MaxNumberOfDigits', 'cross_field'],
    ]);
    const wire = actions.playAudioAndGetDigits(base).toJSON();
    const result = validateAction({ ...wire, Parameters: { ...wire.Parameters, MinNumberOfDigits: 6, MaxNumberOfDigits: 2 } });
    expect(result.ok).toBe(false);
    expect(result.issues[0]?.message).toBe('Parameters.MaxNumberOfDigits must be at least MinNumberOfDigits (6), got 2');
  });

  it('applies the documented defaults in effectiveParameters only', () => {
    const builder = actions.playAudioAndGetDigits(base);
    expect(effectiveParameters(builder)).toEqual({
      AudioSource: wireAudio,
      FailureAudioSource: wireFailure,
      MinNumberOfDigits: 0,
      MaxNumberOfDigits: 128,
      TerminatorDigits: ['#'],
      InBetweenDigitsDurationInMilliseconds: 10000,
      Repeat: 1,
      RepeatDurationInMilliseconds: 10000,
    });
    expect(Object.keys(builder.toJSON().Parameters)).toEqual(['AudioSource', 'FailureAudioSource', 'RepeatDurationInMilliseconds']);
    const set = actions.playAudioAndGetDigits({ ...base, inBetweenDigitsDurationInMilliseconds: 3000, terminatorDigits: ['*'] });
    expect(effectiveParameters(set)).toMatchObject({ InBetweenDigitsDurationInMilliseconds: 3000, TerminatorDigits: ['*'] });
  });

  it('validateAction warns about numbers sent as strings and still range-checks them', () => {
    const wire = actions.playAudioAndGetDigits(base).toJSON();
    expect(triples(validateAction({ ...wire, Parameters: { ...wire.Parameters, Repeat: '3' } }))).toEqual([
      ['Parameters.Repeat', 'number_as_string', 'warning'],
    ]);
    expect(triples(validateAction({ ...wire, Parameters: { ...wire.Parameters, RepeatDurationInMilliseconds: '0' } }))).toEqual([
      ['Parameters.RepeatDurationInMilliseconds', 'number_as_string', 'warning'],
      ['Parameters.RepeatDurationInMilliseconds', 'min', 'error'],
    ]);
  });
});
