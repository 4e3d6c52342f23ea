import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { MAX_AUDIO_BYTES, checkAudio } from '../../src/index.js';
import { dataBody, fmtBody, makeWav, riff } from './wav.js';

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
const summary = (bytes: Uint8Array) => checkAudio(bytes).issues.map((i) => [i.path, i.code, i.severity]);

function messageOf(bytes: Uint8Array, code: string): string {
  const issue = checkAudio(bytes).issues.find((i) => i.code === code);
  if (issue === undefined) throw new Error(`no ${code} issue`);
  return issue.message;
}

describe('checkAudio on valid files', () => {
  it('accepts 8 kHz mono 16-bit PCM and reports what it read', () => {
    const bytes = makeWav({ frames: 12_000 });
    expect(checkAudio(bytes)).toEqual({
      ok: true,
      issues: [],
      byteLength: 44 + 24_000,
      wav: {
        formatTag: 1,
        subFormat: null,
        encoding: 'PCM',
        pcm: true,
        sampleRate: 8000,
        channels: 1,
        bitsPerSample: 16,
        blockAlign: 2,
        dataBytes: 24_000,
        durationSeconds: 1.5,
      },
    });
  });

  it('skips other chunks (LIST, fact) wherever they are', () => {
    const list = { id: 'LIST', body: ascii('INFOISFT\x05\x00\x00\x00test\x00') };
    const bytes = riff([{ id: 'fmt ', body: fmtBody() }, list, { id: 'data', body: dataBody() }, { id: 'id3 ', body: ascii('xyz') }]);
    expect(checkAudio(bytes)).toMatchObject({ ok: true, issues: [], wav: { durationSeconds: 0.1 } });
  });

  it('accepts an ArrayBuffer and a Uint8Array view that does not start at byte 0', () => {
    const wav = makeWav({ sampleRate: 16_000 });
    const padded = new Uint8Array(wav.length + 7);
    padded.set(wav, 5);
    const view = padded.subarray(5, 5 + wav.length);
    const fromView = checkAudio(view);
    expect(fromView.wav?.sampleRate).toBe(16_000);
    expect(fromView).toEqual(checkAudio(wav));
    expect(checkAudio(wav.slice().buffer)).toEqual(checkAudio(wav));
  });

  it('accepts an odd RIFF size followed by its pad byte', () => {
    const bytes = riff([
      { id: 'fmt ', body: fmtBody() },
      { id: 'data', body: new Uint8Array(801 * 2 - 1) },
    ]);
    // The data chunk has an odd length: the writer may leave its pad byte out of RIFF.ChunkSize.
    const withoutPad = riff(
      [
        { id: 'fmt ', body: fmtBody() },
        { id: 'data', body: new Uint8Array(1601) },
      ],
      { riffSize: bytes.length - 8 - 1 },
    );
    expect(summary(withoutPad)).toEqual([['data.ChunkSize', 'partial_frame', 'warning']]);
  });
});

describe('checkAudio warnings (played, but not as recommended)', () => {
  it('warns about the sample rate, the channels and the bit depth, with the figure found', () => {
    const bytes = makeWav({ sampleRate: 44_100, channels: 2, bitsPerSample: 24 });
    const result = checkAudio(bytes);
    expect(result.ok).toBe(true);
    expect(summary(bytes)).toEqual([
      ['fmt.NumChannels', 'channels', 'warning'],
      ['fmt.SampleRate', 'sample_rate', 'warning'],
      ['fmt.BitsPerSample', 'bit_depth', 'warning'],
    ]);
    expect(messageOf(bytes, 'sample_rate')).toBe('fmt.SampleRate is 44100 Hz; 8000 Hz (8 kHz) is recommended');
    expect(messageOf(bytes, 'channels')).toContain('fmt.NumChannels is 2;');
    expect(messageOf(bytes, 'bit_depth')).toContain('fmt.BitsPerSample is 24;');
    expect(result.wav).toMatchObject({ sampleRate: 44_100, channels: 2, bitsPerSample: 24, blockAlign: 6, durationSeconds: 800 / 44_100 });
  });

  it('warns about 8-bit PCM', () => {
    expect(summary(makeWav({ bitsPerSample: 8 }))).toEqual([['fmt.BitsPerSample', 'bit_depth', 'warning']]);
  });

  it('warns about WAVE_FORMAT_EXTENSIBLE with PCM samples (decision: the docs name plain PCM only)', () => {
    const bytes = makeWav({ extensibleSubFormat: 1 });
    const result = checkAudio(bytes);
    expect(result.ok).toBe(true);
    expect(summary(bytes)).toEqual([['fmt.AudioFormat', 'extensible_format', 'warning']]);
    expect(result.wav).toMatchObject({
      formatTag: 0xfffe,
      subFormat: 1,
      pcm: true,
      encoding: 'PCM (WAVE_FORMAT_EXTENSIBLE)',
      durationSeconds: 0.1,
    });
  });

  it('warns about an empty data chunk and a partial last sample frame', () => {
    expect(summary(makeWav({ frames: 0 }))).toEqual([['data.ChunkSize', 'no_audio', 'warning']]);
    const partial = riff([
      { id: 'fmt ', body: fmtBody({ channels: 2 }) },
      { id: 'data', body: new Uint8Array(4 * 10 + 2) },
    ]);
    expect(summary(partial)).toEqual([
      ['fmt.NumChannels', 'channels', 'warning'],
      ['data.ChunkSize', 'partial_frame', 'warning'],
    ]);
    expect(checkAudio(partial).wav?.durationSeconds).toBe(10 / 8000);
  });
});

