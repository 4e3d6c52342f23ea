import { SmaValidationError } from '../../src/index.js';

/** The `[path, code]` of every issue a builder call throws; fails when it does not throw. */
export function issuesOf(run: () => unknown): [string, string][] {
  try {
    run();
  } catch (error) {
    if (error instanceof SmaValidationError) return error.issues.map((i) => [i.path, i.code]);
    throw error;
  }
  throw new Error('did not throw');
}

/** The `[path, code, severity]` of every issue in a validation result. */
export function summary(result: { issues: { path: string; code: string; severity: string }[] }): [string, string, string][] {
  return result.issues.map((i) => [i.path, i.code, i.severity]);
}
