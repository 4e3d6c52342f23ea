/**
 * What the `testing`, `eventbridge`, `meetings` and `flow` entries use from the rest of the package,
 * as one module of the build (dist/shared.js, dist/shared.cjs): tsup.config.ts points their imports
 * of these modules here, so the root entry's code is never split by what the other entries reach
 * (the root loads two files, not one per combination of entries) and classes such as
 * `SmaValidationError` stay one class across entry points. Not an entry point of package.json.
 * @packageDocumentation
 */
export * from './actions/index.js';
export * from './actions/spec.js';
export * from './actions/wire.js';
export * from './calls/index.js';
export * from './events/index.js';
export * from './handler/index.js';
export * from './handler/router.js';
export * from './response/index.js';
export * from './validation/index.js';
