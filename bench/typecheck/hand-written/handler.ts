// Type-check cost baseline (bench/typecheck): the program of package/handler.ts written against
// the minimal hand-written wire interfaces of wire.ts, with object literals and plain checks.
import type { Action, InvocationEvent, Participant, S3AudioSource, SmaResponse } from './wire.js';

/** What this function keeps in TransactionAttributes. */
interface CallState {
  attempts?: string;
  meetingId?: string;
  language?: string;
}

const BUCKET = 'chime-meetings-audio-files-bucket-name';
const SUPPORT_NUMBER = '+12065550100';
const SMA_NUMBER = '+12065550199';
const MAX_ATTEMPTS = 3;

/** What the function logged (a real one would use console). */
export const log: string[] = [];

const audio = (key: string): S3AudioSource => ({ Type: 'S3', BucketName: BUCKET, Key: key });

/** A meeting found by its PIN. */
interface Meeting {
  meetingId: string;
  joinToken: string;
  title: string;
}

const MEETINGS = new Map<string, Meeting>([
  ['12345', { meetingId: 'meeting-1', joinToken: 'token-1', title: 'Weekly sync' }],
  ['54321', { meetingId: 'meeting-2', joinToken: 'token-2', title: 'Planning' }],
]);

async function findMeeting(pin: string): Promise<Meeting | undefined> {
  return MEETINGS.get(pin);
}

function attemptsOf(event: InvocationEvent): number {
  const stored = event.CallDetails.TransactionAttributes?.attempts;
  const attempts = Number(stored ?? '0');
  return Number.isFinite(attempts) ? attempts : 0;
}

function greeting(language: string | undefined): string {
  switch (language) {
    case 'fr':
      return 'Bienvenue. Entrez le code de la réunion, puis dièse.';
    case 'de':
      return 'Willkommen. Geben Sie die Konferenz-PIN ein, dann Raute.';
    default:
      return 'Welcome. Enter your meeting PIN, then press pound.';
  }
}

const respond = (...actions: Action[]): SmaResponse => ({ SchemaVersion: '1.0', Actions: actions });

function withAttributes(reply: SmaResponse, event: InvocationEvent, updates: CallState): SmaResponse {
  return { ...reply, TransactionAttributes: { ...event.CallDetails.TransactionAttributes, ...(updates as Record<string, string>) } };
}

const participant = (event: InvocationEvent, tag: 'LEG-A' | 'LEG-B'): Participant | undefined =>
  event.CallDetails.Participants.find((p) => p.ParticipantTag === tag);

const askForPin: Action = {
  Type: 'PlayAudioAndGetDigits',
  Parameters: {
    ParticipantTag: 'LEG-A',
    AudioSource: audio('enter-meeting-pin.wav'),
    FailureAudioSource: audio('invalid-meeting-pin.wav'),
    MinNumberOfDigits: 3,
    MaxNumberOfDigits: 5,
    TerminatorDigits: ['#'],
    InBetweenDigitsDurationInMilliseconds: 5000,
    Repeat: 3,
    RepeatDurationInMilliseconds: 10000,
  },
};

function onNewCall(event: InvocationEvent): SmaResponse {
  const caller = participant(event, 'LEG-A');
  if (caller === undefined) return respond({ Type: 'Hangup', Parameters: { SipResponseCode: '480' } });
  const language = caller.From.startsWith('+33') ? 'fr' : caller.From.startsWith('+49') ? 'de' : 'en';
  const welcome: Action = {
    Type: 'Speak',
    Parameters: { CallId: caller.CallId, Text: greeting(language), Engine: 'neural', VoiceId: language === 'fr' ? 'Lea' : 'Joanna' },
  };
  return withAttributes(respond(welcome, askForPin), event, { attempts: '0', language });
}

async function onPin(pin: string, event: InvocationEvent): Promise<SmaResponse> {
  if (pin === '0') {
    return respond({
      Type: 'CallAndBridge',
      Parameters: {
        CallerIdNumber: SMA_NUMBER,
        CallTimeoutSeconds: 30,
        Endpoints: [{ BridgeEndpointType: 'PSTN', Uri: SUPPORT_NUMBER }],
        RingbackTone: audio('ringback.wav'),
      },
    });
  }
  const meeting = await findMeeting(pin);
  if (meeting === undefined) {
    const attempts = attemptsOf(event) + 1;
    if (attempts >= MAX_ATTEMPTS) {
      return respond(
        { Type: 'PlayAudio', Parameters: { ParticipantTag: 'LEG-A', AudioSource: audio('goodbye.wav') } },
        { Type: 'Hangup', Parameters: { ParticipantTag: 'LEG-A', SipResponseCode: '0' } },
      );
    }
    const retry = respond({ Type: 'PlayAudio', Parameters: { AudioSource: audio('invalid-meeting-pin.wav'), Repeat: 1 } }, askForPin);
    return withAttributes(retry, event, { attempts: String(attempts) });
  }
  const join: Action = {
    Type: 'JoinChimeMeeting',
    Parameters: { ParticipantTag: 'LEG-A', JoinToken: meeting.joinToken, MeetingId: meeting.meetingId },
  };
  return withAttributes(respond(join), event, { meetingId: meeting.meetingId });
}

