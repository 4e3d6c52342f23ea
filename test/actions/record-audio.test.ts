import { describe, expect, it } from 'vitest';
import { actions, effectiveParameters, validateAction } from '../../src/index.js';
import { examplesOf, rebuild } from './examples.js';
import { issuesOf, triples } from './issues.js';

const recordingDestination = { type: 'S3', bucketName: 'voicemail' } as const;
const base = { recordingDestination, recordingTerminators: ['#'] } as const;
const wireBase = { RecordingDestination: { Type: 'S3', BucketName: 'voicemail' }, RecordingTerminators: ['#'] };

describe('RecordAudio', () => {
  it('documented examples send DurationInSeconds as the string "10": a warning; the builder emits the number', () => {
    const examples = examplesOf('RecordAudio');
    expect(examples).toHaveLength(2);
    for (const { action } of examples) {
      expect(action.Parameters.DurationInSeconds).toBe('10');
      expect(triples(validateAction(action))).toEqual([['Parameters.DurationInSeconds', 'number_as_string', 'warning']]);
      const canonical = { ...action, Parameters: { ...action.Parameters, DurationInSeconds: 10 } };
      const { actual, expected } = rebuild(canonical);
      expect(actual).toEqual(expected);
      expect(validateAction(canonical)).toEqual({ ok: true, issues: [] });
      expect(() => rebuild(action)).toThrow(/DurationInSeconds is the string "10"; send the number 10/);
    }
  });

  it('emits only what was set, targeted by CallId or ParticipantTag', () => {
    const builder = actions.recordAudio(base);
    expect(builder.toJSON()).toEqual({ Type: 'RecordAudio', Parameters: wireBase });
    expect(builder.onLeg('LEG-A').toJSON().Parameters).toEqual({ ParticipantTag: 'LEG-A', ...wireBase });
    expect(builder.onCall('c-1').toJSON().Parameters).toEqual({ CallId: 'c-1', ...wireBase });
  });

  it('rejects every documented rule at its path, all at once', () => {
    expect(
      issuesOf(() =>
        actions.recordAudio({
          recordingDestination: { type: 'HTTP', bucketName: '', prefix: 'x'.repeat(980) },
          durationInSeconds: 0,
          silenceDurationInSeconds: 1001,
          silenceThreshold: 0,
          recordingTerminators: ['#', 'A'],
        } as never),
      ),
    ).toEqual([
      ['Parameters.RecordingDestination.Type', 'enum'],
      ['Parameters.RecordingDestination.BucketName', 'required'],
      ['Parameters.RecordingDestination.Prefix', 'max_length'],
      ['Parameters.DurationInSeconds', 'min'],
      ['Parameters.SilenceDurationInSeconds', 'range'],
      ['Parameters.SilenceThreshold', 'range'],
      ['Parameters.RecordingTerminators[1]', 'enum'],
    ]);
    expect(issuesOf(() => actions.recordAudio({} as never))).toEqual([
      ['Parameters.RecordingDestination', 'required'],
      ['Parameters.RecordingTerminators', 'required'],
    ]);
    expect(issuesOf(() => actions.recordAudio({ ...base, recordingTerminators: [] }))).toEqual([
      ['Parameters.RecordingTerminators', 'min_items'],
    ]);
    expect(issuesOf(() => actions.recordAudio({ ...base, durationInSeconds: 2.5 }))).toEqual([['Parameters.DurationInSeconds', 'integer']]);
  });

  it('accepts the 1–1000 bounds and prefixes of S3 safe characters only', () => {
    const bounds = actions.recordAudio({ ...base, silenceDurationInSeconds: 1, silenceThreshold: 1000 });
    expect(bounds.toJSON().Parameters).toMatchObject({ SilenceDurationInSeconds: 1, SilenceThreshold: 1000 });
    const prefix = "voicemail/2024_(inbox)!-*.'x";
    expect(
      actions.recordAudio({ ...base, recordingDestination: { ...recordingDestination, prefix } }).toJSON().Parameters.RecordingDestination
        .Prefix,
    ).toBe(prefix);
    expect(actions.recordAudio({ ...base, recordingDestination: { ...recordingDestination, prefix: 'p'.repeat(979) } }).type).toBe(
      'RecordAudio',
    );
    for (const bad of ['with space', 'a=b', 'caf\u00e9']) {
      expect(issuesOf(() => actions.recordAudio({ ...base, recordingDestination: { ...recordingDestination, prefix: bad } }))).toEqual([
        ['Parameters.RecordingDestination.Prefix', 'pattern'],
      ]);
    }
  });

  it('silence detection is off unless SilenceDurationInSeconds is set; SilenceThreshold 200 applies only then', () => {
    expect(effectiveParameters(actions.recordAudio(base))).toEqual(wireBase);
    expect(effectiveParameters(actions.recordAudio({ ...base, silenceDurationInSeconds: 3 }))).toEqual({
      ...wireBase,
      SilenceDurationInSeconds: 3,
      SilenceThreshold: 200,
    });
    expect(actions.recordAudio({ ...base, silenceDurationInSeconds: 3 }).toJSON().Parameters).not.toHaveProperty('SilenceThreshold');
    const ignored = validateAction({ Type: 'RecordAudio', Parameters: { ...wireBase, SilenceThreshold: 100 } });
    expect(triples(ignored)).toEqual([['Parameters.SilenceThreshold', 'ignored', 'warning']]);
    expect(ignored.ok).toBe(true);
  });
});
