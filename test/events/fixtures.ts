import { readFileSync } from 'node:fs';

/** One entry of test/fixtures/INDEX.json. */
export interface FixtureEntry {
  file: string;
  kind: string;
  invocationEventType?: string;
  actionDataType?: string;
  flags?: {
    fragment?: boolean;
    placeholderEnums?: string[];
    placeholderTypes?: string[];
    callDetailsElided?: boolean;
    callDetailsAbsent?: boolean;
    callDetailsPartial?: boolean;
    participantsPartial?: boolean;
    [flag: string]: unknown;
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

const dir = new URL('../fixtures/', import.meta.url);

/** Every documented invocation event example, from INDEX.json. */
export const invocationFixtures: FixtureEntry[] = (JSON.parse(readFileSync(new URL('INDEX.json', dir), 'utf8')) as FixtureEntry[]).filter(
  (entry) => entry.kind === 'invocation',
);

/** The JSON of a fixture file. */
export function loadFixture(file: string): JsonObject {
  return JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as JsonObject;
}

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `overlay` deep-merged over `base` (objects merged, everything else replaced). */
export function merge(base: JsonObject, overlay: JsonObject): JsonObject {
  const out: JsonObject = structuredClone(base);
  for (const [key, value] of Object.entries(overlay)) {
    const current = out[key];
    out[key] = isObject(current) && isObject(value) ? merge(current, value) : structuredClone(value);
  }
  return out;
}

/** A complete leg for the test's completions. */
export const BASE_PARTICIPANTS: Record<'LEG-A' | 'LEG-B', JsonObject> = {
  'LEG-A': {
    CallId: 'call-id-1',
    ParticipantTag: 'LEG-A',
    To: '+12065550100',
    From: '+15105550101',
    Direction: 'Inbound',
    StartTimeInMilliseconds: '1641998241509',
    Status: 'Connected',
  },
  'LEG-B': {
    CallId: 'call-id-2',
    ParticipantTag: 'LEG-B',
    To: '+17035550122',
    From: '+12065550100',
    Direction: 'Outbound',
    StartTimeInMilliseconds: '1641998251509',
    Status: 'Connected',
  },
};

/** Complete CallDetails used to complete documented examples that elide them. */
export const BASE_CALL_DETAILS: JsonObject = {
  TransactionId: 'transaction-id',
  AwsAccountId: '123456789012',
  AwsRegion: 'us-east-1',
  SipRuleId: 'sip-rule-id',
  SipMediaApplicationId: 'sip-media-application-id',
  Participants: [BASE_PARTICIPANTS['LEG-A'], BASE_PARTICIPANTS['LEG-B']],
};

/** Base events for the documented fragments (which show only part of an event). */
const FRAGMENT_BASES: Record<string, JsonObject> = {
  HANGUP: { SchemaVersion: '1.0', Sequence: 4, InvocationEventType: 'HANGUP', CallDetails: BASE_CALL_DETAILS },
  INVALID_LAMBDA_RESPONSE: {
    SchemaVersion: '1.0',
    Sequence: 4,
    InvocationEventType: 'INVALID_LAMBDA_RESPONSE',
    CallDetails: BASE_CALL_DETAILS,
  },
  DIGITS_RECEIVED: {
    SchemaVersion: '1.0',
    Sequence: 4,
    InvocationEventType: 'DIGITS_RECEIVED',
    ActionData: {
      Type: 'ReceiveDigits',
      Parameters: {
        CallId: 'call-id-1',
        InputDigitsRegex: '^\\d{2}#$',
        InBetweenDigitsDurationInMilliseconds: 5000,
        FlushDigitsDurationInMilliseconds: 10000,
      },
    },
    CallDetails: BASE_CALL_DETAILS,
  },
  CALL_UPDATE_REQUESTED: {
    SchemaVersion: '1.0',
    Sequence: 4,
    InvocationEventType: 'CALL_UPDATE_REQUESTED',
    CallDetails: BASE_CALL_DETAILS,
  },
};

/**
 * Which issue paths the raw example may fail on, by flag: the parser is strict where the
 * documented example is incomplete (fragments, elided CallDetails, placeholders).
 */
export function expectedFailurePaths(entry: FixtureEntry): string[] {
  const flags = entry.flags ?? {};
  const paths: string[] = [];
  if (flags.fragment) paths.push('InvocationEventType');
  if (flags.callDetailsElided || flags.callDetailsAbsent || flags.callDetailsPartial || flags.participantsPartial)
    paths.push('CallDetails');
  for (const placeholder of flags.placeholderTypes ?? []) {
    if (placeholder === 'Sequence') paths.push('Sequence');
    else if (placeholder.startsWith('ActionData.Type')) paths.push('ActionData.Type');
    else if (placeholder.startsWith('IntentResult')) paths.push('ActionData.IntentResult.Interpretations[0].NluConfidence.Score');
  }
  if (flags.placeholderEnums) paths.push('InvocationEventType');
  return paths;
}

/**
 * The documented example made complete, by flag: a fragment is merged into a complete event,
 * elided CallDetails and partial participants are completed (the example's own values win),
 * placeholders are replaced by real values. Returns the input unchanged when nothing is missing.
 */
export function complete(entry: FixtureEntry, raw: JsonObject): JsonObject {
  const flags = entry.flags ?? {};
  let event = structuredClone(raw);
  if (flags.fragment) event = merge(FRAGMENT_BASES[entry.invocationEventType as string] as JsonObject, event);
  if (flags.callDetailsElided || flags.callDetailsAbsent || flags.callDetailsPartial || flags.participantsPartial) {
    const details = isObject(event.CallDetails) ? event.CallDetails : {};
    const participants = Array.isArray(details.Participants)
      ? details.Participants.map((p, index) => {
          // A partial participant without its tag takes the tag of its position (LEG-A first).
          const tag = ((p as JsonObject).ParticipantTag ?? (index === 0 ? 'LEG-A' : 'LEG-B')) as 'LEG-A' | 'LEG-B';
          return merge(BASE_PARTICIPANTS[tag], p as JsonObject);
        })
      : (BASE_CALL_DETAILS.Participants as Json[]);
    event.CallDetails = { ...BASE_CALL_DETAILS, ...details, Participants: participants };
  }
  for (const placeholder of flags.placeholderTypes ?? []) {
    if (placeholder === 'Sequence') event.Sequence = 3;
    // The sip-headers page's examples are about CallAndBridge.
    if (placeholder.startsWith('ActionData.Type')) (event.ActionData as JsonObject).Type = 'CallAndBridge';
    if (placeholder.startsWith('IntentResult')) {
      for (const interpretation of ((event.ActionData as JsonObject).IntentResult as JsonObject).Interpretations as JsonObject[]) {
        (interpretation.NluConfidence as JsonObject).Score = 0.92;
      }
    }
  }
  if (flags.placeholderEnums) {
    event.InvocationEventType = 'NEW_INBOUND_CALL';
    for (const p of (event.CallDetails as JsonObject).Participants as JsonObject[]) {
      p.Direction = 'Inbound';
      p.Status = 'Connected';
    }
  }
  return event;
}

/** What the parser must return for a complete documented example: the canonical spellings. */
export function canonical(input: JsonObject): JsonObject {
  const event = structuredClone(input);
  if ('InvocationEvent' in event) {
    event.InvocationEventType = event.InvocationEvent as Json;
    delete event.InvocationEvent;
  }
  const details = event.CallDetails as JsonObject;
  if ('SipApplicationId' in details) {
    details.SipMediaApplicationId = details.SipApplicationId as Json;
    delete details.SipApplicationId;
  }
  return event;
}
