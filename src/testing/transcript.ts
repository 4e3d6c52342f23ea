import { isActionType } from '../actions/index.js';
import { isRecord } from '../validation/index.js';
import { behaviours } from './behaviours/index.js';
import { str } from './show.js';
import type { JsonObject } from './call-state.js';

/**
 * What became of one attempt to invoke the handler.
 * - `returned`: the handler answered in time;
 * - `threw`: the handler threw or rejected (a function error);
 * - `timed-out`: the handler took longer than the service waits (20 s).
 * @category Testing
 */
export type AttemptOutcome = 'returned' | 'threw' | 'timed-out';

/**
 * One attempt to invoke the handler with an event (the service retries a failed one).
 * @category Testing
 */
export interface InvocationAttempt {
  /** What happened. */
  outcome: AttemptOutcome;
  /** How long the invocation took on the virtual clock, in milliseconds. */
  latencyMs: number;
  /** The error's message when the handler threw. */
  error?: string;
}

/**
 * How the simulated service treated the handler's response:
 * - `applied`: it ran the returned actions (or kept the pending ones for a NULL action set);
 * - `ignored`: the service ignores responses to this event (NEW_OUTBOUND_CALL, RINGING,
 *   ACTION_INTERRUPTED, a HANGUP with no connected leg left); TransactionAttributes are kept;
 * - `invalid`: the response broke the envelope rules; an INVALID_LAMBDA_RESPONSE event follows;
 * - `failed`: every attempt threw or timed out; the service hung the call up with 480.
 * @category Testing
 */
export type ResponseHandling = 'applied' | 'ignored' | 'invalid' | 'failed';

/**
 * An event sent to the handler and what came back.
 * @category Testing
 */
export interface InvocationEntry {
  /** The entry kind. */
  kind: 'invocation';
  /** Virtual time of the invocation, in milliseconds since the call started. */
  atMs: number;
  /** The event's `Sequence`. */
  sequence: number;
  /** The event's `InvocationEventType`. */
  eventType: string;
  /** `ActionData.Type` when the event has one. */
  actionType?: string;
  /** The event exactly as the handler received it (wire JSON). */
  event: JsonObject;
  /** Every attempt, in order (two when the service retried). */
  attempts: InvocationAttempt[];
  /** The response as wire JSON (what `JSON.stringify` made of the returned value); absent when none came back. */
  response?: unknown;
  /** How the service treated the response. */
  handling: ResponseHandling;
  /** Why the response was invalid (`handling: 'invalid'`), one line per problem. */
  problems?: string[];
  /** The step the call is in after this response (see `SimulatorOptions.stepAttribute`), when the handler stores one. */
  step?: string;
}

/**
 * Something that happened in the simulated world or service between invocations: an action
 * started or ended, the caller pressed keys, a far end answered, a leg hung up …
 * @category Testing
 */
export interface NoteEntry {
  /** The entry kind. */
  kind: 'note';
  /** Virtual time, in milliseconds since the call started. */
  atMs: number;
  /** A short sentence for a person. */
  text: string;
  /**
   * Set on the notes that report a problem of the call rather than an event of it: `loop` (the
   * simulator stopped a zero-time loop, see `SimulatorOptions.loopLimit`) and
   * `invocation_limit` (the service's limit of invocations per call was reached).
   */
  code?: 'loop' | 'invocation_limit';
}

/**
 * One line of a transcript.
 * @category Testing
 */
export type TranscriptEntry = InvocationEntry | NoteEntry;

/**
 * `mm:ss.mmm` of a virtual time, as the transcript shows it.
 * @category Testing
 */
export function formatTime(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.floor((ms % 60_000) / 1000);
  const millis = ms % 1000;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}.${String(millis).padStart(3, '0')}`;
}

/**
 * A one-line summary of a wire action for a person: type, target and its salient parameters
 * (join tokens and phone numbers masked).
 * @category Testing
 */
export function describeAction(action: unknown): string {
  if (!isRecord(action)) return String(action);
  const type = str(action.Type) ?? '(no Type)';
  const p = isRecord(action.Parameters) ? action.Parameters : {};
  const target = p.CallId !== undefined ? ` on ${str(p.CallId)}` : p.ParticipantTag !== undefined ? ` on ${str(p.ParticipantTag)}` : '';
  // The salient parameters, as the action's simulator behaviour describes them (masked there).
  const details: string[] = isActionType(type) ? behaviours[type].describe(p) : [];
  const shown = details.filter((d) => d !== '');
  return `${type}${target}${shown.length > 0 ? ` (${shown.join(', ')})` : ''}`;
}

function describeEvent(entry: InvocationEntry): string {
  const { event } = entry;
  const data = isRecord(event.ActionData) ? event.ActionData : undefined;
  const parts: string[] = [`#${entry.sequence} ${entry.eventType}`];
  if (data !== undefined) {
    const params = isRecord(data.Parameters) ? data.Parameters : {};
    let head = str(data.Type) ?? '';
    if (entry.eventType === 'HANGUP') head = `${str(params.ParticipantTag) ?? '?'} hung up, code ${str(params.SipResponseCode) ?? '?'}`;
    if (entry.eventType === 'CALL_UPDATE_REQUESTED') head = `Arguments ${JSON.stringify(params.Arguments ?? {})}`;
    const extras: string[] = [];
    if (typeof data.ReceivedDigits === 'string') extras.push(`ReceivedDigits=${JSON.stringify(data.ReceivedDigits)}`);
    if (typeof data.ErrorType === 'string') extras.push(`${data.ErrorType}: ${str(data.ErrorMessage) ?? ''}`);
    if (typeof data.Error === 'string') extras.push(data.Error);
    if (isRecord(data.IntentResult) && isRecord(data.IntentResult.SessionState) && isRecord(data.IntentResult.SessionState.Intent)) {
      const intent = data.IntentResult.SessionState.Intent;
      extras.push(`intent ${str(intent.Name) ?? '?'} ${str(intent.State) ?? ''}`.trim());
    }
    if (isRecord(data.CallRecordingDestination)) extras.push(`recording ${str(data.CallRecordingDestination.Location) ?? '?'}`);
    if (isRecord(data.RecordingDestination)) extras.push(`recorded ${str(data.RecordingDestination.Key) ?? '?'}`);
    parts.push(`${head}${extras.length > 0 ? ` — ${extras.join('; ')}` : ''}`);
  }
  if (typeof event.ErrorType === 'string') parts.push(`${event.ErrorType}: ${str(event.ErrorMessage) ?? ''}`);
  const details = isRecord(event.CallDetails) ? event.CallDetails : {};
  const legs = Array.isArray(details.Participants) ? details.Participants.filter(isRecord) : [];
  const legText = legs.map((leg) => `${str(leg.ParticipantTag)} ${str(leg.Status) ?? 'ringing'}`).join(', ');
  return `${parts.join(' ')}  [${legText}]`;
}

