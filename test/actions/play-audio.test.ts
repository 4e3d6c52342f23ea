import { describe, expect, it } from 'vitest';
import { actions, effectiveParameters, validateAction } from '../../src/index.js';
import { examplesOf, expectCleanRoundTrip } from './examples.js';
import { errorOf, issuesOf } from './issues.js';

const audioSource = { type: 'S3', bucketName: 'prompts', key: 'welcome.wav' } as const;
const wireAudio = { Type: 'S3', BucketName: 'prompts', Key: 'welcome.wav' };

describe('PlayAudio', () => {
  it('round-trips every documented example with valid values', () => {
    const [withStringRepeat, ...valid] = examplesOf('PlayAudio');
    expect(valid.length).toBeGreaterThan(0);
    for (const { action } of valid) {
      expectCleanRoundTrip(action);
    }
    // Decision: the documented "Repeat": "5" is accepted by the service but not canonical.
    expect(withStringRepeat?.action.Parameters.Repeat).toBe('5');
    const result = validateAction(withStringRepeat?.action);
    expect(result.ok).toBe(true);
    expect(result.issues.map((i) => [i.path, i.code, i.severity])).toEqual([
      ['Parameters.ParticipantTag', 'target_conflict', 'warning'],
      ['Parameters.Repeat', 'number_as_string', 'warning'],
    ]);
  });

  it('emits only what was set, targeted by CallId or ParticipantTag', () => {
    const base = actions.playAudio({ audioSource });
    expect(base.toJSON()).toEqual({ Type: 'PlayAudio', Parameters: { AudioSource: wireAudio } });
    expect(base.onLeg('LEG-B').toJSON()).toEqual({ Type: 'PlayAudio', Parameters: { ParticipantTag: 'LEG-B', AudioSource: wireAudio } });
    expect(base.onCall('c-1').toJSON()).toEqual({ Type: 'PlayAudio', Parameters: { CallId: 'c-1', AudioSource: wireAudio } });
    expect(actions.playAudio({ audioSource, repeat: 3, playbackTerminators: ['#', '*'] }).toJSON().Parameters).toEqual({
      AudioSource: wireAudio,
      Repeat: 3,
      PlaybackTerminators: ['#', '*'],
    });
  });

  it('rejects every documented rule at its path, all at once', () => {
    expect(
      issuesOf(() =>
        actions.playAudio({ audioSource: { type: 'HTTP', bucketName: '', key: 'k' }, repeat: 0, playbackTerminators: ['#', 'A'] } as never),
      ),
    ).toEqual([
      ['Parameters.PlaybackTerminators[1]', 'enum'],
      ['Parameters.Repeat', 'min'],
      ['Parameters.AudioSource.Type', 'enum'],
      ['Parameters.AudioSource.BucketName', 'required'],
    ]);
    expect(issuesOf(() => actions.playAudio({ audioSource, repeat: 1.5 }))).toEqual([['Parameters.Repeat', 'integer']]);
    expect(issuesOf(() => actions.playAudio({} as never))).toEqual([['Parameters.AudioSource', 'required']]);
    expect(issuesOf(() => actions.playAudio({ audioSource, repeat: '2' } as never))).toEqual([['Parameters.Repeat', 'number_as_string']]);
  });

  it('rejects unknown, PascalCase and targeting keys in builder params', () => {
    expect(issuesOf(() => actions.playAudio({ audioSource, repaet: 2 } as never))).toEqual([['Parameters.repaet', 'unknown_parameter']]);
    expect(issuesOf(() => actions.playAudio({ AudioSource: wireAudio } as never))).toEqual([
      ['Parameters.AudioSource', 'unknown_parameter'],
      ['Parameters.AudioSource', 'required'],
    ]);
    expect(errorOf(() => actions.playAudio({ audioSource, callId: 'x' } as never)).message).toContain('use .onCall()');
  });

  it('applies the documented default Repeat 1 in effectiveParameters only', () => {
    const builder = actions.playAudio({ audioSource });
    expect(effectiveParameters(builder)).toEqual({ AudioSource: wireAudio, Repeat: 1 });
    expect(builder.toJSON().Parameters).not.toHaveProperty('Repeat');
  });

  it('validateAction reports wrong wire values', () => {
    const result = validateAction({
      Type: 'PlayAudio',
      Parameters: { ParticipantTag: 'LEG-C', AudioSource: { Type: 'S3', BucketName: 'b' } },
    });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.path, i.code])).toEqual([
      ['Parameters.ParticipantTag', 'enum'],
      ['Parameters.AudioSource.Key', 'required'],
    ]);
  });
});
