import { describe, expect, it } from 'vitest';
import { SmaValidationError, actions, validateAction } from '../../src/index.js';
import { examplesOf, expectCleanRoundTrip } from './examples.js';

const destination = { type: 'S3', location: 'recordings/calls/2024' } as const;

function issuesOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof SmaValidationError) return error.issues.map((i) => [i.path, i.code]);
    throw error;
  }
  throw new Error('did not throw');
}

describe('StartCallRecording', () => {
  it('round-trips every documented example and validates it without issues', () => {
    const examples = examplesOf('StartCallRecording');
    expect(examples.length).toBeGreaterThan(1);
    for (const { action } of examples) {
      expectCleanRoundTrip(action);
    }
  });

  it('is ready only after onCall(), and has no onLeg()', () => {
    const base = actions.startCallRecording({ track: 'INCOMING', destination });
    expect(base.ready).toBe(false);
    expect(base.toJSON()).toEqual({
      Type: 'StartCallRecording',
      Parameters: { Track: 'INCOMING', Destination: { Type: 'S3', Location: 'recordings/calls/2024' } },
    });
    const targeted = base.onCall('call-id-2');
    expect(targeted.ready).toBe(true);
    expect(targeted.toJSON().Parameters).toEqual({
      CallId: 'call-id-2',
      Track: 'INCOMING',
      Destination: { Type: 'S3', Location: 'recordings/calls/2024' },
    });
    expect(() => (base as unknown as { onLeg(tag: string): unknown }).onLeg('LEG-A')).toThrow(/use \.onCall\(callId\)/);
  });

  it('requires Track and Destination, with the documented enums', () => {
    expect(issuesOf(() => actions.startCallRecording({} as never))).toEqual([
      ['Parameters.Track', 'required'],
      ['Parameters.Destination', 'required'],
    ]);
    expect(
      issuesOf(() => actions.startCallRecording({ track: 'STEREO', destination: { type: 'Amazon S3', location: 'bucket' } } as never)),
    ).toEqual([
      ['Parameters.Track', 'enum'],
      ['Parameters.Destination.Type', 'enum'],
    ]);
    expect(issuesOf(() => actions.startCallRecording({ track: 'BOTH', destination: { type: 'S3' } } as never))).toEqual([
      ['Parameters.Destination.Location', 'required'],
    ]);
  });

  it('checks Location as bucket-name[/key-prefix]', () => {
    for (const location of ['my-bucket', 'my.bucket.01', 'abc/prefix', 'recording-bucket/originalAudio/deeper/']) {
      expect(
        actions
          .startCallRecording({ track: 'OUTGOING', destination: { type: 'S3', location } })
          .onCall('c')
          .toJSON().Parameters.Destination.Location,
      ).toBe(location);
    }
    for (const location of [
      's3://my-bucket/prefix',
      'https://my-bucket.s3.amazonaws.com/x',
      'My_Bucket/prefix',
      'ab',
      '/my-bucket',
      '-bucket',
      'my..bucket',
      `${'a'.repeat(64)}/p`,
    ]) {
      expect(issuesOf(() => actions.startCallRecording({ track: 'BOTH', destination: { type: 'S3', location } }))).toEqual([
        ['Parameters.Destination.Location', 'format'],
      ]);
    }
    expect(() => actions.startCallRecording({ track: 'BOTH', destination: { type: 'S3', location: 's3://b/p' } })).toThrow(
      /without a scheme such as s3:\/\//,
    );
  });

  it('validateAction requires CallId and warns about ParticipantTag (not a parameter of this action)', () => {
    const result = validateAction({
      Type: 'StartCallRecording',
      Parameters: { ParticipantTag: 'LEG-A', Track: 'BOTH', Destination: { Type: 'S3', Location: 'b-1' } },
    });
    expect(result.issues.map((i) => [i.path, i.code, i.severity])).toEqual([
      ['Parameters.CallId', 'required', 'error'],
      ['Parameters.ParticipantTag', 'unknown_parameter', 'warning'],
    ]);
  });
});
