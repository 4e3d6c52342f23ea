// Several calls on one Lambda instance: a warm container serves many calls, and module-level
// state that leaks from one call into the next is a bug only a second call shows.
import type { SimulatedHandler, SimulatorOptions } from './options.js';
import { type CallSimulation, simulateCall } from './simulator.js';

/**
 * Options of {@link simulateCalls}: the world of every call, and how many calls on which instance.
 * @category Testing
 */
export interface SimulateCallsOptions extends SimulatorOptions {
  /** How many calls to play, one after the other. @defaultValue 2 */
  calls?: number;
  /**
   * `shared`: one handler (one module instance, a warm container) serves every call;
   * `fresh`: `createHandler` makes a new one for each call (a cold start each time).
   * @defaultValue `"shared"`
   */
  instance?: 'shared' | 'fresh';
}

/**
 * The seed of the call at `index` (from 0) in a run of calls: `seed`, `seed + 1` … so that each
 * call has its own ids. `simulateCalls` and the CLI's `--calls` share it.
 * @internal
 */
export const seedOfCall = (index: number, seed = 1): number => seed + index;

/**
 * Plays `calls` calls one after the other, each with its own ids (`seed`, `seed + 1` …), on one
 * handler made by `createHandler` (or a new one per call with `instance: 'fresh'`), and returns
 * them in order. Compare the calls to find state that leaks between calls of a warm container.
 * @example
 * ```ts
 * const [first, second] = await simulateCalls(async () => (await import('./handler.js')).handler, { calls: 2 });
 * expect(second.transcript.eventSummary).toEqual(first.transcript.eventSummary);
 * ```
 * @category Testing
 */
export async function simulateCalls(
  createHandler: () => SimulatedHandler | Promise<SimulatedHandler>,
  options: SimulateCallsOptions = {},
): Promise<CallSimulation[]> {
  const { calls = 2, instance = 'shared', ...world } = options;
  if (!Number.isInteger(calls) || calls < 1)
    throw new Error(`simulateCalls(): calls must be a whole number of at least 1, got ${String(calls)}`);
  const simulations: CallSimulation[] = [];
  let shared: SimulatedHandler | undefined;
  for (let index = 0; index < calls; index += 1) {
    const handler = instance === 'fresh' ? await createHandler() : (shared ??= await createHandler());
    simulations.push(await simulateCall(handler, { ...world, seed: seedOfCall(index, world.seed) }));
  }
  return simulations;
}
