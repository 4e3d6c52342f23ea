// Builds WAV files in memory for the tests: valid ones and deliberately broken variants.
// Nothing is downloaded; every byte is written here.

/** One RIFF chunk: a four-character ID and its body (a size may be forced to lie). */
export interface RawChunk {
  id: string;
  body: Uint8Array;
  /** The size written in the chunk header; defaults to the body's length. */
  declaredSize?: number;
}

export interface WavOptions {
  formatTag?: number;
  channels?: number;
  sampleRate?: number;
  bitsPerSample?: number;
  /** Defaults to channels × bytes per sample. */
  blockAlign?: number;
  /** Defaults to sampleRate × blockAlign. */
  byteRate?: number;
  /** Sample frames of audio (a sine-ish ramp); default 800 (0.1 s at 8 kHz). */
  frames?: number;
  /** WAVE_FORMAT_EXTENSIBLE with this subformat tag (1 = PCM, 3 = float). */
  extensibleSubFormat?: number;
}

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** The `fmt ` chunk body for the options (16 bytes, or 40 for WAVE_FORMAT_EXTENSIBLE). */
export function fmtBody(options: WavOptions = {}): Uint8Array {
  const channels = options.channels ?? 1;
  const sampleRate = options.sampleRate ?? 8000;
  const bits = options.bitsPerSample ?? 16;
  const blockAlign = options.blockAlign ?? channels * Math.ceil(bits / 8);
  const byteRate = options.byteRate ?? sampleRate * blockAlign;
  const extensible = options.extensibleSubFormat !== undefined;
  const body = new Uint8Array(extensible ? 40 : 16);
  const view = new DataView(body.buffer);
  view.setUint16(0, extensible ? 0xfffe : (options.formatTag ?? 1), true);
  view.setUint16(2, channels, true);
  view.setUint32(4, sampleRate, true);
  view.setUint32(8, byteRate, true);
  view.setUint16(12, blockAlign, true);
  view.setUint16(14, bits, true);
  if (extensible) {
    view.setUint16(16, 22, true); // cbSize
    view.setUint16(18, bits, true); // valid bits per sample
    view.setUint32(20, channels === 1 ? 0x4 : 0x3, true); // channel mask
    view.setUint16(24, options.extensibleSubFormat ?? 1, true);
    body.set([0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xaa, 0x00, 0x38, 0x9b, 0x71], 26);
  }
  return body;
}

/** Audio samples for the options: `frames` sample frames. */
export function dataBody(options: WavOptions = {}): Uint8Array {
  const channels = options.channels ?? 1;
  const bits = options.bitsPerSample ?? 16;
  const frames = options.frames ?? 800;
  const body = new Uint8Array(frames * channels * Math.ceil(bits / 8));
  for (let i = 0; i < body.length; i += 1) body[i] = (i * 37) & 0xff;
  return body;
}

/** Serialises chunks into a RIFF/WAVE file (pads odd chunks); `riffSize` may be forced. */
export function riff(chunks: RawChunk[], options: { riffSize?: number; form?: string } = {}): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const chunk of chunks) {
    const header = new Uint8Array(8);
    header.set(ascii(chunk.id), 0);
    new DataView(header.buffer).setUint32(4, chunk.declaredSize ?? chunk.body.length, true);
    parts.push(header, chunk.body);
    if (chunk.body.length % 2 === 1) parts.push(new Uint8Array(1));
  }
  const bodyLength = parts.reduce((sum, part) => sum + part.length, 0);
  const out = new Uint8Array(12 + bodyLength);
  out.set(ascii('RIFF'), 0);
  new DataView(out.buffer).setUint32(4, options.riffSize ?? 4 + bodyLength, true);
  out.set(ascii(options.form ?? 'WAVE'), 8);
  let offset = 12;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** A complete WAV file: `fmt ` then `data` (8 kHz mono 16-bit PCM unless told otherwise). */
export function makeWav(options: WavOptions = {}): Uint8Array {
  return riff([
    { id: 'fmt ', body: fmtBody(options) },
    { id: 'data', body: dataBody(options) },
  ]);
}
