import { type Severity, type ValidationIssue, type ValidationResult, toResult } from '../validation/index.js';

/**
 * The largest prompt file the service plays: "at most 50 MB". The docs do not say whether a
 * MB is 10^6 or 2^20 bytes: above 50 × 2^20 bytes is an error, between 50 × 10^6 and
 * 50 × 2^20 bytes a warning.
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/play-audio.html
 * @category Audio
 */
export const MAX_AUDIO_BYTES = 50 * 1024 * 1024;

/** 50 × 10^6 bytes: the lower reading of "50 MB" (see {@link MAX_AUDIO_BYTES}). */
const MAX_AUDIO_BYTES_DECIMAL = 50_000_000;

/** The sample rate the service recommends for prompts, in Hz (8 kHz). */
const RECOMMENDED_SAMPLE_RATE = 8000;

/** The bit depth prompts use: 16-bit linear PCM (the telephony audio the service plays). */
const RECOMMENDED_BITS_PER_SAMPLE = 16;

const WAVE_FORMAT_PCM = 0x0001;
const WAVE_FORMAT_EXTENSIBLE = 0xfffe;

/** Bytes 2–15 of every `KSDATAFORMAT_SUBTYPE_*` GUID derived from a format tag (…-0000-0010-8000-00AA00389B71). */
const SUBFORMAT_GUID_TAIL = [0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71];

/** Names of the WAVE format tags people most often meet, for messages. */
const FORMAT_NAMES: Readonly<Record<number, string>> = {
  0x0001: 'PCM',
  0x0002: 'Microsoft ADPCM',
  0x0003: 'IEEE float',
  0x0006: 'A-law',
  0x0007: 'µ-law',
  0x0011: 'IMA ADPCM',
  0x0031: 'GSM 6.10',
  0x0055: 'MPEG Layer 3',
  0xfffe: 'WAVE_FORMAT_EXTENSIBLE',
};

/**
 * What {@link checkAudio} read from a WAV header.
 * @category Audio
 */
export interface WavInfo {
  /**
   * The `AudioFormat` tag of the `fmt ` chunk: `1` is PCM, `3` IEEE float, `7` µ-law, `0xFFFE`
   * (65534) WAVE_FORMAT_EXTENSIBLE (the real format is then in {@link WavInfo.subFormat}).
   */
  formatTag: number;
  /** The format tag of the `SubFormat` GUID when `formatTag` is WAVE_FORMAT_EXTENSIBLE, else `null`. */
  subFormat: number | null;
  /** A readable name of the encoding, such as `"PCM"`, `"IEEE float"` or `"format 0x1234"`. */
  encoding: string;
  /** `true` when the samples are linear PCM (format 1, or WAVE_FORMAT_EXTENSIBLE with the PCM subformat). */
  pcm: boolean;
  /** Samples per second, in Hz (`fmt.SampleRate`). 8000 is recommended. */
  sampleRate: number;
  /** Number of channels (`fmt.NumChannels`). 1 (mono) is recommended. */
  channels: number;
  /** Bits per sample (`fmt.BitsPerSample`). 16 is expected. */
  bitsPerSample: number;
  /** Bytes per sample frame, all channels (`fmt.BlockAlign`): 2 for 16-bit mono PCM. */
  blockAlign: number;
  /** Bytes of audio present in the `data` chunk (fewer than declared when truncated); `null` without a `data` chunk. */
  dataBytes: number | null;
  /**
   * Playing time in seconds of PCM audio (whole sample frames present divided by the sample
   * rate); `null` without a `data` chunk, for a format other than PCM, or when the header cannot
   * give it (zero sample rate or block size).
   */
  durationSeconds: number | null;
}

/**
 * The result of {@link checkAudio}: the usual `{ ok, issues }` plus what the header says.
 * @category Audio
 */
export interface AudioCheckResult extends ValidationResult {
  /** Size of the file in bytes. */
  byteLength: number;
  /** What the `fmt ` and `data` chunks say; `null` when no readable `fmt ` chunk was found. */
  wav: WavInfo | null;
}

