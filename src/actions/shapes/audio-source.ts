import type { ObjectRule } from '../../validation/index.js';

/**
 * An audio file in Amazon S3: a PCM WAV file of at most 50 MB (8 kHz mono recommended) in a
 * bucket of the same AWS account, with S3 metadata `ContentType: audio/wav`.
 * @category Actions
 */
export interface S3AudioSource {
  /**
   * Where the audio comes from.
   *
   * Allowed values: `"S3"` (the only source).
   */
  Type: 'S3';
  /**
   * The S3 bucket. It must belong to the SIP media application's AWS account and grant
   * `s3:GetObject` to the service principal `voiceconnector.chime.amazonaws.com`.
   */
  BucketName: string;
  /** The object key of the WAV file in the bucket. */
  Key: string;
}

/**
 * Rule of an {@link S3AudioSource}.
 * @internal
 */
export const s3AudioSourceRule: ObjectRule<S3AudioSource> = {
  type: 'object',
  fields: {
    Type: { type: 'string', required: true, enum: ['S3'] },
    BucketName: { type: 'string', required: true },
    Key: { type: 'string', required: true },
  },
};
