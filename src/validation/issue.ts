/**
 * How serious a {@link ValidationIssue} is.
 *
 * - `'error'`: the service would reject it (`InvalidActionParameter`, `INVALID_LAMBDA_RESPONSE`).
 * - `'warning'`: the service accepts it but ignores or coerces something (both `CallId` and
 *   `ParticipantTag`, a number sent as a string, an unknown parameter).
 * @category Validation
 */
export type Severity = 'error' | 'warning';

/**
 * One problem found in a value.
 * @category Validation
 */
export interface ValidationIssue {
  /**
   * Where the problem is, relative to the value validated: dotted keys with bracket indices,
   * for example `Parameters.Endpoints[0].Uri` or `Actions[3].Parameters.CallId`.
   * The empty string means the value itself.
   */
  path: string;
  /** A stable machine-readable code such as `required`, `enum`, `max` or `unknown_parameter`. */
  code: string;
  /**
   * A sentence naming the field, the rule and the documented limit. Join tokens and phone
   * numbers are never echoed unmasked.
   */
  message: string;
  /** Whether the service would reject the value (`'error'`) or only ignore or coerce it. */
  severity: Severity;
}

/**
 * The result of `validateAction` and `validateResponse`.
 * @category Validation
 */
export interface ValidationResult {
  /** `true` when no issue has severity `'error'` (warnings alone keep it `true`). */
  ok: boolean;
  /** Every issue found, errors and warnings, in the order they were found. */
  issues: ValidationIssue[];
}

/**
 * Thrown by builders and parsers when their input is invalid. It carries every issue found at
 * once; the message lists them.
 * @category Validation
 */
export class SmaValidationError extends Error {
  /** Every issue found (at least one of them has severity `'error'`). */
  readonly issues: ValidationIssue[];

  /**
   * @param subject - What was being checked, for the message (for example `PlayAudio action`).
   * @param issues - The issues found.
   */
  constructor(subject: string, issues: ValidationIssue[]) {
    const errors = issues.filter((issue) => issue.severity === 'error');
    const shown = errors.length > 0 ? errors : issues;
    const lines = shown.map((issue) => `  - ${issue.message}`);
    super(`Invalid ${subject} (${shown.length} ${shown.length === 1 ? 'issue' : 'issues'}):\n${lines.join('\n')}`);
    this.name = 'SmaValidationError';
    this.issues = issues;
  }
}

/** Wraps issues into a {@link ValidationResult}. */
export function toResult(issues: ValidationIssue[]): ValidationResult {
  return { ok: !issues.some((issue) => issue.severity === 'error'), issues };
}

/** Throws a {@link SmaValidationError} when any issue is an error. */
export function throwOnErrors(subject: string, issues: ValidationIssue[]): void {
  if (issues.some((issue) => issue.severity === 'error')) throw new SmaValidationError(subject, issues);
}

/** Appends a key or an index to a path in the contract's form (`a.b[0].c`). */
export function joinPath(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  return base === '' ? key : `${base}.${key}`;
}

/**
 * What was thrown, as text; never throws itself (a thrown value may be `null`, an array, or an
 * object whose getters throw). A {@link SmaValidationError} shows its error issues; an `Error`
 * its message, after its name when `withName` is set (log lines), alone otherwise (transcripts).
 * @internal
 */
export function thrownText(error: unknown, withName = false): string {
  try {
    if (error instanceof SmaValidationError) {
      // The warnings too: a misspelt key is a warning whose hint explains the "is required" error.
      const warnings = error.issues.filter((issue) => issue.severity === 'warning').map((issue) => issue.message);
      const errors =
        error.issues
          .filter((issue) => issue.severity === 'error')
          .map((issue) => issue.message)
          .join('; ') || error.message;
      return warnings.length === 0
        ? errors
        : `${errors} (and ${warnings.length === 1 ? 'a warning' : `${warnings.length} warnings`}: ${warnings.join('; ')})`;
    }
    if (error instanceof Error) return withName ? `${error.name}: ${error.message}` : String(error.message);
    return typeof error === 'object' && error !== null ? `a thrown ${Array.isArray(error) ? 'array' : 'object'}` : String(error);
  } catch {
    return 'a thrown value that cannot be printed';
  }
}
