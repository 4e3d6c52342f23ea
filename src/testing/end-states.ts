// The problems a simulated call shows by how it went and how it ended, found in its record:
// a loop the simulator stopped, the service's limit of invocations, and legs left up in silence.
import { type ValidationIssue, isRecord } from '../validation/index.js';
import type { JsonObject } from './call-state.js';
import { type InvocationEntry, type Transcript, formatTime } from './transcript.js';

/**
 * Something wrong with a simulated call (a {@link ValidationIssue} placed in time).
 * `path` is `#<Sequence>` of the event concerned.
 * @category Testing
 */
export interface SimulationIssue extends ValidationIssue {
  /** `Sequence` of the event concerned (`0` before the first). */
  sequence: number;
  /** Virtual time, in ms since the call started. */
  atMs: number;
}

/**
 * What {@link callIssues} reads of a call: a {@link CallSimulation} fits.
 * @category Testing
 */
export interface CallRecord {
  /** The call's transcript (its entries, in order). */
  transcript: Pick<Transcript, 'entries'>;
  /** The legs now, as `Participants` entries. */
  participants: readonly JsonObject[];
  /** Virtual time now. */
  now: number;
}

/**
 * The problems of a simulated call as it stands, all errors:
 * - `loop`: the same event was answered by the same response `loopLimit` times in a row with no
 *   virtual time passing, and the simulator stopped the call;
 * - `invocation_limit`: the call reached the service's limit of invocations and was hung up;
 * - `leg_left_connected`: one leg is still connected after the other hung up (a far end left
 *   in silence, billed until it hangs up);
 * - `call_still_up`: the only leg is still connected with nothing more to happen (no action
 *   pending, nothing scheduled: the caller hears silence).
 *
 * Call it after `run()`: two connected legs (a bridge, a meeting) are a conversation, not an issue.
 * @example
 * ```ts
 * const call = await simulateCall(handler, { digits: '1#' });
 * expect(callIssues(call)).toEqual([]);
 * ```
 * @category Testing
 */
export function callIssues(call: CallRecord): SimulationIssue[] {
  const issues: SimulationIssue[] = [];
  let last: InvocationEntry | undefined;
  for (const entry of call.transcript.entries) {
    if (entry.kind === 'invocation') last = entry;
    else if (entry.code !== undefined) issues.push(issue(entry.code, entry.text, last, entry.atMs));
  }
  const legs = call.participants;
  const connected = legs.filter((leg) => leg.Status === 'Connected');
  if (connected.length !== 1) return issues;
  const [up] = connected as [JsonObject];
  const hangup = [...call.transcript.entries]
    .reverse()
    .find(
      (entry): entry is InvocationEntry =>
        entry.kind === 'invocation' && entry.eventType === 'HANGUP' && hangupParameters(entry).CallId !== up.CallId,
    );
  const tag = String(up.ParticipantTag);
  if (hangup !== undefined) {
    const who = hangupParameters(hangup).ParticipantTag;
    issues.push(
      issue(
        'leg_left_connected',
        `${tag} is still connected after ${typeof who === 'string' ? who : 'the other leg'} hung up ` +
          `(HANGUP #${hangup.sequence} at ${formatTime(hangup.atMs)}): ` +
          `that party hears silence and the call is billed until it hangs up; answer the HANGUP with a Hangup action on ${tag}`,
        last,
        call.now,
      ),
    );
  } else {
    issues.push(
      issue(
        'call_still_up',
        `${tag} is still connected with nothing more to happen (no action pending, nothing scheduled): ` +
          'the caller hears silence; end the call with a Hangup action',
        last,
        call.now,
      ),
    );
  }
  return issues;
}

/** A HANGUP's `ActionData.Parameters`, or `{}` for a hand-built record without them. */
function hangupParameters(entry: InvocationEntry): JsonObject {
  const data = entry.event.ActionData;
  return isRecord(data) && isRecord(data.Parameters) ? data.Parameters : {};
}

function issue(code: string, message: string, entry: InvocationEntry | undefined, atMs: number): SimulationIssue {
  const sequence = entry?.sequence ?? 0;
  return { path: `#${sequence}`, code, message, severity: 'error', sequence, atMs };
}