describe('checkAudio errors (the service fails the action)', () => {
  it.each([
    ['abc', 'a string'],
    [null, 'null'],
    [undefined, 'undefined'],
    [12, 'a number'],
    [[82, 73, 70, 70], 'an array'],
    [{ length: 4 }, 'an object'],
  ])('reports a type issue, not an empty file, for input that is not bytes (%j)', (value, words) => {
    const result = checkAudio(value as never);
    expect(result).toMatchObject({ ok: false, byteLength: 0, wav: null });
    expect(result.issues.map((i) => [i.path, i.code, i.severity])).toEqual([['', 'type', 'error']]);
    expect(result.issues[0]?.message).toContain(`got ${words}`);
    expect(result.issues[0]?.message).toMatch(/must be the file's bytes \(a Uint8Array such as a Node Buffer, or an ArrayBuffer\)/);
    expect(result.issues[0]?.message).not.toContain('empty');
  });

  it('reads any typed-array view of the bytes, from any realm', () => {
    const wav = makeWav();
    const words = new Uint16Array(wav.buffer, 0, wav.length / 2);
    expect(checkAudio(words as never)).toEqual(checkAudio(wav));
    expect(checkAudio(new DataView(wav.buffer) as never)).toEqual(checkAudio(wav));
    const foreign = runInNewContext('new Uint8Array(length)', { length: wav.length }) as Uint8Array;
    foreign.set(wav);
    expect(foreign).not.toBeInstanceOf(Uint8Array);
    expect(checkAudio(foreign)).toEqual(checkAudio(wav));
    expect(checkAudio(foreign.buffer as ArrayBuffer)).toEqual(checkAudio(wav));
  });

  it('rejects files that are not RIFF/WAVE, naming what they look like', () => {
    expect(summary(new Uint8Array(0))).toEqual([['', 'not_riff', 'error']]);
    const mp3 = Uint8Array.from([0x49, 0x44, 0x33, 0x04, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(summary(mp3)).toEqual([['', 'not_riff', 'error']]);
    expect(messageOf(mp3, 'not_riff')).toBe(
      'The file is not a RIFF/WAVE file: it starts with "ID3\\x04" instead of "RIFF" (it looks like an MP3 file)',
    );
    const rifx = makeWav();
    rifx.set(ascii('RIFX'), 0);
    expect(messageOf(rifx, 'not_riff')).toContain('big-endian RIFX');
    expect(messageOf(ascii('OggS\0\0\0\0\0\0\0\0'), 'not_riff')).toContain('Ogg');
    const avi = riff([{ id: 'avih', body: new Uint8Array(8) }], { form: 'AVI ' });
    expect(summary(avi)).toEqual([['RIFF.Format', 'not_wave', 'error']]);
    expect(checkAudio(avi)).toMatchObject({ ok: false, wav: null });
  });

  it('rejects formats other than PCM with the format found', () => {
    const float = makeWav({ formatTag: 3, bitsPerSample: 32 });
    expect(summary(float)).toEqual([
      ['fmt.AudioFormat', 'not_pcm', 'error'],
      ['fmt.BitsPerSample', 'bit_depth', 'warning'],
    ]);
    expect(messageOf(float, 'not_pcm')).toBe(
      'fmt.AudioFormat is 3 (IEEE float); the service plays only uncompressed PCM WAV (AudioFormat 1)',
    );
    expect(checkAudio(float).wav).toMatchObject({ pcm: false, encoding: 'IEEE float', durationSeconds: null });
    expect(messageOf(makeWav({ formatTag: 7, bitsPerSample: 8 }), 'not_pcm')).toContain('7 (µ-law)');
    expect(messageOf(makeWav({ formatTag: 0x1234 }), 'not_pcm')).toContain('4660 (format 0x1234)');
  });

  it('rejects WAVE_FORMAT_EXTENSIBLE with a subformat other than PCM, or without its SubFormat', () => {
    const float = makeWav({ extensibleSubFormat: 3, bitsPerSample: 32 });
    expect(summary(float)[0]).toEqual(['fmt.SubFormat', 'not_pcm', 'error']);
    expect(checkAudio(float).wav).toMatchObject({ subFormat: 3, pcm: false, encoding: 'IEEE float (WAVE_FORMAT_EXTENSIBLE)' });
    const short = riff([
      { id: 'fmt ', body: fmtBody({ extensibleSubFormat: 1 }).subarray(0, 18) },
      { id: 'data', body: dataBody() },
    ]);
    expect(summary(short)).toEqual([['fmt.ChunkSize', 'chunk_size', 'error']]);
    expect(checkAudio(short).wav?.pcm).toBe(false);
  });

  it('rejects files over 50 MB, and warns between 50,000,000 bytes and 50 MiB', () => {
    const frames = (MAX_AUDIO_BYTES - 44) / 2 + 1;
    const big = makeWav({ frames });
    expect(big.length).toBe(MAX_AUDIO_BYTES + 2);
    expect(summary(big)).toEqual([['', 'too_large', 'error']]);
    expect(messageOf(big, 'too_large')).toBe(
      'The file is 50.0 MB (52,428,802 bytes); the service plays WAV files of at most 50 MB (52,428,800 bytes)',
    );
    expect(checkAudio(big).wav?.durationSeconds).toBe(frames / 8000);
    expect(summary(makeWav({ frames: (MAX_AUDIO_BYTES - 44) / 2 }))).toEqual([['', 'near_size_limit', 'warning']]);
    expect(summary(makeWav({ frames: (50_000_000 - 44) / 2 }))).toEqual([]);
    expect(summary(makeWav({ frames: (50_000_000 - 44) / 2 + 1 }))).toEqual([['', 'near_size_limit', 'warning']]);
  });

  it('rejects a truncated file and still reports the audio that is there', () => {
    const whole = makeWav({ frames: 8000 });
    const cut = whole.subarray(0, 44 + 4001);
    expect(summary(cut)).toEqual([
      ['RIFF.ChunkSize', 'truncated', 'error'],
      ['data.ChunkSize', 'truncated', 'error'],
    ]);
    expect(messageOf(cut, 'truncated')).toBe(
      'RIFF.ChunkSize declares 16,036 bytes after the first 8, but the file has only 4,037 bytes: ' +
        'the file is truncated (or its writer never filled in the size)',
    );
    expect(checkAudio(cut).wav).toMatchObject({ dataBytes: 4001, durationSeconds: 2000 / 8000 });
    expect(summary(whole.subarray(0, 40))).toEqual([
      ['RIFF.ChunkSize', 'truncated', 'error'],
      ['RIFF', 'truncated', 'error'],
      ['data', 'missing_chunk', 'error'],
    ]);
    expect(summary(whole.subarray(0, 30))).toEqual([
      ['RIFF.ChunkSize', 'truncated', 'error'],
      ['fmt.ChunkSize', 'truncated', 'error'],
    ]);
    expect(checkAudio(whole.subarray(0, 30)).wav).toBeNull();
    expect(summary(whole.subarray(0, 8))).toEqual([['', 'truncated', 'error']]);
    expect(summary(whole.subarray(0, 3))).toEqual([['', 'truncated', 'error']]);
  });

  it('rejects a data size the writer never filled in (streamed WAV)', () => {
    const streamed = riff(
      [
        { id: 'fmt ', body: fmtBody() },
        { id: 'data', body: dataBody(), declaredSize: 0xffffffff },
      ],
      { riffSize: 0xffffffff },
    );
    expect(summary(streamed)).toEqual([
      ['RIFF.ChunkSize', 'truncated', 'error'],
      ['data.ChunkSize', 'truncated', 'error'],
    ]);
  });

  it('rejects chunk sizes that disagree with the RIFF size', () => {
    const wav = makeWav();
    const trailing = new Uint8Array(wav.length + 10);
    trailing.set(wav);
    expect(summary(trailing)).toEqual([['RIFF.ChunkSize', 'chunk_size', 'error']]);
    expect(messageOf(trailing, 'chunk_size')).toContain('10 bytes follow the RIFF chunk');
    const short = riff(
      [
        { id: 'fmt ', body: fmtBody() },
        { id: 'data', body: dataBody() },
      ],
      { riffSize: wav.length - 8 - 100 },
    );
    expect(summary(short)).toEqual([
      ['RIFF.ChunkSize', 'chunk_size', 'error'],
      ['data.ChunkSize', 'chunk_size', 'error'],
    ]);
    const insideHeader = riff(
      [
        { id: 'fmt ', body: fmtBody() },
        { id: 'data', body: dataBody() },
      ],
      { riffSize: 4 + 24 + 4 },
    );
    expect(summary(insideHeader)).toEqual([
      ['RIFF.ChunkSize', 'chunk_size', 'error'],
      ['RIFF.ChunkSize', 'chunk_size', 'error'],
      ['data', 'missing_chunk', 'error'],
    ]);
    expect(
      summary(
        riff([
          { id: 'fmt ', body: fmtBody().subarray(0, 14) },
          { id: 'data', body: dataBody() },
        ]),
      ),
    ).toEqual([['fmt.ChunkSize', 'chunk_size', 'error']]);
  });

  it('rejects header fields that disagree with each other or are zero', () => {
    expect(summary(makeWav({ blockAlign: 4 }))).toEqual([['fmt.BlockAlign', 'invalid_header', 'error']]);
    expect(messageOf(makeWav({ blockAlign: 4 }), 'invalid_header')).toBe(
      'fmt.BlockAlign is 4; 1 channel(s) of 16-bit PCM need 2 bytes per sample frame',
    );
    expect(summary(makeWav({ byteRate: 8000 }))).toEqual([['fmt.ByteRate', 'invalid_header', 'error']]);
    expect(
      summary(
        riff([
          { id: 'fmt ', body: fmtBody({ channels: 0, blockAlign: 0 }) },
          { id: 'data', body: dataBody() },
        ]),
      ),
    ).toEqual([['fmt.NumChannels', 'invalid_header', 'error']]);
    const zeroRate = makeWav({ sampleRate: 0 });
    expect(summary(zeroRate)).toEqual([['fmt.SampleRate', 'invalid_header', 'error']]);
    expect(checkAudio(zeroRate).wav?.durationSeconds).toBeNull();
    expect(
      summary(
        riff([
          { id: 'fmt ', body: fmtBody({ bitsPerSample: 0, blockAlign: 2 }) },
          { id: 'data', body: dataBody() },
        ]),
      ),
    ).toEqual([['fmt.BitsPerSample', 'invalid_header', 'error']]);
  });

  it('rejects missing, duplicated and misplaced chunks', () => {
    const noFmt = riff([{ id: 'data', body: dataBody() }]);
    expect(summary(noFmt)).toEqual([['fmt', 'missing_chunk', 'error']]);
    expect(checkAudio(noFmt).wav).toBeNull();
    expect(summary(riff([{ id: 'LIST', body: ascii('INFO') }]))).toEqual([
      ['fmt', 'missing_chunk', 'error'],
      ['data', 'missing_chunk', 'error'],
    ]);
    const noData = riff([{ id: 'fmt ', body: fmtBody() }]);
    expect(summary(noData)).toEqual([['data', 'missing_chunk', 'error']]);
    expect(checkAudio(noData).wav).toMatchObject({ sampleRate: 8000, dataBytes: null, durationSeconds: null });
    expect(
      summary(
        riff([
          { id: 'data', body: dataBody() },
          { id: 'fmt ', body: fmtBody() },
        ]),
      ),
    ).toEqual([['fmt', 'chunk_order', 'error']]);
    const twice = riff([
      { id: 'fmt ', body: fmtBody() },
      { id: 'data', body: dataBody() },
      { id: 'data', body: dataBody() },
    ]);
    expect(summary(twice)).toEqual([['data', 'duplicate_chunk', 'error']]);
    expect(messageOf(twice, 'duplicate_chunk')).toBe('The file has 2 "data" chunks; a WAVE file has exactly one');
  });
});
