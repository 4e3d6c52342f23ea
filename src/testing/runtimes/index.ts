// Handlers that run outside this process, for the simulator: Python, and any runtime behind
// the Lambda Invoke API.
export type { SimulatedHandler } from '../options.js';
export { type PythonHandlerOptions, type RuntimeHandler, pythonHandler, splitPythonTarget } from './python.js';
export { type InvokeUrlOptions, invokeUrlHandler, invocationsUrl } from './invoke-url.js';
