import type { ActionType, ParametersOf } from '../actions/index.js';

/**
 * The `Parameters` of the action named `T` as the service echoes them in `ActionData`, or a
 * plain object for a name that is not (yet) a returnable action of this package.
 * @category Events
 */
export type EchoedParameters<T extends string> = T extends ActionType ? ParametersOf<T> : Record<string, unknown>;

/**
 * The error types every action may report (SystemException for all actions, and
 * InvalidActionParameter for most): the `ErrorType` of actions whose own error types are
 * undocumented (Hangup, Pause, ReceiveDigits and the Stop/Pause/Resume call-recording actions).
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
 */
export type GenericActionErrorType = 'InvalidActionParameter' | 'SystemException';

/**
 * Where a `RecordAudio` recording was written, in its `ACTION_SUCCESSFUL` event.
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/record-audio.html
 */
export interface RecordingDestinationResult {
  /**
   * The storage type.
   *
   * Allowed values: `"S3"`.
   */
  Type: 'S3';
  /** The bucket the recording was written to. */
  BucketName: string;
  /** The full S3 object key of the recording. */
  Key: string;
}

/**
 * Where a `StartCallRecording` recording goes, in its `ACTION_SUCCESSFUL` event.
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-call-recording.html
 */
export interface CallRecordingDestinationResult {
  /**
   * The storage type.
   *
   * Allowed values: `"S3"`.
   */
  Type: 'S3';
  /** The bucket and key of the recording. */
  Location: string;
}

/**
 * A value of an Amazon Lex V2 slot.
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-bot-conversation.html
 */
export interface BotSlotValue {
  /** What the caller said. */
  OriginalValue?: string;
  /** The value Amazon Lex resolved it to. */
  InterpretedValue?: string;
  /** The values Amazon Lex could resolve it to. */
  ResolvedValues?: string[];
}

/**
 * One Amazon Lex V2 slot of an intent.
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-bot-conversation.html
 */
export interface BotSlot {
  /** The slot's value. */
  Value?: BotSlotValue;
  /** The values of a multi-valued slot. */
  Values?: BotSlot[];
}

/**
 * An Amazon Lex V2 intent as reported by `StartBotConversation`.
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-bot-conversation.html
 */
export interface BotIntent {
  /** The intent's name. */
  Name: string;
  /** The intent's slots by name; a slot Amazon Lex could not fill is `null`. */
  Slots?: Record<string, BotSlot | null>;
  /**
   * The fulfilment state.
   *
   * Allowed values: `"Failed"`, `"Fulfilled"`, `"ReadyForFulfillment"` (and other Amazon Lex V2 states).
   */
  State?: string;
  /**
   * Whether the caller confirmed the intent.
   *
   * Allowed values: `"Confirmed"`, `"Denied"`, `"None"`.
   */
  ConfirmationState?: string;
}

/**
 * The result of a `StartBotConversation` action, in its `ACTION_SUCCESSFUL` event.
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-bot-conversation.html
 */
export interface IntentResult {
  /** The Amazon Lex session ID (the call's `CallId`). */
  SessionId: string;
  /** The session's final state: its attributes and the chosen intent. */
  SessionState: {
    /** The session attributes (string values). */
    SessionAttributes?: Record<string, string>;
    /** The intent with the highest confidence. */
    Intent: BotIntent;
  };
  /** Every interpretation Amazon Lex considered, with its confidence. */
  Interpretations?: {
    /** How confident Amazon Lex is, from 0.00 to 1.00. */
    NluConfidence?: {
      /** The confidence score, from 0.00 to 1.00. */
      Score: number;
    };
    /** The interpreted intent. */
    Intent: BotIntent;
  }[];
}

/**
 * The documented per-action additions to `ActionData`, keyed by action `Type`. It is keyed by
 * name (not by {@link ActionType}), so it holds every documented action whatever actions this
 * build registers. For each action:
 * - `successful`: extra `ActionData` fields of its `ACTION_SUCCESSFUL` event;
 * - `failed`: extra `ActionData` fields of its `ACTION_FAILED` event (besides the error fields);
 * - `parameters`: fields the service adds to the echoed `Parameters`;
 * - `errorTypes`: its documented error types (the closed union of its `ErrorType`).
 *
 * An action missing here, or a missing member, adds nothing; a missing `errorTypes` means
 * {@link GenericActionErrorType}.
 * @category Events
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html
 */
