import { describe, expect, it } from 'vitest';
import { SmaValidationError, actions, effectiveParameters, isActionBuilder, validateAction } from '../../src/index.js';
import { examplesOf, rebuild } from './examples.js';

const audioSource = { type: 'S3', bucketName: 'prompts', key: 'welcome.wav' } as const;

describe('builders', () => {
  it('are immutable: targeting returns a new builder and leaves the base untouched', () => {
    const base = actions.playAudio({ audioSource });
    const a = base.onLeg('LEG-A');
    const b = base.onLeg('LEG-B');
    expect(a).not.toBe(base);
    expect(a.toJSON().Parameters.ParticipantTag).toBe('LEG-A');
    expect(b.toJSON().Parameters.ParticipantTag).toBe('LEG-B');
    expect(base.toJSON().Parameters).not.toHaveProperty('ParticipantTag');
  });

  it('do not see later changes to the params, nor to a toJSON() result', () => {
    const params = { audioSource: { ...audioSource } };
    const builder = actions.playAudio(params);
    params.audioSource.key = 'changed.wav' as never;
    const first = builder.toJSON();
    first.Parameters.AudioSource.Key = 'mutated.wav';
    expect(builder.toJSON().Parameters.AudioSource.Key).toBe('welcome.wav');
  });

  it('serialise with JSON.stringify like toJSON()', () => {
    const builder = actions.joinChimeMeeting({ joinToken: 'token' }).onLeg('LEG-A');
    expect(JSON.stringify(builder)).toBe(JSON.stringify(builder.toJSON()));
    expect(isActionBuilder(builder)).toBe(true);
    expect(isActionBuilder(builder.toJSON())).toBe(false);
  });

  it('never emit both CallId and ParticipantTag: a second target throws', () => {
    const targeted = actions.playAudio({ audioSource }).onLeg('LEG-A') as unknown as { onCall(id: string): unknown };
    expect(() => targeted.onCall('c-1')).toThrow(SmaValidationError);
    expect(() => targeted.onCall('c-1')).toThrow(/already targeted/);
  });

  it('reject an empty or non-string CallId', () => {
    const base = actions.playAudio({ audioSource });
    expect(() => base.onCall('')).toThrow(/must not be empty/);
    expect(() => base.onCall(42 as never)).toThrow(/must be a string/);
  });

  it('reject a non-object params argument', () => {
    expect(() => actions.playAudio('x' as never)).toThrow(/must be an object of camelCase parameters/);
  });

  it('hint at the camelCase key when given a wire (PascalCase) key, at any depth', () => {
    const error = (() => {
      try {
        actions.playAudio({ AudioSource: { Type: 'S3', BucketName: 'b', Key: 'k' } } as never);
      } catch (caught) {
        return caught as SmaValidationError;
      }
      throw new Error('did not throw');
    })();
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([
      ['Parameters.AudioSource', 'unknown_parameter'],
      ['Parameters.AudioSource', 'required'],
    ]);
    expect(error.issues[0]?.message).toContain('builder parameters are camelCase: audioSource');
    expect(() => actions.playAudio({ audioSource: { Type: 'S3', bucketName: 'b', key: 'k' } } as never)).toThrow(
      'Parameters.AudioSource.Type is not a parameter of this builder (parameters: type, bucketName, key); ' +
        'builder parameters are camelCase: type',
    );
    // No hint for a key that is unknown in any case.
    expect(() => actions.playAudio({ audioSource, Volume: 3 } as never)).toThrow(
      /Parameters\.Volume is not a parameter of this builder \(parameters: [^)]*\)$/m,
    );
  });

  it('keep __proto__ keys as data, never as prototypes', () => {
    const params = JSON.parse('{"audioSource": {"type": "S3", "bucketName": "b", "key": "k"}, "__proto__": {"polluted": true}}');
    expect(() => actions.playAudio(params)).toThrow(SmaValidationError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('effectiveParameters on what is not an action', () => {
  function issuesOf(value: unknown) {
    try {
      effectiveParameters(value as never);
    } catch (error) {
      expect(error).toBeInstanceOf(SmaValidationError);
      return (error as SmaValidationError).issues.map((i) => [i.path, i.code]);
    }
    throw new Error('did not throw');
  }

  it('throws SmaValidationError (unknown_action_type) for an unknown Type or a non-object', () => {
    expect(issuesOf({ Type: 'Nope' })).toEqual([['Type', 'unknown_action_type']]);
    expect(issuesOf({ Type: 'CallUpdateRequest', Parameters: {} })).toEqual([['Type', 'unknown_action_type']]);
    expect(issuesOf(null)).toEqual([['Type', 'unknown_action_type']]);
    expect(issuesOf('PlayAudio')).toEqual([['Type', 'unknown_action_type']]);
  });

  it('throws SmaValidationError (type) for Parameters that are not an object', () => {
    expect(issuesOf({ Type: 'PlayAudio', Parameters: 'x' })).toEqual([['Parameters', 'type']]);
    expect(issuesOf({ Type: 'Pause', Parameters: [] })).toEqual([['Parameters', 'type']]);
  });
});
