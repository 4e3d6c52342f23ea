// Runs a Python Lambda handler for the simulator: one `python3` process per module instance
// (a call, or the calls of one warm container), speaking JSON lines on its stdin and stdout.
// The bridge is the small script below, passed with `-c`: nothing is written to disk.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { isRecord } from '../../validation/index.js';
import type { SimulatedHandler } from '../options.js';

/**
 * The bridge: loads the module from its path, then for each line `{event, context}` calls the
 * function and answers one line `{type: "result" | "error", ..., stdout, stderr}` with what the
 * handler printed meanwhile. Load failures answer `{type: "load_error"}` and exit.
 */
const BRIDGE = String.raw`
import contextlib, importlib.util, io, json, os, sys, traceback
path, name = sys.argv[1], sys.argv[2]
out = sys.stdout
sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
def send(message):
    out.write(json.dumps(message) + "\n")
    out.flush()
def printed(captured):
    return {"stdout": captured["stdout"], "stderr": captured["stderr"]}
class LambdaContext:
    def __init__(self, fields):
        self._remaining = fields.pop("remaining_time_in_millis", 20000)
        self.__dict__.update(fields)
    def get_remaining_time_in_millis(self):
        return self._remaining
def run(function, *args):
    stdout, stderr = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            return {"value": function(*args), "stdout": stdout.getvalue(), "stderr": stderr.getvalue()}
    except BaseException as error:
        return {"error": error, "trace": traceback.format_exc(), "stdout": stdout.getvalue(), "stderr": stderr.getvalue()}
def load():
    spec = importlib.util.spec_from_file_location(os.path.splitext(os.path.basename(path))[0], path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
loaded = run(load)
if "error" in loaded:
    error = loaded["error"]
    send({"type": "load_error", "error": "".join(traceback.format_exception_only(type(error), error)).strip(), **printed(loaded)})
    sys.exit(0)
function = getattr(loaded["value"], name, None)
if not callable(function):
    names = sorted(key for key, value in vars(loaded["value"]).items() if callable(value) and not key.startswith("_"))
    send({"type": "load_error", "error": "no function %r (it defines %s)" % (name, ", ".join(names) or "no function"), **printed(loaded)})
    sys.exit(0)
send({"type": "ready", **printed(loaded)})
for line in sys.stdin:
    request = json.loads(line)
    result = run(function, request["event"], LambdaContext(request["context"]))
    if "error" in result:
        error = result["error"]
        send({"type": "error", "errorType": type(error).__name__, "errorMessage": str(error), "trace": result["trace"], **printed(result)})
        continue
    try:
        send({"type": "result", "result": result["value"], **printed(result)})
    except (TypeError, ValueError) as error:
        message = "the response is not JSON serializable: %s" % error
        send({"type": "error", "errorType": "Runtime.MarshalError", "errorMessage": message, **printed(result)})
`;

/**
 * A handler running in another process or runtime, with the means to stop it.
 * @category Testing
 */
export interface RuntimeHandler {
  /** The handler to give {@link simulateCall}. */
  handler: SimulatedHandler;
  /** Stops the runtime (ends the process). Call it when the calls are done. */
  close(): Promise<void>;
}

/**
 * Options of {@link pythonHandler}.
 * @category Testing
 */
export interface PythonHandlerOptions {
  /** The Python interpreter. @defaultValue `"python3"` */
  python?: string;
  /** The function's environment: the current one plus these variables. */
  env?: Record<string, string>;
}

/**
 * Starts a Python Lambda handler (`handler.py` runs `lambda_handler`, or `handler.py:function`)
 * in one `python3` process, for the simulator. The handler gets the event as a `dict` and a
 * context with the Lambda attributes (`aws_request_id`, `get_remaining_time_in_millis()` …);
 * what it prints on stdout is logged with `console.log`, on stderr with `console.info`, while
 * the event runs; an exception is thrown as `Error("<Type>: <message>")`, like the Lambda runtime
 * reports it. The process inherits the environment.
 * @example
 * ```ts
 * const python = await pythonHandler('lambda/ivr.py:lambda_handler');
 * try {
 *   const call = await simulateCall(python.handler, { digits: '1#' });
 * } finally {
 *   await python.close();
 * }
 * ```
 * @throws Error when the module cannot be imported or has no such function (with its traceback line).
 * @category Testing
 */
