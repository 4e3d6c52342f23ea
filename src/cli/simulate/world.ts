// The world of a simulated call from the command line: the --callee/--bridge/--fail/--hangup
// flags and the --scenario file, parsed and checked into SimulatorOptions. Every message names
// the flag or the scenario field and the fix, and never echoes a phone number.
import { ACTION_TYPES, type ActionType } from '../../actions/index.js';
import { type CreateSipMediaApplicationCallRequest, validateCreateSipMediaApplicationCallRequest } from '../../calls/index.js';
import { E164 } from '../../actions/shapes/phone-number.js';
import { checkInjectedError } from '../../testing/errors.js';
import type { FarEnd, InjectedFailure, ScheduledHangup, ScheduledUpdate, SimulatorOptions } from '../../testing/index.js';
import { isRecord } from '../../validation/index.js';
import { closestName } from '../../validation/suggest.js';
import { UsageError } from '../command.js';

/** The far-end behaviours, as flags and the scenario spell them. */
const BEHAVIORS = ['answer', 'busy', 'no-answer'] as const;

/** `12s`, `1500ms` → milliseconds; `undefined` when not a time. */
function parseDuration(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)(ms|s)$/.exec(text);
  if (!match) return undefined;
  return Math.round(Number(match[1]) * (match[2] === 's' ? 1000 : 1));
}

/** `busy`, `no-answer`, `answer` or `answer@5s` (answers after 5 s). */
export function parseFarEnd(text: string, where: string): FarEnd {
  const [behavior = '', after] = text.split('@');
  if (!(BEHAVIORS as readonly string[]).includes(behavior))
    throw new UsageError(
      `${where} takes answer, busy or no-answer (optionally @TIME such as answer@5s), got ${JSON.stringify(behavior.slice(0, 20))}`,
    );
  const farEnd: FarEnd = { behavior: behavior as FarEnd['behavior'] & string };
  if (after !== undefined) {
    const ms = parseDuration(after);
    if (ms === undefined) throw new UsageError(`${where}: the time after @ must be like 5s or 1500ms`);
    farEnd.afterMs = ms;
  }
  return farEnd;
}

/** `Action:ErrorType`, checked against the action's documented error types. */
export function parseFailure(text: string, where: string): InjectedFailure {
  const [action = '', errorType = '', extra] = text.split(':');
  if (extra !== undefined || action === '' || errorType === '')
    throw new UsageError(`${where} takes Action:ErrorType, such as PlayAudio:InvalidAudioSource`);
  return checkedFailure({ action, errorType }, where);
}

function checkedFailure(
  failure: { action: string; errorType: string; errorMessage?: string; occurrence?: number },
  where: string,
): InjectedFailure {
  if (!(ACTION_TYPES as readonly string[]).includes(failure.action)) {
    const hint = closestName(failure.action, ACTION_TYPES);
    throw new UsageError(
      `${where}: ${JSON.stringify(failure.action.slice(0, 40))} is not an action type` +
        (hint !== undefined ? ` (did you mean ${hint}?)` : ''),
    );
  }
  const problem = checkInjectedError(failure.action, failure.errorType);
  if (problem !== undefined) throw new UsageError(`${where}: ${problem}`);
  return { ...failure, action: failure.action as ActionType } as InjectedFailure;
}

/** `LEG-A@12s`: that party hangs up 12 s into the call. */
export function parseHangup(text: string, where: string): ScheduledHangup {
  const [leg = '', at = ''] = text.split('@');
  const atMs = parseDuration(at);
  if ((leg !== 'LEG-A' && leg !== 'LEG-B') || atMs === undefined)
    throw new UsageError(`${where} takes LEG@TIME, such as LEG-A@12s or LEG-B@1500ms`);
  return { leg, atMs };
}

