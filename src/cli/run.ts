import { maskText } from '../validation/index.js';
import {
  COMMON_OPTIONS,
  type Command,
  type Context,
  EXIT_CODES_HELP,
  EXIT_OK,
  EXIT_USAGE,
  type ExitCode,
  UsageError,
  helpOf,
  parseArgs,
  usageOf,
} from './command.js';
import { commands } from './commands/index.js';

/** The program name in usage lines. */
export const PROGRAM = 'chime-sma-kit';

/** The raw outside world of the command line: the runner masks everything before writing. */
export interface Io {
  /** Writes text to stdout. */
  stdout(text: string): void;
  /** Writes text to stderr. */
  stderr(text: string): void;
  /** Reads a whole file. */
  readFile(path: string): Promise<Uint8Array>;
  /** Reads all of standard input. */
  readStdin(): Promise<Uint8Array>;
  /** Imports a module by path (see {@link Context.load}). */
  importFile(path: string): Promise<Record<string, unknown>>;
  /** The package's version, for `--version` (`undefined` when it cannot be read). */
  version?: string | undefined;
}

function topHelp(): string {
  const width = Math.max(...commands.map((command) => `${command.name} ${command.args}`.length));
  return [
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Checks for Amazon Chime SDK SIP media application (PSTN Audio) Lambda functions.',
    '',
    'Commands:',
    ...commands.map((command) => `  ${`${command.name} ${command.args}`.padEnd(width)}  ${command.summary}`),
    '',
    'Options (every command):',
    '  --json         print one JSON document on stdout instead of text',
    '  -h, --help     show help; "<command> --help" shows a command\'s help',
    '  -v, --version  print the version of chime-sma-kit',
    '',
    EXIT_CODES_HELP,
  ].join('\n');
}

/**
 * Runs the command line `argv` (the arguments after the program name) and returns the exit
 * status: 0 clean, 1 errors found, 2 usage or I/O errors.
 */
export async function runCli(argv: readonly string[], io: Io): Promise<ExitCode> {
  const out = (line: string): void => io.stdout(`${maskText(line)}\n`);
  const err = (line: string): void => io.stderr(`${maskText(line)}\n`);

  const at = argv.findIndex((arg) => !arg.startsWith('-') || arg === '-');
  const before = at === -1 ? argv : argv.slice(0, at);
  const name = at === -1 ? undefined : argv[at];
  if (name === 'help') {
    const about = argv[at + 1];
    const command = commands.find((c) => c.name === about);
    if (about !== undefined && command === undefined) return usage(err, `unknown command ${about}`);
    out(command === undefined ? topHelp() : helpOf(PROGRAM, command));
    return EXIT_OK;
  }
  if (name === undefined && (before.includes('--version') || before.includes('-v'))) {
    out(io.version ?? 'unknown (the package.json of chime-sma-kit was not found beside the program)');
    return io.version === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const unknownBefore = before.find((arg) => !['--help', '-h', '--json'].includes(arg));
  if (unknownBefore !== undefined) return usage(err, `unknown option ${unknownBefore.split('=')[0]}`);
  if (name === undefined) {
    if (before.includes('--help') || before.includes('-h')) {
      out(topHelp());
      return EXIT_OK;
    }
    return usage(err, 'no command given');
  }
  const command = commands.find((c) => c.name === name);
  if (command === undefined) return usage(err, `unknown command ${name}`);

  let args;
  try {
    args = parseArgs([...before, ...argv.slice(at + 1)], { ...command.options, ...COMMON_OPTIONS });
  } catch (error) {
    if (error instanceof UsageError) return usage(err, error.message, command);
    throw error;
  }
  if (args.values.help === true) {
    out(helpOf(PROGRAM, command));
    return EXIT_OK;
  }
  const context: Context = {
    json: args.values.json === true,
    out,
    err,
    read: (file) => (file === '-' ? io.readStdin() : io.readFile(file)),
    load: (file) => io.importFile(file),
  };
  try {
    return await command.run(args, context);
  } catch (error) {
    if (error instanceof UsageError) return usage(err, error.message, command);
    err(`${PROGRAM} ${command.name}: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_USAGE;
  }
}

function usage(err: (line: string) => void, message: string, command?: Command): ExitCode {
  err(`${PROGRAM}${command ? ` ${command.name}` : ''}: ${message}`);
  err(
    command
      ? `${usageOf(PROGRAM, command)}\nRun "${PROGRAM} ${command.name} --help" for help.`
      : `Usage: ${PROGRAM} <command> [options]\nRun "${PROGRAM} --help" for the commands.`,
  );
  return EXIT_USAGE;
}
