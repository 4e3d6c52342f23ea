// Finds a call that loops in zero virtual time: the same event answered by the same response
// again and again (typically an action the service rejects, answered with the same action).
// The service would repeat such an exchange until its limit of invocations per call; the
// simulator stops it early and names the loop instead of printing a thousand identical lines.
import { isRecord } from '../validation/index.js';
import type { InvocationEntry } from './transcript.js';

/**
 * How many identical exchanges in a row, with no virtual time passing, make a loop.
 * @category Testing
 */
export const DEFAULT_LOOP_LIMIT = 10;

/** Tracks the last exchanges of one call. */
export class LoopGuard {
  readonly #limit: number;
  #key: string | undefined;
  #atMs = -1;
  #count = 0;

  /** @param limit - identical zero-time exchanges that make a loop; `0` or `Infinity` never stops. */
  constructor(limit: number = DEFAULT_LOOP_LIMIT) {
    this.#limit = limit > 0 ? limit : Number.POSITIVE_INFINITY;
  }

  /**
   * Records one exchange (the event of `entry`, answered by `response`). Returns the sentence
   * that names the loop when this exchange is the `limit`-th identical one at the same virtual
   * time, else `undefined`.
   */
  observe(entry: InvocationEntry, response: unknown): string | undefined {
    const data = isRecord(entry.event.ActionData) ? entry.event.ActionData : {};
    const errorType = entry.event.ErrorType ?? data.ErrorType ?? data.Error;
    const key = JSON.stringify([entry.eventType, entry.actionType, errorType, response]);
    if (key === this.#key && entry.atMs === this.#atMs) this.#count += 1;
    else {
      this.#key = key;
      this.#atMs = entry.atMs;
      this.#count = 1;
    }
    if (this.#count < this.#limit) return undefined;
    const action = entry.actionType !== undefined && entry.eventType !== 'HANGUP' ? ` ${entry.actionType}` : '';
    const error = typeof errorType === 'string' ? ` (${errorType.split(':')[0]})` : '';
    const event = `${entry.eventType}${action}${error}`;
    return (
      `loop: ${event} was answered ${this.#count} times in a row by the same response (${actionsOf(response)}) ` +
      'with no virtual time passing; ' +
      'the simulator stops the call (the service would repeat it until its limit of invocations per call and hang up)'
    );
  }
}

/** The action types of a response, for the loop's message. */
function actionsOf(response: unknown): string {
  if (!isRecord(response)) return response === undefined ? 'no response' : 'an invalid response';
  if (!Array.isArray(response.Actions)) return 'no action list';
  const types = response.Actions.map((action) => (isRecord(action) && typeof action.Type === 'string' ? action.Type : '?'));
  return types.length === 0 ? 'an empty action list' : `[${types.join(', ')}]`;
}
