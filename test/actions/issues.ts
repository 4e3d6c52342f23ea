import { SmaValidationError, type ValidationResult } from '../../src/index.js';

/** Runs a builder call that must throw, and returns its issues as `[path, code]` pairs. */
export function issuesOf(run: () => unknown): [string, string][] {
  return errorOf(run).issues.map((issue) => [issue.path, issue.code]);
}

/** Runs a builder call that must throw a {@link SmaValidationError}, and returns it. */
export function errorOf(run: () => unknown): SmaValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof SmaValidationError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

/** A validation result's issues as `[path, code, severity]` triples. */
export function triples(result: ValidationResult): [string, string, string][] {
  return result.issues.map((issue) => [issue.path, issue.code, issue.severity]);
}
