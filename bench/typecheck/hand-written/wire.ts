// Minimal hand-written wire interfaces: what a Lambda author writes without chime-sma-kit (the
// type-check baseline of bench/typecheck). Only the fields handler.ts uses.

export type ParticipantTag = 'LEG-A' | 'LEG-B';

export interface Participant {
  CallId: string;
  ParticipantTag: ParticipantTag;
  To: string;
  From: string;
  Direction: 'Inbound' | 'Outbound';
  StartTimeInMilliseconds: string;
  Status: 'Connected' | 'Disconnected';
}

export interface CallDetails {
  TransactionId: string;
  AwsAccountId: string;
  AwsRegion: string;
  SipRuleId: string;
  SipMediaApplicationId: string;
  TransactionAttributes?: Record<string, string>;
  Participants: Participant[];
}

interface Envelope<T extends string> {
  SchemaVersion: '1.0';
  Sequence: number;
  InvocationEventType: T;
  CallDetails: CallDetails;
}

export interface S3AudioSource {
  Type: 'S3';
  BucketName: string;
  Key: string;
}

export interface ActionData {
  Type: string;
  Parameters: Record<string, unknown> & { CallId?: string; ParticipantTag?: ParticipantTag };
  ReceivedDigits?: string;
  ErrorType?: string;
  ErrorMessage?: string;
}

export type InvocationEvent =
  | Envelope<'NEW_INBOUND_CALL' | 'NEW_OUTBOUND_CALL' | 'RINGING' | 'CALL_ANSWERED'>
  | (Envelope<'ACTION_SUCCESSFUL' | 'ACTION_FAILED' | 'ACTION_INTERRUPTED' | 'HANGUP' | 'DIGITS_RECEIVED' | 'CALL_UPDATE_REQUESTED'> & {
      ActionData: ActionData;
    })
  | (Envelope<'INVALID_LAMBDA_RESPONSE'> & { ErrorType?: string; ErrorMessage?: string });

export type Action =
  | { Type: 'PlayAudio'; Parameters: { CallId?: string; ParticipantTag?: ParticipantTag; Repeat?: number; AudioSource: S3AudioSource } }
  | {
      Type: 'PlayAudioAndGetDigits';
      Parameters: {
        CallId?: string;
        ParticipantTag?: ParticipantTag;
        AudioSource: S3AudioSource;
        FailureAudioSource: S3AudioSource;
        MinNumberOfDigits?: number;
        MaxNumberOfDigits?: number;
        TerminatorDigits?: string[];
        InBetweenDigitsDurationInMilliseconds?: number;
        Repeat?: number;
        RepeatDurationInMilliseconds: number;
      };
    }
  | { Type: 'JoinChimeMeeting'; Parameters: { CallId?: string; ParticipantTag?: 'LEG-A'; JoinToken: string; MeetingId?: string } }
  | { Type: 'Speak'; Parameters: { CallId: string; Text: string; Engine?: 'standard' | 'neural'; VoiceId?: string } }
  | { Type: 'Hangup'; Parameters: { CallId?: string; ParticipantTag?: ParticipantTag; SipResponseCode?: '0' | '480' | '486' } }
  | { Type: 'Pause'; Parameters: { CallId?: string; ParticipantTag?: ParticipantTag; DurationInMilliseconds: number } }
  | { Type: 'SendDigits'; Parameters: { CallId: string; Digits: string } }
  | {
      Type: 'CallAndBridge';
      Parameters: {
        CallerIdNumber: string;
        CallTimeoutSeconds?: number;
        Endpoints: { BridgeEndpointType: 'AWS' | 'PSTN'; Uri: string; Arn?: string }[];
        RingbackTone?: S3AudioSource;
      };
    };

export interface SmaResponse {
  SchemaVersion: '1.0';
  Actions?: Action[] | null;
  TransactionAttributes?: Record<string, string> | null;
}
