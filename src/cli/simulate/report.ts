// What `simulate` finds in a call and how it prints it: the handler's console output, the
// issues (the handler's failures, the response warnings of validateResponse, the call's own
// problems from callIssues), repeated issues collapsed into one line, and the transcript.
import { format } from 'node:util';
import { validateResponse } from '../../response/index.js';
import { type InvocationEntry, type SimulationIssue, Transcript, type TranscriptEntry, formatTime } from '../../testing/index.js';
import { isRecord } from '../../validation/index.js';
import { formatIssue } from '../command.js';

/** The console methods captured while the handler module loads and runs. */
const CONSOLE_LEVELS = ['log', 'info', 'debug', 'warn', 'error', 'trace'] as const;

/** A console method the handler called. */
export type LogLevel = (typeof CONSOLE_LEVELS)[number];

/** One line the handler module wrote with `console` (captured, never written straight out). */
export interface HandlerLog {
  /** The console method. */
  level: LogLevel;
  /** The text, as `console` would have formatted it. */
  text: string;
  /**
   * Index in the transcript of the invocation that was running (the entry is added when the
   * handler answers); `-1` while the module loaded.
   */
  entry: number;
}

/**
 * Replaces the `console` methods with ones that hand each line to `sink`, until the returned
 * function is called. The handler's own output must not reach stdout unmasked or break `--json`.
 */
export function captureConsole(sink: (level: LogLevel, text: string) => void): () => void {
  const saved = CONSOLE_LEVELS.map((level) => [level, console[level]] as const);
  for (const level of CONSOLE_LEVELS) {
    console[level] = (...args: unknown[]): void => sink(level, format(...args));
  }
  return () => {
    for (const [level, method] of saved) console[level] = method;
  };
}

/** Action errors that mean the handler sent an action the service could not run. */
const REJECTED_ACTION_ERRORS: ReadonlySet<string> = new Set(['InvalidActionParameter', 'MissingRequiredActionParameter']);

/** `ACTION_FAILED PlayAudio`, or `loading the module`. */
function whatOf(entry: InvocationEntry | undefined): string {
  return entry === undefined
    ? 'loading the module'
    : `${entry.eventType}${entry.actionType !== undefined && entry.eventType.startsWith('ACTION_') ? ` ${entry.actionType}` : ''}`;
}

/**
 * The handler's issues in a simulated call. Errors: the handler threw or timed out, its response
 * broke the envelope rules (the service answered INVALID_LAMBDA_RESPONSE), the service rejected
 * one of its actions (ACTION_FAILED with InvalidActionParameter or MissingRequiredActionParameter),
 * or it logged with `console.error` (how createSmaHandler reports a route that threw, an event it
 * could not parse or an invalid response, before answering its fallback). Warnings: what
 * `validateResponse` warns about in a response (a number sent as a string, an unknown parameter
 * and its "did you mean"), and `console.warn` lines.
 */
export function findIssues(entries: readonly TranscriptEntry[], logs: readonly HandlerLog[]): SimulationIssue[] {
  const issues: SimulationIssue[] = [];
  const invocationAt = (index: number): InvocationEntry | undefined => {
    const entry = entries[index];
    return entry !== undefined && entry.kind === 'invocation' ? entry : undefined;
  };
  const add = (entry: InvocationEntry | undefined, code: string, message: string, severity: 'error' | 'warning' = 'error'): void => {
    const sequence = entry?.sequence ?? 0;
    issues.push({
      path: entry === undefined ? '' : `#${sequence}`,
      code,
      message: `${whatOf(entry)}: ${message}`,
      severity,
      sequence,
      atMs: entry?.atMs ?? 0,
    });
  };
  entries.forEach((entry) => {
    if (entry.kind !== 'invocation') return;
    const failed = entry.attempts.filter((attempt) => attempt.outcome !== 'returned');
    const first = failed[0];
    if (first !== undefined) {
      const times = failed.length > 1 ? ` ${failed.length} times (the service retried)` : '';
      if (first.outcome === 'threw') add(entry, 'handler_threw', `the handler threw${times}: ${first.error ?? 'no message'}`);
      else add(entry, 'handler_timed_out', `the handler timed out${times} (${first.latencyMs} ms)`);
    }
    if (entry.handling === 'invalid')
      add(
        entry,
        'invalid_response',
        `the service rejected the response (INVALID_LAMBDA_RESPONSE follows): ${(entry.problems ?? []).join('; ')}`,
      );
    else if (entry.response !== undefined) {
      for (const issue of validateResponse(entry.response).issues) {
        if (issue.severity === 'warning') add(entry, issue.code, `the response's ${issue.message}`, 'warning');
      }
    }
    const data = isRecord(entry.event.ActionData) ? entry.event.ActionData : {};
    if (entry.eventType === 'ACTION_FAILED' && typeof data.ErrorType === 'string' && REJECTED_ACTION_ERRORS.has(data.ErrorType)) {
      const rejected = `the service rejected ${String(data.Type ?? 'an action')} with ${data.ErrorType}`;
      add(entry, 'action_rejected', `${rejected}: ${String(data.ErrorMessage ?? data.Error ?? '')}`.replace(/: $/, ''));
    }
  });
  for (const log of logs) {
    const line = log.text.split('\n')[0] ?? '';
    if (log.level === 'error') add(invocationAt(log.entry), 'handler_error_log', `the handler logged an error: ${line}`);
    else if (log.level === 'warn') add(invocationAt(log.entry), 'handler_warning_log', `the handler logged a warning: ${line}`, 'warning');
  }
  return issues.sort((a, b) => a.atMs - b.atMs || a.sequence - b.sequence);
}

/** An issue with how many times it happened (a loop repeats the same one). */
export interface CountedIssue extends SimulationIssue {
  /** How many identical issues (same severity, code and message) this one stands for. */
  count: number;
  /** With `count` above 1: the `Sequence` of the last of them. */
  lastSequence?: number;
}

/** Collapses identical issues (same severity, code and message) into the first, with a count. */
export function collapseIssues(issues: readonly SimulationIssue[]): CountedIssue[] {
  const byKey = new Map<string, CountedIssue>();
  for (const issue of issues) {
    const key = `${issue.severity}\u0000${issue.code}\u0000${issue.message}`;
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, { ...issue, count: 1 });
    else {
      seen.count += 1;
      seen.lastSequence = issue.sequence;
    }
  }
  return [...byKey.values()];
}

/** An issue as one line, with `(×N, #first to #last)` when it stands for several. */
export function formatCountedIssue(label: string, issue: CountedIssue): string {
  const line = formatIssue(label, issue);
  return issue.count === 1 ? line : `${line} (${issue.count} times, #${issue.sequence} to #${issue.lastSequence ?? issue.sequence})`;
}

/** The transcript as text, with the handler's log lines under the event (→) that made it write them. */
export function transcriptLines(entries: readonly TranscriptEntry[], logs: readonly HandlerLog[]): string[] {
  const indent = ' '.repeat(formatTime(0).length);
  const logLines = (index: number): string[] =>
    logs.filter((log) => log.entry === index).flatMap((log) => log.text.split('\n').map((line) => `${indent}   ${log.level}: ${line}`));
  const lines: string[] = logLines(-1);
  entries.forEach((entry, index) => {
    const one = new Transcript();
    one.add(entry);
    const [head = '', ...rest] = one.toText().split('\n');
    lines.push(head, ...logLines(index), ...rest);
  });
  lines.push(
    ...logs
      .filter((log) => log.entry >= entries.length)
      .flatMap((log) => log.text.split('\n').map((line) => `${indent}   ${log.level}: ${line}`)),
  );
  return lines;
}
