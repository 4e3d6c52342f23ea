import { describe, expect, it } from 'vitest';
import { DTMF_DIGITS, PARTICIPANT_TAGS, actions, validateAction } from '../../src/index.js';
import { actionSpecs, playAudioSpec } from '../../src/internal.js';

/** Every plain object and array reachable from `value` (rule data; RegExps and functions are not walked). */
function plainObjectsIn(value: unknown, found: Set<object> = new Set()): Set<object> {
  if (typeof value !== 'object' || value === null || found.has(value)) return found;
  if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return found;
  found.add(value);
  for (const item of Object.values(value)) plainObjectsIn(item, found);
  return found;
}

const wireAudio = { Type: 'S3', BucketName: 'prompts', Key: 'welcome.wav' };

describe('action specs are frozen at registration', () => {
  it('freezes every object and array of every spec, shared rules included', () => {
    const all = plainObjectsIn(actionSpecs);
    expect(all.size).toBeGreaterThan(100);
    const unfrozen = [...all].filter((object) => !Object.isFrozen(object));
    expect(unfrozen).toEqual([]);
    expect(Object.isFrozen(DTMF_DIGITS)).toBe(true);
    expect(Object.isFrozen(PARTICIPANT_TAGS)).toBe(true);
  });

  it('throws on a mutation attempt (ES modules are strict), and validation is unchanged', () => {
    const audioSource = (actionSpecs.PlayAudio.parameters as unknown as Record<string, Record<string, unknown>>).AudioSource!;
    expect(() => {
      audioSource.required = false;
    }).toThrow(TypeError);
    expect(() => {
      (playAudioSpec.targeting as { kind: string }).kind = 'none';
    }).toThrow(TypeError);
    expect(() => {
      (actionSpecs as Record<string, unknown>).PlayAudio = undefined;
    }).toThrow(TypeError);
    expect(() => (DTMF_DIGITS as string[]).push('A')).toThrow(TypeError);
    expect(audioSource.required).toBe(true);
    expect(validateAction({ Type: 'PlayAudio', Parameters: {} }).issues.map((i) => [i.path, i.code])).toEqual([
      ['Parameters.AudioSource', 'required'],
    ]);
    expect(() => actions.playAudio({} as never)).toThrow(/audioSource|AudioSource/);
    expect(validateAction({ Type: 'PlayAudio', Parameters: { ParticipantTag: 'LEG-A', AudioSource: wireAudio } })).toEqual({
      ok: true,
      issues: [],
    });
  });

  it('has no effect in sloppy-mode code either', () => {
    // A sloppy-mode function (not a module): assignments to frozen properties are ignored silently.
    const mutate = new Function(
      'spec',
      'spec.parameters.AudioSource.required = false; spec.parameters.AudioSource.fields.Key.required = false;',
    );
    mutate(actionSpecs.PlayAudio);
    expect(
      validateAction({ Type: 'PlayAudio', Parameters: { AudioSource: { Type: 'S3', BucketName: 'b' } } }).issues.map((i) => [
        i.path,
        i.code,
      ]),
    ).toEqual([['Parameters.AudioSource.Key', 'required']]);
    expect(validateAction({ Type: 'PlayAudio', Parameters: {} }).ok).toBe(false);
  });
});