function describeResponse(response: unknown): string {
  if (response === undefined) return '(no response)';
  if (!isRecord(response)) return `(not an SMA response: ${JSON.stringify(response)?.slice(0, 60) ?? String(response)})`;
  const parts: string[] = [];
  const { Actions: list } = response;
  if (list === undefined || list === null) parts.push('no action list (pending actions kept)');
  else if (Array.isArray(list)) parts.push(list.length === 0 ? '[] (stop)' : list.map(describeAction).join('; '));
  else parts.push(`Actions: ${JSON.stringify(list)}`);
  if (response.TransactionAttributes !== undefined) parts.push(`TransactionAttributes ${JSON.stringify(response.TransactionAttributes)}`);
  return parts.join(' | ');
}

/**
 * The record of a simulated call: every event sent to the handler, what came back, and what
 * happened in between. Stable (virtual time, seeded ids), so it can be compared in snapshot tests.
 * @category Testing
 */
export class Transcript {
  /** Every entry, in order. */
  readonly entries: TranscriptEntry[] = [];

  /** Adds an entry. */
  add(entry: TranscriptEntry): void {
    this.entries.push(entry);
  }

  /** The invocation entries only. */
  get invocations(): InvocationEntry[] {
    return this.entries.filter((entry): entry is InvocationEntry => entry.kind === 'invocation');
  }

  /** The events sent to the handler, in order. */
  get events(): JsonObject[] {
    return this.invocations.map((entry) => entry.event);
  }

  /**
   * A compact list of the events sent: `"NEW_INBOUND_CALL"`, `"ACTION_SUCCESSFUL PlayAudio"`
   * (ACTION_* events name their action), `"HANGUP LEG-A"` … handy for `toEqual` assertions.
   */
  get eventSummary(): string[] {
    return this.invocations.map((entry) => {
      if (entry.eventType === 'HANGUP') {
        const data =
          isRecord(entry.event.ActionData) && isRecord(entry.event.ActionData.Parameters) ? entry.event.ActionData.Parameters : {};
        return `HANGUP ${str(data.ParticipantTag) ?? '?'}`;
      }
      return entry.actionType !== undefined && entry.eventType.startsWith('ACTION_')
        ? `${entry.eventType} ${entry.actionType}`
        : entry.eventType;
    });
  }

  /**
   * The transcript as text for a person: one line per event (`→`), response (`←`) and note
   * (`·`), each with its virtual time. Phone numbers and join tokens are masked.
   */
  toText(): string {
    const lines: string[] = [];
    for (const entry of this.entries) {
      const time = formatTime(entry.atMs);
      if (entry.kind === 'note') {
        lines.push(`${time}   · ${entry.text}`);
        continue;
      }
      lines.push(`${time} → ${describeEvent(entry)}`);
      for (const attempt of entry.attempts) {
        if (attempt.outcome === 'threw')
          lines.push(`${' '.repeat(time.length)}   ✗ handler threw after ${attempt.latencyMs} ms: ${attempt.error ?? ''}`);
        if (attempt.outcome === 'timed-out') lines.push(`${' '.repeat(time.length)}   ✗ handler timed out (${attempt.latencyMs} ms)`);
      }
      const handling =
        (entry.handling === 'applied' ? '' : ` [${entry.handling}]`) + (entry.step === undefined ? '' : ` {step ${entry.step}}`);
      if (entry.handling !== 'failed') lines.push(`${' '.repeat(time.length)} ← ${describeResponse(entry.response)}${handling}`);
      for (const problem of entry.problems ?? []) lines.push(`${' '.repeat(time.length)}   ! ${problem}`);
    }
    return lines.join('\n');
  }

  /** The entries as plain JSON (for `JSON.stringify` and snapshots). */
  toJSON(): TranscriptEntry[] {
    return this.entries;
  }
}