interface Chunk {
  id: string;
  /** Offset of the chunk's 8-byte header. */
  offset: number;
  /** The size the chunk header declares. */
  size: number;
  /** Bytes of the chunk's body actually present in the file. */
  available: number;
}

/** Four bytes as a readable chunk ID: printable ASCII as is, anything else as `\xNN`. */
function fourCC(bytes: Uint8Array, offset: number): string {
  let out = '';
  for (let i = offset; i < Math.min(offset + 4, bytes.length); i += 1) {
    const c = bytes[i] as number;
    out += c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : `\\x${c.toString(16).padStart(2, '0').toUpperCase()}`;
  }
  return out;
}

/** The path segment of a chunk: its ID without trailing spaces (`fmt `→`fmt`). */
const chunkName = (id: string): string => id.trimEnd() || 'chunk';

function formatName(tag: number): string {
  return FORMAT_NAMES[tag] ?? `format 0x${tag.toString(16).padStart(4, '0').toUpperCase()}`;
}

function bytesText(count: number): string {
  return `${count.toLocaleString('en-US')} bytes`;
}

function megabytes(count: number): string {
  return `${(count / (1024 * 1024)).toFixed(1)} MB`;
}

/** What a file that is not RIFF/WAVE most likely is, from its first bytes. */
function guessFormat(bytes: Uint8Array): string {
  const head = fourCC(bytes, 0);
  if (head === 'RIFX') return ' (big-endian RIFX, which the service does not play)';
  if (head === 'RF64') return ' (RF64, the 64-bit WAV variant)';
  if (head.startsWith('ID3') || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0)) return ' (it looks like an MP3 file)';
  if (head === 'OggS') return ' (it looks like an Ogg file)';
  if (head === 'fLaC') return ' (it looks like a FLAC file)';
  return '';
}

/**
 * Checks a prompt file before it is uploaded for `PlayAudio` / `PlayAudioAndGetDigits`: the
 * service plays only uncompressed PCM WAV files of at most 50 MB, and recommends 8 kHz mono.
 * It reads the RIFF/WAVE header (no dependencies; works in Node, browsers and bundlers) and
 * reports:
 *
 * - errors (the service would fail the action with `InvalidAudioSource`): not RIFF/WAVE, not
 *   PCM, over 50 MB, a truncated file or chunk, chunk sizes or header fields that disagree, a
 *   missing `fmt ` or `data` chunk;
 * - warnings (the service plays it, but not as intended): a sample rate other than 8000 Hz,
 *   more than one channel, a bit depth other than 16, WAVE_FORMAT_EXTENSIBLE PCM, an empty
 *   `data` chunk, a partial last sample frame.
 *
 * Paths name the header field (`fmt.SampleRate`, `data.ChunkSize`); `''` is the file itself.
 * A value that is not bytes (a file name, `null`, an array of numbers) is one `type` error.
 * Remember to upload with the S3 metadata `ContentType: audio/wav`.
 * @param bytes - The whole file (a Node `Buffer` is a `Uint8Array`; any typed-array view of the
 * bytes is read too).
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { checkAudio } from 'chime-sma-kit';
 *
 * const result = checkAudio(readFileSync('welcome.wav'));
 * if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
 * console.log(result.wav?.sampleRate, result.wav?.durationSeconds);
 * ```
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/play-audio.html
 * @category Audio
 */
export function checkAudio(bytes: Uint8Array | ArrayBuffer): AudioCheckResult {
  const issues: ValidationIssue[] = [];
  const add = (path: string, code: string, message: string, severity: Severity = 'error'): void => {
    issues.push({ path, code, message, severity });
  };
  const data = asBytes(bytes);
  if (data === undefined) {
    const hint = typeof bytes === 'string' ? '; read the file first, for example readFileSync(path)' : '';
    add(
      '',
      'type',
      `The value must be the file's bytes (a Uint8Array such as a Node Buffer, or an ArrayBuffer), got ${kindOf(bytes)}${hint}`,
    );
    return { ...toResult(issues), byteLength: 0, wav: null };
  }
  const wav = readWav(data, add);
  return { ...toResult(issues), byteLength: data.length, wav };
}

