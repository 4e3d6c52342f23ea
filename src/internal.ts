/**
 * The package's machinery for its own tests and tools: every name of the actions layer (specs,
 * rules, builders by name, the camelCase mapping types). Not an entry point of package.json and
 * not part of the public surface (src/index.ts is); nothing under src/ imports it.
 * @packageDocumentation
 */
export * from './actions/index.js';
export type { BuilderParams, CamelCaseKeys } from './actions/builder.js';
export type { TargetKey } from './actions/spec.js';
