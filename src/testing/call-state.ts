import type { ParticipantTag } from '../actions/index.js';
import { IdSource } from './ids.js';

/**
 * A JSON object as it travels on the wire.
 * @category Testing
 */
export type JsonObject = { [key: string]: unknown };

/**
 * How the SIP media application id is spelled in `CallDetails`: the field reference says
 * `SipMediaApplicationId`, the use-case pages and call detail records say `SipApplicationId`.
 * @category Testing
 */
export type SmaIdKey = 'SipMediaApplicationId' | 'SipApplicationId';

/** What kind of party a leg connects to. */
export type LegKind = 'pstn' | 'sip' | 'meeting';

/** One call leg as the simulator tracks it. */
export interface LegState {
  callId: string;
  tag: ParticipantTag;
  to: string;
  from: string;
  direction: 'Inbound' | 'Outbound';
  /** Epoch milliseconds; sent as a string. */
  startMs: number;
  /** `undefined` while an outbound leg rings (the service sends no `Status` then). */
  status: 'Connected' | 'Disconnected' | undefined;
  kind: LegKind;
  sipHeaders?: Record<string, string>;
  /** Set once a HANGUP event showed the leg as Disconnected: later events leave it out. */
  reported?: boolean;
}

/**
 * The state of the meeting the call joined.
 * @category Testing
 */
export interface SimulatedMeetingState {
  /** The meeting's id (the `MeetingId` given, or the one of the join token's meeting). */
  meetingId: string | undefined;
  /** The attendee ids currently muted by ModifyChimeMeetingAttendees. */
  muted: string[];
}

/** The fixed identity of a simulated call (its `CallDetails` less the participants). */
export interface CallIdentity {
  transactionId: string;
  awsAccountId: string;
  awsRegion: string;
  sipRuleId?: string;
  sipMediaApplicationId: string;
  smaIdKey: SmaIdKey;
}

/**
 * Options common to a simulated call and to the event factories: the call's identity.
 * @category Testing
 */
export interface CallIdentityOptions {
  /**
   * Seed of the deterministic ids (TransactionId, CallId, SipMediaApplicationId …).
   * @defaultValue 1
   */
  seed?: number;
  /** @defaultValue a UUID derived from `seed` */
  transactionId?: string;
  /** @defaultValue a 12-digit number derived from `seed` */
  awsAccountId?: string;
  /** @defaultValue `"us-east-1"` */
  awsRegion?: string;
  /** @defaultValue a UUID derived from `seed` for inbound calls; none for outbound calls (as in the docs' examples) */
  sipRuleId?: string;
  /** @defaultValue a UUID derived from `seed` */
  sipMediaApplicationId?: string;
  /**
   * The key the SMA id is sent under.
   * @defaultValue `"SipMediaApplicationId"` (the field reference)
   */
  smaIdKey?: SmaIdKey;
}

/** Builds a call identity from options, drawing missing ids from `ids`. */
export function createIdentity(options: CallIdentityOptions, ids: IdSource, inbound: boolean): CallIdentity {
  const identity: CallIdentity = {
    transactionId: options.transactionId ?? ids.uuid(),
    awsAccountId: options.awsAccountId ?? ids.digits(12),
    awsRegion: options.awsRegion ?? 'us-east-1',
    sipMediaApplicationId: options.sipMediaApplicationId ?? ids.uuid(),
    smaIdKey: options.smaIdKey ?? 'SipMediaApplicationId',
  };
  const sipRuleId = options.sipRuleId ?? (inbound ? ids.uuid() : undefined);
  if (sipRuleId !== undefined) identity.sipRuleId = sipRuleId;
  return identity;
}

/** The `Participants` entry of a leg. */
export function participantOf(leg: LegState): JsonObject {
  const participant: JsonObject = {
    CallId: leg.callId,
    ParticipantTag: leg.tag,
    To: leg.to,
    From: leg.from,
    Direction: leg.direction,
    StartTimeInMilliseconds: String(leg.startMs),
  };
  if (leg.status !== undefined) participant.Status = leg.status;
  if (leg.sipHeaders !== undefined) participant.SipHeaders = { ...leg.sipHeaders };
  return participant;
}

/** The `CallDetails` of an event: identity, stored attributes, and the legs not yet reported gone. */
export function callDetailsOf(
  identity: CallIdentity,
  legs: readonly LegState[],
  attributes: Record<string, string> | undefined,
): JsonObject {
  const details: JsonObject = { TransactionId: identity.transactionId };
  if (attributes !== undefined && Object.keys(attributes).length > 0) details.TransactionAttributes = { ...attributes };
  details.AwsAccountId = identity.awsAccountId;
  details.AwsRegion = identity.awsRegion;
  if (identity.sipRuleId !== undefined) details.SipRuleId = identity.sipRuleId;
  details[identity.smaIdKey] = identity.sipMediaApplicationId;
  details.Participants = legs.filter((leg) => !leg.reported).map(participantOf);
  return details;
}

/** A whole invocation event, with the envelope keys in the documented order. */
export function buildEvent(
  type: string,
  sequence: number,
  callDetails: JsonObject,
  actionData?: JsonObject,
  topLevel?: JsonObject,
): JsonObject {
  const event: JsonObject = { SchemaVersion: '1.0', Sequence: sequence, InvocationEventType: type };
  if (actionData !== undefined) event.ActionData = actionData;
  event.CallDetails = callDetails;
  if (topLevel !== undefined) Object.assign(event, topLevel);
  return event;
}