/** The bytes of a Uint8Array, another typed-array view or an ArrayBuffer (from any realm); `undefined` for anything else. */
function asBytes(value: unknown): Uint8Array | undefined {
  if (value instanceof Uint8Array) return value;
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  if (value instanceof ArrayBuffer || Object.prototype.toString.call(value) === '[object ArrayBuffer]')
    return new Uint8Array(value as ArrayBuffer);
  return undefined;
}

/** Words for the kind of a value (never its content: a string here may be a whole file). */
function kindOf(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

type Add = (path: string, code: string, message: string, severity?: Severity) => void;

function checkSize(length: number, add: Add): void {
  if (length > MAX_AUDIO_BYTES) {
    add(
      '',
      'too_large',
      `The file is ${megabytes(length)} (${bytesText(length)}); ` +
        `the service plays WAV files of at most 50 MB (${bytesText(MAX_AUDIO_BYTES)})`,
    );
  } else if (length > MAX_AUDIO_BYTES_DECIMAL) {
    add(
      '',
      'near_size_limit',
      `The file is ${bytesText(length)}, over 50 MB read as ${bytesText(MAX_AUDIO_BYTES_DECIMAL)}; ` +
        `the docs do not say which "50 MB" they mean, so keep prompts under ${bytesText(MAX_AUDIO_BYTES_DECIMAL)}`,
      'warning',
    );
  }
}

function readWav(bytes: Uint8Array, add: Add): WavInfo | null {
  checkSize(bytes.length, add);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length === 0) {
    add('', 'not_riff', 'The file is empty (0 bytes), not a RIFF/WAVE file');
    return null;
  }
  if (bytes.length < 4 || fourCC(bytes, 0) !== 'RIFF') {
    if (bytes.length < 4 && fourCC(bytes, 0) === 'RIFF'.slice(0, bytes.length)) {
      add('', 'truncated', `The file is truncated: ${bytesText(bytes.length)}, shorter than the 12-byte RIFF/WAVE header`);
    } else {
      add('', 'not_riff', `The file is not a RIFF/WAVE file: it starts with "${fourCC(bytes, 0)}" instead of "RIFF"${guessFormat(bytes)}`);
    }
    return null;
  }
  if (bytes.length < 12) {
    add('', 'truncated', `The file is truncated: ${bytesText(bytes.length)}, shorter than the 12-byte RIFF/WAVE header`);
    return null;
  }
  if (fourCC(bytes, 8) !== 'WAVE') {
    add('RIFF.Format', 'not_wave', `RIFF.Format is "${fourCC(bytes, 8)}": the file is a RIFF file but not WAVE audio (expected "WAVE")`);
    return null;
  }

  // The RIFF chunk: its size counts everything after the first 8 bytes (a pad byte may follow an odd size).
  const riffSize = view.getUint32(4, true);
  const riffEnd = 8 + riffSize;
  if (riffEnd > bytes.length) {
    add(
      'RIFF.ChunkSize',
      'truncated',
      `RIFF.ChunkSize declares ${bytesText(riffSize)} after the first 8, but the file has only ${bytesText(bytes.length - 8)}: ` +
        'the file is truncated (or its writer never filled in the size)',
    );
  } else if (riffEnd < bytes.length && !(riffEnd + 1 === bytes.length && riffSize % 2 === 1)) {
    add(
      'RIFF.ChunkSize',
      'chunk_size',
      `RIFF.ChunkSize declares ${bytesText(riffSize)} after the first 8, but the file has ${bytesText(bytes.length - 8)}: ` +
        `${bytesText(bytes.length - riffEnd)} follow the RIFF chunk`,
    );
  }
  const end = Math.min(riffEnd, bytes.length);

  const chunks = readChunks(bytes, view, end, riffEnd, add);
  const fmt = firstChunk(chunks, 'fmt ', add);
  const dataChunk = firstChunk(chunks, 'data', add);
  if (fmt === undefined) {
    add('fmt', 'missing_chunk', 'The file has no "fmt " chunk: the audio format is unknown');
    if (dataChunk === undefined) add('data', 'missing_chunk', 'The file has no "data" chunk: there is no audio');
    return null;
  }
  if (dataChunk !== undefined && dataChunk.offset < fmt.offset) {
    add('fmt', 'chunk_order', 'The "fmt " chunk comes after the "data" chunk; the RIFF WAVE format requires it before');
  }
  const info = readFormat(bytes, view, fmt, add);
  if (info === null) return null;
  if (dataChunk === undefined) {
    add('data', 'missing_chunk', 'The file has no "data" chunk: there is no audio');
    return info;
  }
  info.dataBytes = dataChunk.available;
  if (dataChunk.size === 0)
    add('data.ChunkSize', 'no_audio', 'data.ChunkSize is 0: the file holds no audio, so the prompt plays silence', 'warning');
  const { blockAlign } = info;
  if (info.pcm && blockAlign > 0 && info.sampleRate > 0) {
    info.durationSeconds = Math.floor(dataChunk.available / blockAlign) / info.sampleRate;
    if (dataChunk.size === dataChunk.available && dataChunk.size % blockAlign !== 0) {
      add(
        'data.ChunkSize',
        'partial_frame',
        `data.ChunkSize (${bytesText(dataChunk.size)}) is not a multiple of fmt.BlockAlign (${blockAlign}): ` +
          `the last ${bytesText(dataChunk.size % blockAlign)} are not a whole sample frame and are not played`,
        'warning',
      );
    }
  }
  return info;
}

