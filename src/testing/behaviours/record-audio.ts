import { recordAudioErrors } from '../../actions/record-audio.js';
import { isRecord } from '../../validation/index.js';
import type { JsonObject } from '../call-state.js';
import type { Behaviour } from './behaviour.js';

/** RecordAudio: records the caller's speech (`speechDurationMs`) then silence, up to its limit; a terminator stops it. */
export const recordAudioBehaviour: Behaviour<'RecordAudio'> = {
  type: 'RecordAudio',
  errors: recordAudioErrors,
  describe: () => [],
  async perform(p, call) {
    const { leg } = call;
    const terminators = (p.RecordingTerminators as unknown[]).map(String); // required, validated before perform
    let used: string | undefined;
    call.onKey((key) => {
      if (!terminators.includes(key)) return false;
      used = key;
      return true;
    });
    call.typeNext();
    const speech = call.options.speechDurationMs ?? 5000;
    const silence = p.SilenceDurationInSeconds !== undefined ? Number(p.SilenceDurationInSeconds) * 1000 : 0;
    const limit = p.DurationInSeconds !== undefined ? Number(p.DurationInSeconds) * 1000 : Number.POSITIVE_INFINITY;
    const started = call.now;
    await call.wait(Math.min(limit, speech + silence));
    const destination = isRecord(p.RecordingDestination) ? p.RecordingDestination : {};
    const prefix = typeof destination.Prefix === 'string' ? destination.Prefix : '';
    const key = `${prefix}${leg.callId}-${call.epoch + started}.wav`;
    call.note(`recorded ${call.now - started} ms from ${leg.tag}${used !== undefined ? `, stopped by ${used}` : ''}`);
    const extras: JsonObject = { RecordingDestination: { Type: 'S3', BucketName: destination.BucketName, Key: key } };
    if (used !== undefined) extras.RecordingTerminatorUsed = used;
    return { kind: 'success', extras };
  },
};
