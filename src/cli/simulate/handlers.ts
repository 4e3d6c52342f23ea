// Where the handler under test comes from: a JavaScript or TypeScript module, a Python file
// (through the bridge of chime-sma-kit/testing), or a server of the Lambda Invoke API.
import { type SimulatedHandler, invokeUrlHandler, pythonHandler, splitPythonTarget } from '../../testing/runtimes/index.js';
import { isRecord } from '../../validation/index.js';
import { type Context, describeReadError } from '../command.js';
import { NoTypeScriptLoader } from '../load-module.js';

/** How the handler is picked from a module's exports. */
export interface FoundHandler {
  /** The export used: `handler`, `default`, `default.handler`, or the `--export` name. */
  name: string;
  /** The function. */
  handler: SimulatedHandler;
}

/**
 * The handler of a module: the named `exportName` when given; else the `handler` export, else
 * the default export when it is a function, else `handler` on the default export (a CommonJS
 * `module.exports = { handler }` the loader could not see through). `undefined` when none is a
 * function.
 */
export function findHandler(namespace: Record<string, unknown>, exportName?: string): FoundHandler | undefined {
  const fallback = isRecord(namespace.default) ? namespace.default : {};
  const candidates: [string, unknown][] =
    exportName !== undefined
      ? [
          [exportName, Object.prototype.hasOwnProperty.call(namespace, exportName) ? namespace[exportName] : undefined],
          [`default.${exportName}`, Object.prototype.hasOwnProperty.call(fallback, exportName) ? fallback[exportName] : undefined],
        ]
      : [
          ['handler', namespace.handler],
          ['default', namespace.default],
          ['default.handler', fallback.handler],
        ];
  const found = candidates.find(([, value]) => typeof value === 'function');
  return found === undefined ? undefined : { name: found[0], handler: found[1] as SimulatedHandler };
}

/** What a module exports, for the message when no handler is found. */
function exportsOf(namespace: Record<string, unknown>): string {
  const describe = (value: unknown): string =>
    typeof value === 'function' ? 'function' : value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  const names = Object.keys(namespace)
    .sort()
    .map((name) => `${name} (${describe(namespace[name])})`);
  return names.length === 0 ? 'it exports nothing' : `it exports ${names.join(', ')}`;
}

/** Why a module did not load, in one line. */
function describeLoadError(error: unknown): string {
  const code = isRecord(error) && typeof error.code === 'string' ? error.code : undefined;
  if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES' || code === 'ENOTDIR') {
    const { message } = describeReadError(error);
    return `${message} (${code})`;
  }
  if (error instanceof NoTypeScriptLoader) return error.message;
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `${code !== undefined && !text.includes(code) ? `${code}: ` : ''}${text.split('\n')[0]}`;
}

/** A loaded handler: the function, what it is called in reports, and how to stop its runtime. */
export interface LoadedHandler {
  /** The export or function used. */
  name: string;
  /** The handler. */
  handler: SimulatedHandler;
  /** Stops a runtime in another process (Python). */
  close?: () => Promise<void>;
}

/** Where to get the handler from, as the command line says. */
export type HandlerSource =
  | { kind: 'module'; file: string; exportName?: string }
  | { kind: 'python'; target: string }
  | { kind: 'invoke-url'; url: string; functionName?: string };

/** Loads the handler, or returns why it cannot be (a sentence for the user). */
export async function loadHandler(source: HandlerSource, context: Context): Promise<LoadedHandler | string> {
  if (source.kind === 'invoke-url') {
    return {
      name: source.functionName ?? 'function',
      handler: invokeUrlHandler(source.url, source.functionName === undefined ? {} : { functionName: source.functionName }),
    };
  }
  if (source.kind === 'python') {
    const { file, functionName } = splitPythonTarget(source.target);
    try {
      await context.read(file);
    } catch (error) {
      return `cannot load: ${describeLoadError(error)}`;
    }
    try {
      const python = await pythonHandler(source.target);
      return { name: functionName, handler: python.handler, close: python.close };
    } catch (error) {
      return `cannot load: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  let namespace: Record<string, unknown>;
  try {
    namespace = await context.load(source.file);
  } catch (error) {
    return `cannot load: ${describeLoadError(error)}`;
  }
  const found = findHandler(namespace, source.exportName);
  if (found === undefined) {
    const wanted =
      source.exportName === undefined
        ? 'a "handler" export or a default export that is a function'
        : `an export "${source.exportName}" that is a function`;
    return `no handler: expected ${wanted}; ${exportsOf(namespace)}`;
  }
  return found;
}