function readChunks(bytes: Uint8Array, view: DataView, end: number, riffEnd: number, add: Add): Chunk[] {
  const chunks: Chunk[] = [];
  let offset = 12;
  while (offset < end) {
    if (offset + 8 > end) {
      if (end === bytes.length) {
        add(
          'RIFF',
          'truncated',
          `The file is truncated: a chunk header at byte ${offset} needs 8 bytes, only ${bytesText(end - offset)} remain`,
        );
      } else {
        add('RIFF.ChunkSize', 'chunk_size', `RIFF.ChunkSize ends the RIFF chunk inside the chunk header at byte ${offset}`);
      }
      break;
    }
    const id = fourCC(bytes, offset);
    const size = view.getUint32(offset + 4, true);
    const bodyEnd = offset + 8 + size;
    const path = `${chunkName(id)}.ChunkSize`;
    if (bodyEnd > bytes.length) {
      add(
        path,
        'truncated',
        `${path} declares ${bytesText(size)}, but only ${bytesText(bytes.length - offset - 8)} remain in the file: ` +
          `the "${id}" chunk is truncated (or its writer never filled in the size)`,
      );
    } else if (bodyEnd > riffEnd) {
      add(
        path,
        'chunk_size',
        `${path} declares ${bytesText(size)}, which runs ${bytesText(bodyEnd - riffEnd)} past the end RIFF.ChunkSize gives`,
      );
    }
    chunks.push({ id, offset, size, available: Math.max(0, Math.min(size, bytes.length - offset - 8)) });
    offset = bodyEnd + (size % 2); // chunks are padded to an even size
  }
  return chunks;
}

function firstChunk(chunks: Chunk[], id: string, add: Add): Chunk | undefined {
  const found = chunks.filter((chunk) => chunk.id === id);
  if (found.length > 1) add(chunkName(id), 'duplicate_chunk', `The file has ${found.length} "${id}" chunks; a WAVE file has exactly one`);
  return found[0];
}

