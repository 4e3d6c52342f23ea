// Type-check cost fixture (bench/typecheck): a meeting-dial-in Lambda written with chime-sma-kit.
// hand-written/handler.ts is the same program against minimal hand-written wire interfaces.
import {
  type InvocationEvent,
  type SmaResponse,
  actions,
  isActionFailed,
  isActionSuccessful,
  isEventType,
  parseInvocationEvent,
  participant,
  response,
  updateTransactionAttributes,
} from 'chime-sma-kit';

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

const audio = (key: string) => ({ type: 'S3', bucketName: BUCKET, key }) as const;

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

const askForPin = actions
  .playAudioAndGetDigits({
    audioSource: audio('enter-meeting-pin.wav'),
    failureAudioSource: audio('invalid-meeting-pin.wav'),
    minNumberOfDigits: 3,
    maxNumberOfDigits: 5,
    terminatorDigits: ['#'],
    inBetweenDigitsDurationInMilliseconds: 5000,
    repeat: 3,
    repeatDurationInMilliseconds: 10000,
  })
  .onLeg('LEG-A');

function onNewCall(event: InvocationEvent): SmaResponse {
  const caller = participant(event, 'LEG-A');
  if (caller === undefined) return response(actions.hangup({ sipResponseCode: '480' }));
  const language = caller.From.startsWith('+33') ? 'fr' : caller.From.startsWith('+49') ? 'de' : 'en';
  const welcome = actions
    .speak({ text: greeting(language), engine: 'neural', voiceId: language === 'fr' ? 'Lea' : 'Joanna' })
    .onCall(caller.CallId);
  return updateTransactionAttributes<CallState>(response(welcome, askForPin), event, { attempts: '0', language });
}

async function onPin(pin: string, event: InvocationEvent): Promise<SmaResponse> {
  if (pin === '0') {
    return response(
      actions.callAndBridge({
        callerIdNumber: SMA_NUMBER,
        callTimeoutSeconds: 30,
        endpoints: [{ bridgeEndpointType: 'PSTN', uri: SUPPORT_NUMBER }],
        ringbackTone: audio('ringback.wav'),
      }),
    );
  }
  const meeting = await findMeeting(pin);
  if (meeting === undefined) {
    const attempts = attemptsOf(event) + 1;
    if (attempts >= MAX_ATTEMPTS) {
      return response(
        actions.playAudio({ audioSource: audio('goodbye.wav') }).onLeg('LEG-A'),
        actions.hangup({ sipResponseCode: '0' }).onLeg('LEG-A'),
      );
    }
    const retry = response(actions.playAudio({ audioSource: audio('invalid-meeting-pin.wav'), repeat: 1 }), askForPin);
    return updateTransactionAttributes<CallState>(retry, event, { attempts: String(attempts) });
  }
  const join = actions.joinChimeMeeting({ joinToken: meeting.joinToken, meetingId: meeting.meetingId }).onLeg('LEG-A');
  return updateTransactionAttributes<CallState>(response(join), event, { meetingId: meeting.meetingId });
}

function onJoined(event: InvocationEvent): SmaResponse {
  const meetingLeg = participant(event, 'LEG-B');
  if (meetingLeg === undefined) return response(actions.hangup().onLeg('LEG-A'));
  return { SchemaVersion: '1.0' };
}

function onFailure(event: InvocationEvent): SmaResponse {
  if (isActionFailed(event, 'JoinChimeMeeting')) {
    const error = event.ActionData.ErrorType;
    const key = error === 'ErrorJoiningMeeting' ? 'meeting-unavailable.wav' : 'join-failed.wav';
    return response(actions.playAudio({ audioSource: audio(key) }).onLeg('LEG-A'), actions.hangup({ sipResponseCode: '0' }).onLeg('LEG-A'));
  }
  if (isActionFailed(event, 'CallAndBridge')) {
    return response(actions.playAudio({ audioSource: audio('support-unavailable.wav') }), askForPin);
  }
  if (isActionFailed(event, 'PlayAudioAndGetDigits')) {
    return response(actions.pause({ durationInMilliseconds: 1000 }), askForPin);
  }
  if (isActionFailed(event)) {
    log.push(`action ${event.ActionData.Type} failed: ${event.ActionData.ErrorType}`);
  }
  return response(actions.hangup({ sipResponseCode: '0' }).onLeg('LEG-A'));
}

function onDigits(event: InvocationEvent): SmaResponse {
  if (!isEventType(event, 'DIGITS_RECEIVED')) return { SchemaVersion: '1.0' };
  const digits = event.ActionData.ReceivedDigits;
  if (digits === '*0') return response(actions.sendDigits({ digits: '0' }).onCall(event.CallDetails.Participants[0].CallId));
  return { SchemaVersion: '1.0' };
}

function onHangup(event: InvocationEvent): SmaResponse {
  if (!isEventType(event, 'HANGUP')) return response();
  const tag = event.ActionData.Parameters.ParticipantTag;
  if (tag === 'LEG-B') {
    const caller = participant(event, 'LEG-A');
    if (caller !== undefined && caller.Status === 'Connected') return response(actions.hangup().onCall(caller.CallId));
  }
  return response();
}

/** The Lambda handler. */
export async function handler(raw: unknown): Promise<SmaResponse> {
  const event = parseInvocationEvent(raw);
  switch (event.InvocationEventType) {
    case 'NEW_INBOUND_CALL':
      return onNewCall(event);
    case 'ACTION_SUCCESSFUL':
      if (isActionSuccessful(event, 'PlayAudioAndGetDigits')) return onPin(event.ActionData.ReceivedDigits, event);
      if (isActionSuccessful(event, 'JoinChimeMeeting')) return onJoined(event);
      if (isActionSuccessful(event, 'CallAndBridge')) return { SchemaVersion: '1.0' };
      return { SchemaVersion: '1.0' };
    case 'ACTION_FAILED':
      return onFailure(event);
    case 'DIGITS_RECEIVED':
      return onDigits(event);
    case 'HANGUP':
      return onHangup(event);
    case 'INVALID_LAMBDA_RESPONSE':
      log.push(`the service rejected a response: ${event.ErrorType}`);
      return response();
    default:
      return { SchemaVersion: '1.0' };
  }
}

/** Reads the PIN the caller entered, for logs. */
export function pinOf(event: InvocationEvent): string | undefined {
  return isActionSuccessful(event, 'PlayAudioAndGetDigits') ? event.ActionData.ReceivedDigits : undefined;
}

/** The meeting a call joined, from its TransactionAttributes. */
export function meetingOf(event: InvocationEvent): string | undefined {
  return event.CallDetails.TransactionAttributes?.meetingId;
}