export async function pythonHandler(target: string, options: PythonHandlerOptions = {}): Promise<RuntimeHandler> {
  const { file, functionName } = splitPythonTarget(target);
  const child = spawn(options.python ?? 'python3', ['-u', '-c', BRIDGE, file, functionName], {
    env: { ...process.env, ...options.env, PYTHONIOENCODING: 'utf-8' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const replies = new Replies(child);
  const ready = await replies.next();
  forwardOutput(ready);
  if (ready.type !== 'ready') {
    await replies.close();
    throw new Error(`${basename(file)}: ${typeof ready.error === 'string' ? ready.error : 'the Python bridge did not start'}`);
  }
  const handler = async (event: unknown, context: unknown): Promise<unknown> => {
    replies.send({ event, context: pythonContext(context) });
    const reply = await replies.next();
    forwardOutput(reply);
    if (reply.type === 'result') return reply.result ?? undefined;
    throw new Error(`${String(reply.errorType ?? 'Error')}: ${String(reply.errorMessage ?? reply.error ?? 'the Python process stopped')}`);
  };
  return { handler, close: () => replies.close() };
}

/** `file.py:function` → its parts; `lambda_handler` by default, as the AWS templates name it. */
export function splitPythonTarget(target: string): { file: string; functionName: string } {
  const match = /^(.*\.py):([A-Za-z_][A-Za-z0-9_]*)$/.exec(target);
  return match ? { file: match[1] as string, functionName: match[2] as string } : { file: target, functionName: 'lambda_handler' };
}

/** The Python context's fields, from the simulator's Node-style context. */
function pythonContext(context: unknown): Record<string, unknown> {
  const c = isRecord(context) ? context : {};
  const remaining = typeof c.getRemainingTimeInMillis === 'function' ? (c.getRemainingTimeInMillis as () => number)() : 20_000;
  return {
    function_name: c.functionName,
    function_version: c.functionVersion,
    invoked_function_arn: c.invokedFunctionArn,
    memory_limit_in_mb: c.memoryLimitInMB,
    aws_request_id: c.awsRequestId,
    log_group_name: c.logGroupName,
    log_stream_name: c.logStreamName,
    remaining_time_in_millis: remaining,
  };
}

/** The handler's printed output, as console lines the caller can capture. */
function forwardOutput(reply: Record<string, unknown>): void {
  for (const [stream, log] of [
    ['stdout', console.log],
    ['stderr', console.info],
  ] as const) {
    const text = reply[stream];
    if (typeof text === 'string' && text !== '') log(text.replace(/\n$/, ''));
  }
}

/** The JSON lines of the bridge, one reply per request. */
class Replies {
  readonly #child: ChildProcessWithoutNullStreams;
  readonly #lines: string[] = [];
  readonly #waiting: ((line: string | undefined) => void)[] = [];
  #stderr = '';
  #exited = false;

  constructor(child: ChildProcessWithoutNullStreams) {
    this.#child = child;
    createInterface({ input: child.stdout }).on('line', (line) => {
      const waiter = this.#waiting.shift();
      if (waiter) waiter(line);
      else this.#lines.push(line);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      this.#stderr += chunk.toString('utf8');
    });
    const stop = (): void => {
      this.#exited = true;
      for (const waiter of this.#waiting.splice(0)) waiter(undefined);
    };
    child.on('exit', stop);
    child.on('error', (error: NodeJS.ErrnoException) => {
      this.#stderr += error.code === 'ENOENT' ? 'python3 was not found on the PATH' : error.message;
      stop();
    });
  }

  send(message: unknown): void {
    if (!this.#exited) this.#child.stdin.write(`${JSON.stringify(message)}\n`);
  }

  async next(): Promise<Record<string, unknown>> {
    const line =
      this.#lines.shift() ?? (this.#exited ? undefined : await new Promise<string | undefined>((resolve) => this.#waiting.push(resolve)));
    if (line === undefined)
      return {
        type: 'exit',
        error: `the Python process stopped${this.#stderr.trim() === '' ? '' : `: ${this.#stderr.trim().split('\n').at(-1)}`}`,
      };
    try {
      const parsed: unknown = JSON.parse(line);
      if (isRecord(parsed)) return parsed;
    } catch {
      // A line the bridge did not write (the handler wrote to the real stdout): show it as output.
    }
    const rest = await this.next();
    return { ...rest, stdout: `${line}\n${typeof rest.stdout === 'string' ? rest.stdout : ''}` };
  }

  async close(): Promise<void> {
    if (this.#exited) return;
    const exited = new Promise<void>((resolve) => this.#child.once('exit', () => resolve()));
    this.#child.stdin.end();
    const timer = setTimeout(() => this.#child.kill(), 2000);
    await exited;
    clearTimeout(timer);
  }
}