function readFormat(bytes: Uint8Array, view: DataView, fmt: Chunk, add: Add): WavInfo | null {
  const body = fmt.offset + 8;
  if (fmt.available < 16) {
    if (fmt.size >= 16) return null; // truncated: already reported on fmt.ChunkSize
    add('fmt.ChunkSize', 'chunk_size', `fmt.ChunkSize is ${fmt.size}; a PCM "fmt " chunk has at least 16 bytes`);
    return null;
  }
  const formatTag = view.getUint16(body, true);
  const channels = view.getUint16(body + 2, true);
  const sampleRate = view.getUint32(body + 4, true);
  const byteRate = view.getUint32(body + 8, true);
  const blockAlign = view.getUint16(body + 12, true);
  const bitsPerSample = view.getUint16(body + 14, true);

  let subFormat: number | null = null;
  let pcm = formatTag === WAVE_FORMAT_PCM;
  let encoding = formatName(formatTag);
  if (formatTag === WAVE_FORMAT_EXTENSIBLE) {
    if (fmt.available < 40) {
      add(
        'fmt.ChunkSize',
        'chunk_size',
        `fmt.ChunkSize is ${fmt.size}; a WAVE_FORMAT_EXTENSIBLE "fmt " chunk has at least 40 bytes (its SubFormat is missing)`,
      );
    } else {
      const guid = body + 24;
      const tail = bytes.subarray(guid + 2, guid + 16);
      const derived = SUBFORMAT_GUID_TAIL.every((b, i) => tail[i] === b);
      subFormat = derived ? view.getUint16(guid, true) : null;
      pcm = subFormat === WAVE_FORMAT_PCM;
      encoding = derived
        ? `${formatName(subFormat as number)} (WAVE_FORMAT_EXTENSIBLE)`
        : 'WAVE_FORMAT_EXTENSIBLE with an unknown SubFormat';
      if (pcm) {
        add(
          'fmt.AudioFormat',
          'extensible_format',
          'fmt.AudioFormat is WAVE_FORMAT_EXTENSIBLE (0xFFFE) with PCM samples; ' +
            'the service documents plain PCM WAV only, so save it as plain PCM (AudioFormat 1) to be safe',
          'warning',
        );
      } else {
        add(
          'fmt.SubFormat',
          'not_pcm',
          `fmt.SubFormat is ${derived ? formatName(subFormat as number) : 'not a known format GUID'}; ` +
            'the service plays only uncompressed PCM WAV',
        );
      }
    }
  } else if (!pcm) {
    add(
      'fmt.AudioFormat',
      'not_pcm',
      `fmt.AudioFormat is ${formatTag} (${formatName(formatTag)}); the service plays only uncompressed PCM WAV (AudioFormat 1)`,
    );
  }

  if (channels === 0) add('fmt.NumChannels', 'invalid_header', 'fmt.NumChannels is 0; a WAV file has at least one channel');
  else if (channels > 1)
    add('fmt.NumChannels', 'channels', `fmt.NumChannels is ${channels}; mono (1 channel) is recommended, as calls are mono`, 'warning');
  if (sampleRate === 0) add('fmt.SampleRate', 'invalid_header', 'fmt.SampleRate is 0 Hz');
  else if (sampleRate !== RECOMMENDED_SAMPLE_RATE)
    add(
      'fmt.SampleRate',
      'sample_rate',
      `fmt.SampleRate is ${sampleRate} Hz; ${RECOMMENDED_SAMPLE_RATE} Hz (8 kHz) is recommended`,
      'warning',
    );
  if (bitsPerSample === 0) add('fmt.BitsPerSample', 'invalid_header', 'fmt.BitsPerSample is 0');
  else if (bitsPerSample !== RECOMMENDED_BITS_PER_SAMPLE)
    add('fmt.BitsPerSample', 'bit_depth', `fmt.BitsPerSample is ${bitsPerSample}; 16-bit PCM is expected`, 'warning');

  if (pcm && channels > 0 && bitsPerSample > 0) {
    const expectedAlign = channels * Math.ceil(bitsPerSample / 8);
    if (blockAlign !== expectedAlign) {
      add(
        'fmt.BlockAlign',
        'invalid_header',
        `fmt.BlockAlign is ${blockAlign}; ${channels} channel(s) of ${bitsPerSample}-bit PCM need ${expectedAlign} bytes per sample frame`,
      );
    } else if (sampleRate > 0 && byteRate !== sampleRate * blockAlign) {
      add(
        'fmt.ByteRate',
        'invalid_header',
        `fmt.ByteRate is ${byteRate}; ${sampleRate} Hz × ${blockAlign} bytes per frame is ${sampleRate * blockAlign}`,
      );
    }
  }
  return { formatTag, subFormat, encoding, pcm, sampleRate, channels, bitsPerSample, blockAlign, dataBytes: null, durationSeconds: null };
}
