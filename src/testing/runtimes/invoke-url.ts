// Drives a function in any runtime through the Lambda Invoke API, as `sam local start-lambda`
// and the Lambda runtime interface emulator serve it.
import type { SimulatedHandler } from '../options.js';

/**
 * Options of {@link invokeUrlHandler}.
 * @category Testing
 */
export interface InvokeUrlOptions {
  /** The function name in the path. @defaultValue `"function"` (the runtime interface emulator's) */
  functionName?: string;
}

/**
 * A handler that sends each event to `POST {url}/2015-03-31/functions/{name}/invocations` (the
 * Lambda Invoke API) and returns the response: run any runtime under the simulator with
 * `sam local start-lambda` (`http://127.0.0.1:3001`, the template's function name) or the Lambda
 * runtime interface emulator (`http://localhost:9000`, `function`). A URL that already names
 * the invocations path is used as is. A function error (the `X-Amz-Function-Error` header) is
 * thrown as `Error("<errorType>: <errorMessage>")`; log lines the server returns in
 * `X-Amz-Log-Result` are written with `console.log`.
 * @example
 * ```ts
 * const call = await simulateCall(invokeUrlHandler('http://127.0.0.1:3001', { functionName: 'SmaFunction' }));
 * ```
 * @category Testing
 */
export function invokeUrlHandler(url: string, options: InvokeUrlOptions = {}): SimulatedHandler {
  const endpoint = invocationsUrl(url, options.functionName ?? 'function');
  return async (event: unknown) => {
    const reply = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-amz-log-type': 'Tail', 'x-amz-invocation-type': 'RequestResponse' },
      body: JSON.stringify(event),
    });
    const text = await reply.text();
    const logs = reply.headers.get('x-amz-log-result');
    if (logs) console.log(Buffer.from(logs, 'base64').toString('utf8').replace(/\n$/, ''));
    const functionError = reply.headers.get('x-amz-function-error');
    if (!reply.ok || functionError !== null) {
      let detail = text.slice(0, 500);
      try {
        const body = JSON.parse(text) as { errorType?: unknown; errorMessage?: unknown; message?: unknown };
        detail = `${String(body.errorType ?? functionError ?? `HTTP ${reply.status}`)}: ${String(body.errorMessage ?? body.message ?? '')}`;
      } catch {
        detail = `HTTP ${reply.status}: ${detail}`;
      }
      throw new Error(detail);
    }
    return text.trim() === '' ? undefined : (JSON.parse(text) as unknown);
  };
}

/** The Invoke API URL of a function on a server, unless `url` already is one. */
export function invocationsUrl(url: string, functionName: string): string {
  const parsed = new URL(url);
  if (!/^https?:$/.test(parsed.protocol)) throw new Error(`invokeUrlHandler(): ${parsed.protocol} is not http: or https:`);
  if (/\/2015-03-31\/functions\/[^/]+\/invocations\/?$/.test(parsed.pathname)) return parsed.href;
  return `${parsed.href.replace(/\/+$/, '')}/2015-03-31/functions/${encodeURIComponent(functionName)}/invocations`;
}
