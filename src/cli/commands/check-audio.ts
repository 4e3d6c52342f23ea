import { type AudioCheckResult, type WavInfo, checkAudio } from '../../audio/index.js';
import { type Command, checkInputsEach, statusOf } from '../command.js';

/** A word safe to paste into a POSIX shell: as is when plain, else single-quoted. */
function shellWord(text: string): string {
  return /^[A-Za-z0-9_./:@%+=,-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The upload command for a file that passed (S3 metadata ContentType audio/wav, as the service requires). */
export function uploadCommand(file: string): string {
  if (file === '-') return 'aws s3 cp FILE s3://BUCKET/KEY --content-type audio/wav';
  const name = file.split(/[\\/]/).pop() || 'KEY';
  return `aws s3 cp ${shellWord(file)} s3://BUCKET/${shellWord(name)} --content-type audio/wav`;
}

function describeWav(wav: WavInfo): string {
  const channels = wav.channels === 1 ? 'mono' : `${wav.channels} channels`;
  const duration = wav.durationSeconds === null ? '' : `, ${wav.durationSeconds.toFixed(2)} s`;
  return `${wav.encoding}, ${wav.sampleRate} Hz, ${channels}, ${wav.bitsPerSample}-bit${duration}`;
}

/** `check-audio FILE...`: checks WAV prompts before they are uploaded to S3. */
export const checkAudioCommand: Command = {
  name: 'check-audio',
  args: 'FILE...',
  summary: 'Check WAV prompt files (PlayAudio, PlayAudioAndGetDigits) before uploading them to S3',
  description: [
    'Reads each file\'s RIFF/WAVE header and prints one line per issue, "FILE:FIELD: severity: message [code]",',
    'then a summary line per file. Errors (the action would fail): not RIFF/WAVE, not PCM, over 50 MB,',
    'truncated or inconsistent chunk sizes. Warnings: a sample rate other than 8000 Hz, more than one',
    'channel, a bit depth other than 16. For each file without errors it prints the upload command with',
    'the S3 metadata the service requires (ContentType audio/wav). FILE - reads standard input.',
  ].join('\n'),
  run: ({ positionals }, context) =>
    checkInputsEach(
      'check-audio',
      positionals,
      context,
      (bytes, file): AudioCheckResult & { upload: string | null } => {
        const result = checkAudio(bytes);
        return { ...result, upload: result.ok ? uploadCommand(file) : null };
      },
      (report) => [
        `${report.file}: ${statusOf(report)}${report.wav === null ? '' : ` (${describeWav(report.wav)})`}`,
        ...(report.upload === null ? [] : [`  upload: ${report.upload}`]),
      ],
    ),
};