export interface ActionResultExtras {
  /** CallAndBridge: the echo gains the A leg's `CallId`; it fails with `CallNotAnswered`. */
  CallAndBridge: {
    /** Added to the echoed parameters. */
    parameters: {
      /** The `CallId` of the leg that was bridged (LEG-A), added by the service. */
      CallId?: string;
    };
    /** The documented error types (`InvalidAudioSource` concerns `RingbackTone`). */
    errorTypes: 'CallNotAnswered' | 'InvalidAudioSource' | 'InvalidActionParameter' | 'SystemException';
  };
  /** JoinChimeMeeting: its failure example uses `Error: "ErrorJoiningMeeting: …"`. */
  JoinChimeMeeting: {
    /** The documented error types. */
    errorTypes: 'InvalidActionParameter' | 'SystemException' | 'ErrorJoiningMeeting';
  };
  /** ModifyChimeMeetingAttendees: its failure carries an `ErrorList`. */
  ModifyChimeMeetingAttendees: {
    /** Added to the `ACTION_FAILED` ActionData. */
    failed: {
      /** Per-attendee errors; the content is undocumented (empty in the example). */
      ErrorList?: unknown[];
    };
    /** The documented error types. */
    errorTypes: 'InvalidActionParameter' | 'SystemException';
  };
  /** PlayAudio. */
  PlayAudio: {
    /** The documented error types. */
    errorTypes: 'InvalidAudioSource' | 'InvalidActionParameter' | 'SystemException';
  };
  /** PlayAudioAndGetDigits: the digits collected. */
  PlayAudioAndGetDigits: {
    /** Added to the `ACTION_SUCCESSFUL` ActionData. */
    successful: {
      /** The DTMF digits the caller entered. */
      ReceivedDigits: string;
    };
    /** The documented error types (the one for "no valid digits" is undocumented). */
    errorTypes: 'InvalidAudioSource' | 'InvalidActionParameter' | 'SystemException';
  };
  /** ReceiveDigits: its `ACTION_SUCCESSFUL` carries `ReceivedDigits` (empty in the example). */
  ReceiveDigits: {
    /** Added to the `ACTION_SUCCESSFUL` ActionData. */
    successful: {
      /** Digits received so far (`""` in the documented example; matches come in `DIGITS_RECEIVED`). */
      ReceivedDigits: string;
    };
  };
  /** RecordAudio: where the recording was written. */
  RecordAudio: {
    /** Added to the `ACTION_SUCCESSFUL` ActionData. */
    successful: {
      /** Where the recording was written. */
      RecordingDestination: RecordingDestinationResult;
      /** The DTMF key that stopped the recording; absent when it stopped on duration or silence. */
      RecordingTerminatorUsed?: string;
    };
    /** The documented error types. */
    errorTypes: 'InvalidActionParameter' | 'SystemException';
  };
  /** SendDigits. */
  SendDigits: {
    /** The documented error types. */
    errorTypes: 'InvalidActionParameter' | 'SystemException';
  };
  /** Speak. */
  Speak: {
    /** The documented error types. */
    errorTypes: 'AccessDenied' | 'InvalidActionParameter' | 'ActionExecutionThrottled' | 'MissingRequiredActionParameter' | 'SystemException';
  };
  /** SpeakAndGetDigits: the digits collected. */
  SpeakAndGetDigits: {
    /** Added to the `ACTION_SUCCESSFUL` ActionData. */
    successful: {
      /** The DTMF digits the caller entered. */
      ReceivedDigits: string;
    };
    /** The documented error types. */
    errorTypes: 'AccessDenied' | 'InvalidActionParameter' | 'MissingRequiredActionParameter' | 'SystemException';
  };
  /** StartBotConversation: the bot's result and the leg's `CallId`. */
  StartBotConversation: {
    /** Added to the `ACTION_SUCCESSFUL` ActionData. */
    successful: {
      /** The `CallId` of the leg the conversation ran on. */
      CallId: string;
      /** The Amazon Lex V2 result of the conversation. */
      IntentResult: IntentResult;
    };
    /** Added to the `ACTION_FAILED` ActionData. */
    failed: {
      /** The `CallId` of the leg the conversation ran on. */
      CallId?: string;
    };
    /** The documented error types. */
    errorTypes: 'InvalidActionParameter' | 'SystemException' | 'ResourceNotFound' | 'ResourceAccessDenied' | 'ActionExecutionThrottled';
  };
  /** StartCallRecording: where the recording goes. */
  StartCallRecording: {
    /** Added to the `ACTION_SUCCESSFUL` ActionData. */
    successful: {
      /** Where the recording is written. */
      CallRecordingDestination: CallRecordingDestinationResult;
    };
    /** The documented error types (`NoAccessToDestination` appears as `Error: "NoAccessToDestination: …"`). */
    errorTypes: 'InvalidActionParameter' | 'SystemException' | 'NoAccessToDestination';
  };
  /** VoiceFocus. */
  VoiceFocus: {
    /** The documented error types. */
    errorTypes: 'ActionExecutionThrottled' | 'MissingRequiredActionParameter' | 'SystemException';
  };
}

/**
 * Member `K` of action `T`'s entry in {@link ActionResultExtras}, or `Fallback` when the action or
 * the member is not there.
 * @typeParam T - the action's `Type`.
 * @typeParam K - the member: `successful`, `failed`, `parameters` or `errorTypes`.
 * @typeParam Fallback - what a missing member means.
 * @category Events
 */
export type ActionResultExtra<T extends string, K extends string, Fallback = {}> = T extends keyof ActionResultExtras
  ? K extends keyof ActionResultExtras[T]
    ? ActionResultExtras[T][K]
    : Fallback
  : Fallback;

/**
 * The extra `ActionData` fields of action `T`'s `ACTION_SUCCESSFUL` event.
 * @category Events
 */
export type SuccessExtrasOf<T extends string> = ActionResultExtra<T, 'successful'>;

/**
 * The extra `ActionData` fields of action `T`'s `ACTION_FAILED` event (besides the error fields).
 * @category Events
 */
export type FailureExtrasOf<T extends string> = ActionResultExtra<T, 'failed'>;

/**
 * The fields the service adds to action `T`'s echoed `Parameters`.
 * @category Events
 */
export type ParameterExtrasOf<T extends string> = ActionResultExtra<T, 'parameters'>;

/**
 * The documented error types of action `T`: the closed union its `ErrorType` can take.
 * @category Events
 */
export type ActionErrorType<T extends string> = ActionResultExtra<T, 'errorTypes', GenericActionErrorType>;