function onJoined(event: InvocationEvent): SmaResponse {
  const meetingLeg = participant(event, 'LEG-B');
  if (meetingLeg === undefined) return respond({ Type: 'Hangup', Parameters: { ParticipantTag: 'LEG-A' } });
  return { SchemaVersion: '1.0' };
}

function onFailure(event: InvocationEvent): SmaResponse {
  if (event.InvocationEventType !== 'ACTION_FAILED') return respond();
  const data = event.ActionData;
  if (data.Type === 'JoinChimeMeeting') {
    const error = data.ErrorType;
    const key = error === 'ErrorJoiningMeeting' ? 'meeting-unavailable.wav' : 'join-failed.wav';
    return respond(
      { Type: 'PlayAudio', Parameters: { ParticipantTag: 'LEG-A', AudioSource: audio(key) } },
      { Type: 'Hangup', Parameters: { ParticipantTag: 'LEG-A', SipResponseCode: '0' } },
    );
  }
  if (data.Type === 'CallAndBridge') {
    return respond({ Type: 'PlayAudio', Parameters: { AudioSource: audio('support-unavailable.wav') } }, askForPin);
  }
  if (data.Type === 'PlayAudioAndGetDigits') {
    return respond({ Type: 'Pause', Parameters: { DurationInMilliseconds: 1000 } }, askForPin);
  }
  log.push(`action ${data.Type} failed: ${data.ErrorType}`);
  return respond({ Type: 'Hangup', Parameters: { ParticipantTag: 'LEG-A', SipResponseCode: '0' } });
}

function onDigits(event: InvocationEvent): SmaResponse {
  if (event.InvocationEventType !== 'DIGITS_RECEIVED') return { SchemaVersion: '1.0' };
  const digits = event.ActionData.ReceivedDigits;
  const first = event.CallDetails.Participants[0];
  if (digits === '*0' && first !== undefined) return respond({ Type: 'SendDigits', Parameters: { CallId: first.CallId, Digits: '0' } });
  return { SchemaVersion: '1.0' };
}

function onHangup(event: InvocationEvent): SmaResponse {
  if (event.InvocationEventType !== 'HANGUP') return respond();
  const tag = event.ActionData.Parameters.ParticipantTag;
  if (tag === 'LEG-B') {
    const caller = participant(event, 'LEG-A');
    if (caller !== undefined && caller.Status === 'Connected') return respond({ Type: 'Hangup', Parameters: { CallId: caller.CallId } });
  }
  return respond();
}

/** The Lambda handler. */
export async function handler(raw: unknown): Promise<SmaResponse> {
  const event = raw as InvocationEvent;
  switch (event.InvocationEventType) {
    case 'NEW_INBOUND_CALL':
      return onNewCall(event);
    case 'ACTION_SUCCESSFUL':
      if (event.ActionData.Type === 'PlayAudioAndGetDigits') return onPin(event.ActionData.ReceivedDigits ?? '', event);
      if (event.ActionData.Type === 'JoinChimeMeeting') return onJoined(event);
      if (event.ActionData.Type === 'CallAndBridge') return { SchemaVersion: '1.0' };
      return { SchemaVersion: '1.0' };
    case 'ACTION_FAILED':
      return onFailure(event);
    case 'DIGITS_RECEIVED':
      return onDigits(event);
    case 'HANGUP':
      return onHangup(event);
    case 'INVALID_LAMBDA_RESPONSE':
      log.push(`the service rejected a response: ${event.ErrorType}`);
      return respond();
    default:
      return { SchemaVersion: '1.0' };
  }
}

/** Reads the PIN the caller entered, for logs. */
export function pinOf(event: InvocationEvent): string | undefined {
  return event.InvocationEventType === 'ACTION_SUCCESSFUL' && event.ActionData.Type === 'PlayAudioAndGetDigits'
    ? event.ActionData.ReceivedDigits
    : undefined;
}

/** The meeting a call joined, from its TransactionAttributes. */
export function meetingOf(event: InvocationEvent): string | undefined {
  return event.CallDetails.TransactionAttributes?.meetingId;
}
