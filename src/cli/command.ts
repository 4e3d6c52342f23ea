// The command-line framework: what a command is, argument parsing, help text, exit codes and
// the shared output helpers. A command is one file in ./commands/ plus one line in
// ./commands/index.ts.
import type { ValidationIssue, ValidationResult } from '../validation/index.js';

/** Exit status: no errors (warnings allowed). */
export const EXIT_OK = 0;
/** Exit status: the checks found at least one error. */
export const EXIT_ISSUES = 1;
/** Exit status: bad arguments, an unreadable file, or anything that stopped a check. */
export const EXIT_USAGE = 2;

/** One of the exit statuses above. */
export type ExitCode = typeof EXIT_OK | typeof EXIT_ISSUES | typeof EXIT_USAGE;

/** An option a command accepts besides the common `--json` and `--help`. */
export interface OptionSpec {
  /** `'boolean'` for a flag, `'string'` for an option that takes a value (`--digits 12#` or `--digits=12#`). */
  type: 'boolean' | 'string';
  /** A one-letter alias, without the dash. */
  short?: string;
  /** For help: the value's placeholder, such as `DIGITS`. */
  valueName?: string;
  /** For help: one line. */
  description: string;
  /** A string option that may be given more than once: its value is the list of texts, in order. */
  multiple?: boolean;
}

/** The parsed command line of one command. */
export interface ParsedArgs {
  /** Arguments that are not options, in order (`-` means standard input). */
  positionals: string[];
  /** Options given, by long name: `true` for flags, the text for string options, the texts for `multiple` ones. */
  values: Record<string, string | boolean | string[] | undefined>;
}

/** What a command gets to talk to the outside world. Everything written is masked. */
export interface Context {
  /** `--json` was given: print one JSON document on stdout instead of text. */
  json: boolean;
  /** Writes one line to stdout (phone numbers masked). */
  out(line: string): void;
  /** Writes one line to stderr (phone numbers masked). */
  err(line: string): void;
  /** Reads a file, or standard input for `-`. Rejects with the file system's error. */
  read(file: string): Promise<Uint8Array>;
  /**
   * Imports a JavaScript module (ESM or CommonJS) from a path resolved against the working
   * directory and returns its namespace. Rejects with the file system's error (`ENOENT`,
   * `EISDIR`) when there is no such file, else with the loader's error.
   */
  load(file: string): Promise<Record<string, unknown>>;
}

/** A subcommand of `chime-sma-kit`. */
export interface Command {
  /** The word after `chime-sma-kit`. */
  name: string;
  /** The arguments part of the usage line, such as `FILE...`. */
  args: string;
  /** One line for the command list. */
  summary: string;
  /** The body of `--help`: what it does and prints, a few lines. */
  description: string;
  /** Options besides `--json` and `--help`. */
  options?: Record<string, OptionSpec>;
  /** Runs the command; throws {@link UsageError} for bad arguments. */
  run(args: ParsedArgs, context: Context): Promise<ExitCode>;
}

/** Bad arguments: the runner prints the message and the usage line, and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The options every command has. */
export const COMMON_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  json: { type: 'boolean', description: 'print one JSON document on stdout instead of text' },
  help: { type: 'boolean', short: 'h', description: 'show this help' },
};

/** The exit-status paragraph of every help text. */
export const EXIT_CODES_HELP = 'Exit status: 0 no errors (warnings allowed), 1 errors found, 2 bad arguments or unreadable input.';

/**
 * Parses `argv` (the arguments after the command name) against `options`. Understands
 * `--name`, `--name=value`, `--name value`, `-x`, a lone `-` (standard input) and `--` (the
 * rest are positionals). Error messages name the option, never echo a value.
 */
export function parseArgs(argv: readonly string[], options: Readonly<Record<string, OptionSpec>>): ParsedArgs {
  const values: ParsedArgs['values'] = {};
  const positionals: string[] = [];
  const byShort = new Map(Object.entries(options).flatMap(([name, spec]) => (spec.short ? [[spec.short, name] as const] : [])));
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const flag = equals === -1 ? arg : arg.slice(0, equals);
    const name = flag.startsWith('--') ? flag.slice(2) : byShort.get(flag.slice(1));
    const spec = name !== undefined && Object.prototype.hasOwnProperty.call(options, name) ? options[name] : undefined;
    if (name === undefined || spec === undefined) throw new UsageError(`unknown option ${flag}`);
    if (spec.type === 'boolean') {
      if (equals !== -1) throw new UsageError(`option ${flag} does not take a value`);
      values[name] = true;
    } else {
      let value: string;
      if (equals !== -1) value = arg.slice(equals + 1);
      else {
        const next = argv[i + 1];
        if (next === undefined || (next.startsWith('-') && next !== '-'))
          throw new UsageError(`option ${flag} needs a value (${spec.valueName ?? 'VALUE'})`);
        value = next;
        i += 1;
      }
      const previous = values[name];
      values[name] = spec.multiple === true ? [...(Array.isArray(previous) ? previous : []), value] : value;
    }
  }
  return { positionals, values };
}

