import {
  Issues,
  SmaValidationError,
  type ValidationIssue,
  checkBounds,
  checkFields,
  cloneJson,
  describeValue,
  isRecord,
  joinPath,
  hasOwn,
} from '../validation/index.js';
import { CHIME_EVENT_SOURCE, envelopeRules } from './envelope.js';
import { type ChimeEvent, CHIME_DETAIL_TYPES, detailTypeSpecs } from './events.js';
import { LEGACY_MEETING_STATE_CHANGE, MEETING_STATE_CHANGE } from './meeting.js';

/**
 * What {@link safeParseChimeEvent} returns when the event is valid.
 * @category EventBridge
 */
export interface SafeParseChimeEventSuccess {
  /** `true`: the event was read. */
  success: true;
  /** The parsed event (a new object; the input is never modified). */
  data: ChimeEvent;
}

/**
 * What {@link safeParseChimeEvent} returns when the event is invalid.
 * @category EventBridge
 */
export interface SafeParseChimeEventFailure {
  /** `false`: the event has at least one error. */
  success: false;
  /** The error, with every issue found (warnings included). */
  error: SmaValidationError;
}

/**
 * What {@link safeParseChimeEvent} returns: the parsed event, or the error with every issue,
 * discriminated on `success`.
 * @category EventBridge
 */
export type SafeParseChimeEventResult = SafeParseChimeEventSuccess | SafeParseChimeEventFailure;

const SUBJECT = 'Amazon Chime EventBridge event';

/**
 * Reads an Amazon Chime EventBridge event (`source: "aws.chime"`), for example the `event` a
 * Lambda target receives. Lenient where the docs are: unknown extra fields are kept, a missing
 * envelope `id` is accepted, and the 2021 transcription example's `detail-type`
 * (`"Meeting State Change"`), `eventTime` and `transcriptionConfig` are read as
 * `"Chime Meeting State Change"`, `timestamp` and `transcriptionConfiguration`. Strict where the
 * shape is broken: a missing documented field, a wrong type, an unknown `detail-type`
 * (`unknown_detail_type`) or an unknown status or event type (`unknown_event_type`).
 *
 * Returns a new object; the input is never modified.
 *
 * @example
 * ```ts
 * export const handler = async (raw: unknown) => {
 *   const event = parseChimeEvent(raw);
 *   if (isVoiceConnectorStreamingEvent(event, 'STARTED')) console.log(event.detail.streamArn);
 * };
 * ```
 * @throws {@link SmaValidationError} with every issue found.
 * @category EventBridge
 */
export function parseChimeEvent(value: unknown): ChimeEvent {
  const result = safeParseChimeEvent(value);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Like {@link parseChimeEvent}, but returns `{ success: false, error }` instead of throwing.
 * @category EventBridge
 */
export function safeParseChimeEvent(value: unknown): SafeParseChimeEventResult {
  const issues = new Issues('lenient');
  const event = readEvent(value, issues);
  const errors = issues.list.some((issue) => issue.severity === 'error');
  if (event === undefined || errors) return { success: false, error: new SmaValidationError(SUBJECT, issues.list) };
  coerce(event, issues.list);
  return { success: true, data: event as unknown as ChimeEvent };
}

function readEvent(value: unknown, issues: Issues): Record<string, unknown> | undefined {
  if (!isRecord(value)) {
    issues.add('', 'type', `must be an EventBridge event object ({ source, "detail-type", detail, … }), got ${describeValue(value)}`);
    return undefined;
  }
  // Too deep, too large or circular: one clear error, and nothing walks it (cloneJson recurses).
  if (!checkBounds(value, '', issues)) return undefined;
  const event = cloneJson(value);
  const { source } = event;
  if (source === undefined || source === '') issues.add('source', 'required', `is required ("${CHIME_EVENT_SOURCE}")`);
  else if (source !== CHIME_EVENT_SOURCE) {
    issues.add(
      'source',
      'unknown_source',
      `must be "${CHIME_EVENT_SOURCE}" (this parser reads Amazon Chime events only), got ${describeValue(source)}`,
    );
  }
  checkFields(envelopeRules, event, '', issues, ['source', 'detail-type', 'detail']);

  let detailType = event['detail-type'];
  if (detailType === LEGACY_MEETING_STATE_CHANGE) {
    detailType = MEETING_STATE_CHANGE;
    event['detail-type'] = detailType;
  }
  const spec = typeof detailType === 'string' ? detailTypeSpecs.get(detailType) : undefined;
  if (detailType === undefined || detailType === '') {
    issues.add('detail-type', 'required', 'is required (an Amazon Chime detail-type such as "Chime VoiceConnector Streaming Status")');
  } else if (spec === undefined) {
    issues.add(
      'detail-type',
      'unknown_detail_type',
      `is not an Amazon Chime detail-type this package knows, got ${describeValue(detailType)} ` +
        `(known: ${CHIME_DETAIL_TYPES.map((t) => `"${t}"`).join(', ')})`,
    );
  }

  const { detail } = event;
  if (!hasOwn(event, 'detail') || detail === undefined) {
    issues.add('detail', 'required', 'is required (an object)');
    return event;
  }
  if (!isRecord(detail)) {
    issues.add('detail', 'type', `must be an object, got ${describeValue(detail)}`);
    return event;
  }
  if (spec === undefined) return event;

  spec.normalise?.(detail);
  let rules = spec.variants.get('');
  if (spec.discriminator !== undefined) {
    const key = spec.discriminator;
    const path = joinPath('detail', key);
    const kind = detail[key];
    rules = typeof kind === 'string' ? spec.variants.get(kind) : undefined;
    if (kind === undefined || kind === '') {
      issues.add(path, 'required', `is required (one of ${[...spec.variants.keys()].map((k) => `"${k}"`).join(', ')})`);
    } else if (rules === undefined) {
      issues.add(
        path,
        'unknown_event_type',
        `is not a documented ${key} of "${String(detailType)}", got ${describeValue(kind)} ` +
          `(known: ${[...spec.variants.keys()].map((k) => `"${k}"`).join(', ')})`,
      );
    }
  }
  if (rules !== undefined) {
    checkFields(rules, detail, 'detail', issues);
    spec.refine?.(detail, (key, code, predicate, severity) =>
      issues.add(key === '' ? 'detail' : joinPath('detail', key), code, predicate, severity),
    );
  }
  return event;
}

const SEGMENT = /([^.[\]]+)|\[(\d+)\]/g;

/**
 * Turns values the lenient checks accepted in a coercible form (`"5"` for a number, `"true"`
 * for a boolean, `1` for the string `"1"`) into the documented type, so the result matches its
 * type. Paths are those of the issues, over keys this package declares.
 */
function coerce(event: Record<string, unknown>, issues: readonly ValidationIssue[]): void {
  for (const issue of issues) {
    if (issue.code !== 'number_as_string' && issue.code !== 'boolean_as_string') continue;
    const keys = [...issue.path.matchAll(SEGMENT)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] as string)));
    const last = keys.pop();
    let parent: unknown = event;
    for (const key of keys)
      parent = isRecord(parent) || Array.isArray(parent) ? (parent as Record<string | number, unknown>)[key] : undefined;
    if (last === undefined || !(isRecord(parent) || Array.isArray(parent))) continue;
    const target = parent as Record<string | number, unknown>;
    const current = target[last];
    if (issue.code === 'boolean_as_string') target[last] = String(current).toLowerCase() === 'true';
    else target[last] = typeof current === 'number' ? String(current) : Number(current);
  }
}
