// BEFORE: a PIN-to-meeting handler in the style of many public SMA
// Lambdas: wire types copied by hand, PascalCase literals, `any`
// parameters. It compiles; docs/migrating.md compares it with
// examples/migrating-after.ts, and test/examples/migrating.test.ts
// runs both.

// #region types
// --- types copied from a sample repository ---
export enum ActionTypes {
  PLAY_AUDIO_AND_GET_DIGITS = 'PlayAudioAndGetDigits',
  JOIN_CHIME_MEETING = 'JoinChimeMeeting',
  HANGUP = 'Hangup',
}
export enum InvocationEventType {
  NEW_INBOUND_CALL = 'NEW_INBOUND_CALL',
  ACTION_SUCCESSFUL = 'ACTION_SUCCESSFUL',
  ACTION_FAILED = 'ACTION_FAILED',
  HANGUP = 'HANGUP',
}
export interface Participant {
  CallId: string;
  ParticipantTag: string;
  To: string;
  From: string;
}
export interface SipMediaApplicationEvent {
  SchemaVersion: string;
  Sequence: number;
  InvocationEventType: InvocationEventType;
  ActionData?: { Type: ActionTypes; Parameters: any; ReceivedDigits?: string };
  CallDetails: { TransactionId: string; Participants: Participant[] };
}
export interface PlayAudioAndGetDigitsParameters {
  CallId?: string;
  AudioSource: { Type: string; BucketName: string; Key: string };
  FailureAudioSource: { Type: string; BucketName: string; Key: string };
  MinNumberOfDigits?: number;
  MaxNumberOfDigits?: number;
  InputDigitRegex?: string; // copied with the sample's typo
  RepeatDurationInMilliseconds: number;
}
export interface Action {
  Type: ActionTypes;
  Parameters: any;
}
export interface SipMediaApplicationResponse {
  SchemaVersion: string;
  Actions: Action[];
}
// #endregion types

// #region handler
// --- the handler ---
const seats = new Map([['123456', { meetingId: '1e6bf4f5-f4b5-4917-b8c9-bda45c340706', joinToken: 'am9pbi10b2tlbg' }]]);

function askForPin(callId: string): Action {
  const parameters: PlayAudioAndGetDigitsParameters = {
    CallId: callId,
    AudioSource: { Type: 'S3', BucketName: 'my-prompts', Key: 'enter-pin.wav' },
    FailureAudioSource: { Type: 'S3', BucketName: 'my-prompts', Key: 'wrong-pin.wav' },
    MinNumberOfDigits: 6,
    MaxNumberOfDigits: 6,
    InputDigitRegex: '^\\d{6}$',
    RepeatDurationInMilliseconds: 10000,
  };
  return { Type: ActionTypes.PLAY_AUDIO_AND_GET_DIGITS, Parameters: parameters };
}

export const handler = async (event: SipMediaApplicationEvent): Promise<SipMediaApplicationResponse> => {
  const callId = event.CallDetails.Participants[0]!.CallId;
  let actions: Action[] = [];
  switch (event.InvocationEventType) {
    case InvocationEventType.NEW_INBOUND_CALL:
      actions = [askForPin(callId)];
      break;
    case InvocationEventType.ACTION_SUCCESSFUL:
      if (event.ActionData!.Type === ActionTypes.PLAY_AUDIO_AND_GET_DIGITS) {
        const seat = seats.get(event.ActionData!.ReceivedDigits!);
        actions = seat
          ? [{ Type: ActionTypes.JOIN_CHIME_MEETING, Parameters: { CallId: callId, JoinToken: seat.joinToken, MeetingId: seat.meetingId } }]
          : [askForPin(callId)];
      }
      break;
    case InvocationEventType.ACTION_FAILED:
      actions = [{ Type: ActionTypes.HANGUP, Parameters: { CallId: callId, SipResponseCode: '0' } }];
      break;
  }
  return { SchemaVersion: '1.0', Actions: actions };
};
// #endregion handler