/** The usage line of a command. */
export function usageOf(program: string, command: Command): string {
  return `Usage: ${program} ${command.name} [options] ${command.args}`;
}

function optionLines(options: Readonly<Record<string, OptionSpec>>): string[] {
  const rows = Object.entries(options).map(([name, spec]) => {
    const short = spec.short ? `-${spec.short}, ` : '';
    const value = spec.type === 'string' ? ` ${spec.valueName ?? 'VALUE'}` : '';
    return [`${short}--${name}${value}`, `${spec.description}${spec.multiple === true ? ' (repeatable)' : ''}`] as const;
  });
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

/** The `--help` text of a command. */
export function helpOf(program: string, command: Command): string {
  return [
    usageOf(program, command),
    '',
    command.summary,
    '',
    command.description,
    '',
    'Options:',
    ...optionLines({ ...command.options, ...COMMON_OPTIONS }),
    '',
    EXIT_CODES_HELP,
  ].join('\n');
}

/** Rejects a command line that reads standard input (`-`) more than once. */
export function checkInputs(files: readonly string[], command: string): void {
  if (files.length === 0) throw new UsageError(`${command} needs at least one FILE (or - for standard input)`);
  if (files.filter((file) => file === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
}

/** How an input is named in output: its path, or `<stdin>`. */
export function labelOf(file: string): string {
  return file === '-' ? '<stdin>' : file;
}

/** A file system error in words, without the message (which may repeat the path). */
export function describeReadError(error: unknown): { code: string; message: string } {
  const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : 'EIO';
  const words: Record<string, string> = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a directory',
    ENOTDIR: 'a parent is not a directory',
    ERR_FS_FILE_TOO_LARGE: 'too large to read (over 2 GB)',
  };
  return { code, message: words[code] ?? `read failed (${code})` };
}

/**
 * One issue as a compiler-style line: `FILE:PATH: severity: message [code]`. The message's
 * leading path is not repeated.
 */
export function formatIssue(label: string, issue: ValidationIssue): string {
  const where = issue.path === '' ? label : `${label}:${issue.path}`;
  const message =
    issue.path !== '' && issue.message.startsWith(`${issue.path} `) ? issue.message.slice(issue.path.length + 1) : issue.message;
  return `${where}: ${issue.severity}: ${message} [${issue.code}]`;
}

/** `2 errors, 1 warning` for the issues that are there. */
export function countIssues(issues: readonly ValidationIssue[]): string {
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.length - errors;
  const parts = [];
  if (errors > 0) parts.push(`${errors} ${errors === 1 ? 'error' : 'errors'}`);
  if (warnings > 0) parts.push(`${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
  return parts.join(', ');
}

/** What happened to one input: the check's result, or why it could not be read. */
export type InputReport<R extends ValidationResult> = { file: string; error: { code: string; message: string } } | ({ file: string } & R);

/**
 * The loop every checking command shares: reads each input (`-` is standard input), checks it,
 * then prints either one JSON document (`{ ok, files: [...] }`) or, per input, one line per issue,
 * the lines `summarize` gives, and unreadable inputs on stderr. Returns the exit status:
 * 2 when an input could not be read, else 1 when any check found an error, else 0.
 */
export async function checkInputsEach<R extends ValidationResult>(
  command: string,
  files: readonly string[],
  context: Context,
  check: (bytes: Uint8Array, file: string) => R,
  summarize: (report: { file: string } & R) => string[],
): Promise<ExitCode> {
  checkInputs(files, command);
  const reports: InputReport<R>[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await context.read(file);
    } catch (error) {
      reports.push({ file: labelOf(file), error: describeReadError(error) });
      continue;
    }
    reports.push({ file: labelOf(file), ...check(bytes, file) });
  }
  const unreadable = reports.some((report) => 'error' in report);
  const failed = reports.some((report) => !('error' in report) && !report.ok);
  if (context.json) {
    context.out(JSON.stringify({ ok: !unreadable && !failed, files: reports }, null, 2));
  } else {
    for (const report of reports) {
      if ('error' in report) {
        context.err(`${report.file}: cannot read: ${report.error.message} (${report.error.code})`);
        continue;
      }
      for (const issue of report.issues) context.out(formatIssue(report.file, issue));
      for (const line of summarize(report)) context.out(line);
    }
  }
  return unreadable ? EXIT_USAGE : failed ? EXIT_ISSUES : EXIT_OK;
}

/** `ok`, `ok with 1 warning` or `2 errors, 1 warning`. */
export function statusOf(result: ValidationResult): string {
  if (!result.ok) return countIssues(result.issues);
  return result.issues.length === 0 ? 'ok' : `ok with ${countIssues(result.issues)}`;
}
