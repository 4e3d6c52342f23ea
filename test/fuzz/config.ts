import type { Parameters as FcParameters } from 'fast-check';

/**
 * How much the property tests run. `npm test` runs a fixed seed and a modest number of cases;
 * `npm run fuzz` (or CHIME_SMA_KIT_FUZZ=1) is the long run: at least 100,000 cases per whole
 * property. CHIME_SMA_KIT_FUZZ_SEED replays a reported failure with another seed.
 */
export const LONG_RUN = process.env.CHIME_SMA_KIT_FUZZ === '1' || process.env.npm_lifecycle_event === 'fuzz';

/** The seed: fixed, so that `npm test` is deterministic. */
export const SEED = Number(process.env.CHIME_SMA_KIT_FUZZ_SEED ?? 20_250_611);

/** Cases of one whole property (every action, every rule drawn at random). */
export const RUNS = LONG_RUN ? 100_000 : 300;

/** Cases of a property about a single rule site (each site gets its own). */
export const RUNS_PER_SITE = LONG_RUN ? 1_000 : 12;

/** fast-check parameters for `runs` cases. */
export function params<T>(runs: number = RUNS): FcParameters<T> {
  return { seed: SEED, numRuns: runs, endOnFailure: true };
}

/** vitest timeout of a property test, in milliseconds. */
export const TIMEOUT = LONG_RUN ? 3_600_000 : 30_000;
