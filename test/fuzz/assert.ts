import { expect } from 'vitest';
import { SmaValidationError, type ValidationResult } from '../../src/index.js';

/** A result of the documented shape: `ok` matches the errors, every issue well formed. */
export function assertResult(result: ValidationResult): void {
  expect(typeof result.ok).toBe('boolean');
  expect(result.ok).toBe(!result.issues.some((issue) => issue.severity === 'error'));
  for (const issue of result.issues) {
    expect(typeof issue.path).toBe('string');
    expect(issue.code).toMatch(/^[a-z_]+$/);
    expect(typeof issue.message).toBe('string');
    expect(['error', 'warning']).toContain(issue.severity);
  }
}

/** Runs `run` and fails on anything thrown but a {@link SmaValidationError}. */
export function onlySmaErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof SmaValidationError)) throw new Error(`threw ${String(error)}`, { cause: error });
    expect(error.issues.some((issue) => issue.severity === 'error')).toBe(true);
  }
}
