/**
 * The build's shared module (dist/shared.js, dist/shared.cjs): what the `testing`, `eventbridge`,
 * `meetings` and `flow` entries import from the rest of the package, one module for all of them.
 * Its exports are derived at build time from those entries' own imports (tsup.config.ts,
 * `sharedExports`), so this file holds no list to keep up to date. Not an entry point of
 * package.json; nothing under src/ imports it.
 * @packageDocumentation
 */
export {};