/** What a scenario file asks for: the call's world and what the test expects. */
export interface Scenario {
  /** The simulator options it sets. */
  options: SimulatorOptions;
  /** How many calls to play on one module instance. */
  calls?: number;
  /** The expected event summary (`transcript.eventSummary`) of each call. */
  expectEvents?: string[];
}

/** The fields of a scenario file, for its error messages. */
const SCENARIO_FIELDS = [
  '$schema',
  'description',
  'direction',
  'outboundCall',
  'from',
  'to',
  'sipHeaders',
  'arguments',
  'digits',
  'callee',
  'bridge',
  'failures',
  'hangups',
  'updates',
  'calls',
  'expect',
] as const;

/**
 * Parses a `--scenario` file (JSON): digits, far ends, failures, hang-ups, updates and the
 * expected event summary. Throws {@link UsageError} naming the field and the fix.
 */
export function parseScenario(text: string, file: string): Scenario {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file}: not JSON (${error instanceof Error ? error.message.split('\n')[0] : 'parse error'})`);
  }
  if (!isRecord(value)) throw new UsageError(`${file}: a scenario is a JSON object`);
  const where = (field: string): string => `${file}: ${field}`;
  for (const key of Object.keys(value)) {
    if (!(SCENARIO_FIELDS as readonly string[]).includes(key))
      throw new UsageError(`${where(key)} is not a scenario field (fields: ${SCENARIO_FIELDS.filter((f) => f !== '$schema').join(', ')})`);
  }
  const options: SimulatorOptions = {};
  const scenario: Scenario = { options };
  const list = (field: string): unknown[] => {
    const item = value[field];
    if (item === undefined) return [];
    if (!Array.isArray(item)) throw new UsageError(`${where(field)} must be an array`);
    return item;
  };
  const stringMap = (field: string): Record<string, string> | undefined => {
    const item = value[field];
    if (item === undefined) return undefined;
    if (!isRecord(item) || Object.values(item).some((v) => typeof v !== 'string'))
      throw new UsageError(`${where(field)} must be an object of strings`);
    return item as Record<string, string>;
  };
  if (value.direction !== undefined) {
    if (value.direction !== 'inbound' && value.direction !== 'outbound')
      throw new UsageError(`${where('direction')} must be "inbound" or "outbound"`);
    options.direction = value.direction;
  }
  if (value.outboundCall !== undefined) {
    if (value.direction === 'inbound')
      throw new UsageError(`${where('outboundCall')} places an outbound call: drop "direction": "inbound"`);
    const checked = validateCreateSipMediaApplicationCallRequest(value.outboundCall);
    const errors = checked.issues.filter((issue) => issue.severity === 'error');
    if (errors.length > 0)
      throw new UsageError(
        `${where('outboundCall')} is not a valid CreateSipMediaApplicationCall input: ${errors.map((issue) => issue.message).join('; ')}`,
      );
    options.outboundCall = value.outboundCall as unknown as CreateSipMediaApplicationCallRequest;
  }
  for (const field of ['from', 'to'] as const) {
    const number = value[field];
    if (number === undefined) continue;
    if (typeof number !== 'string' || !E164.test(number))
      throw new UsageError(`${where(field)} must be an E.164 phone number (+ then 2 to 15 digits)`);
    options[field] = number;
  }
  const headers = stringMap('sipHeaders');
  if (headers) options.sipHeaders = headers;
  const args = stringMap('arguments');
  if (args) options.arguments = args;
  if (value.digits !== undefined) {
    const digits = typeof value.digits === 'string' ? [value.digits] : value.digits;
    if (!Array.isArray(digits) || digits.some((keys) => typeof keys !== 'string' || !/^[0-9#*A-D]*$/.test(keys))) {
      throw new UsageError(`${where('digits')} must be a string of DTMF keys (0-9, #, *, A-D) or an array of them, one per prompt`);
    }
    options.digits = digits as string[];
  }
  const farEnd = (item: unknown, at: string): FarEnd => {
    if (typeof item === 'string') return parseFarEnd(item, where(at));
    if (!isRecord(item))
      throw new UsageError(`${where(at)} must be "answer", "busy", "no-answer" or { "behavior", "afterMs", "hangUpAfterMs" }`);
    const result: FarEnd = {};
    for (const [key, v] of Object.entries(item)) {
      if (key === 'behavior' && typeof v === 'string' && (BEHAVIORS as readonly string[]).includes(v))
        result.behavior = v as FarEnd['behavior'] & string;
      else if ((key === 'afterMs' || key === 'hangUpAfterMs') && typeof v === 'number' && v >= 0) result[key] = v;
      else
        throw new UsageError(`${where(`${at}.${key}`)}: behavior is answer, busy or no-answer; afterMs and hangUpAfterMs are milliseconds`);
    }
    return result;
  };
  if (value.callee !== undefined) options.callee = farEnd(value.callee, 'callee');
  if (value.bridge !== undefined)
    options.bridge = Array.isArray(value.bridge)
      ? value.bridge.map((item, i) => farEnd(item, `bridge[${i}]`))
      : farEnd(value.bridge, 'bridge');
  const failures = list('failures').map((item, i) => {
    if (typeof item === 'string') return parseFailure(item, where(`failures[${i}]`));
    if (!isRecord(item) || typeof item.action !== 'string' || typeof item.errorType !== 'string')
      throw new UsageError(`${where(`failures[${i}]`)} must be "Action:ErrorType" or { "action", "errorType", "occurrence"? }`);
    const failure: { action: string; errorType: string; errorMessage?: string; occurrence?: number } = {
      action: item.action,
      errorType: item.errorType,
    };
    if (typeof item.errorMessage === 'string') failure.errorMessage = item.errorMessage;
    if (typeof item.occurrence === 'number') failure.occurrence = item.occurrence;
    return checkedFailure(failure, where(`failures[${i}]`));
  });
  if (failures.length > 0) options.failures = failures;
  const hangups = list('hangups').map((item, i): ScheduledHangup => {
    if (typeof item === 'string') return parseHangup(item, where(`hangups[${i}]`));
    if (isRecord(item) && (item.leg === 'LEG-A' || item.leg === 'LEG-B') && typeof item.atMs === 'number' && item.atMs >= 0)
      return { leg: item.leg, atMs: item.atMs };
    throw new UsageError(`${where(`hangups[${i}]`)} must be "LEG-A@12s" or { "leg": "LEG-A", "atMs": 12000 }`);
  });
  if (hangups.length > 0) options.hangups = hangups;
  const updates = list('updates').map((item, i): ScheduledUpdate => {
    if (
      isRecord(item) &&
      typeof item.atMs === 'number' &&
      isRecord(item.arguments) &&
      Object.values(item.arguments).every((v) => typeof v === 'string')
    ) {
      return { atMs: item.atMs, arguments: item.arguments as Record<string, string> };
    }
    throw new UsageError(`${where(`updates[${i}]`)} must be { "atMs": 5000, "arguments": { "name": "value" } }`);
  });
  if (updates.length > 0) options.updates = updates;
  if (value.calls !== undefined) {
    if (typeof value.calls !== 'number' || !Number.isInteger(value.calls) || value.calls < 1 || value.calls > 100)
      throw new UsageError(`${where('calls')} must be a whole number from 1 to 100`);
    scenario.calls = value.calls;
  }
  if (value.expect !== undefined) {
    const expected = value.expect;
    if (
      !isRecord(expected) ||
      Object.keys(expected).some((key) => key !== 'events') ||
      !Array.isArray(expected.events) ||
      expected.events.some((e) => typeof e !== 'string')
    ) {
      throw new UsageError(
        `${where('expect')} must be { "events": ["NEW_INBOUND_CALL", "ACTION_SUCCESSFUL PlayAudio", …] } ` +
          "(the transcript's event summary)",
      );
    }
    scenario.expectEvents = expected.events as string[];
  }
  return scenario;
}
