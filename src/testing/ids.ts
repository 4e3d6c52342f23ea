/**
 * Deterministic identifiers for simulated calls: the same seed always gives the same ids, so
 * transcripts are stable in snapshot tests.
 */
export class IdSource {
  #state: number;

  /** @param seed - Any integer; the same seed yields the same sequence of ids. */
  constructor(seed: number) {
    this.#state = seed >>> 0 || 0x9e3779b9;
  }

  /** The next 32-bit pseudo-random number (mulberry32). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** `n` lowercase hexadecimal characters. */
  hex(n: number): string {
    let out = '';
    while (out.length < n) out += this.next().toString(16).padStart(8, '0');
    return out.slice(0, n);
  }

  /** A version-4-shaped UUID, as the service uses for call, transaction and SMA ids. */
  uuid(): string {
    const h = this.hex(32);
    const variant = ((Number.parseInt(h[16] as string, 16) & 0x3) | 0x8).toString(16);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }

  /** `n` decimal digits. */
  digits(n: number): string {
    let out = '';
    while (out.length < n) out += String(this.next() % 10);
    return out;
  }
}
