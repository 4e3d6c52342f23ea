import { type FieldRule, type Refinement, describeValue, isRecord, jsonByteLength } from '../validation/index.js';
import type { StartBotConversationBaseParams, StartBotConversationConfigurationParams } from './builder-params.js';
import type { ActionSpec, ErrorMessages } from './spec.js';
import type { TargetableActionBuilder } from './builder.js';
import { createBuilder } from './builder.js';

/**
 * Parameters of {@link StartBotConversationAction}.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-bot-conversation.html
 */
export interface StartBotConversationParameters {
  /**
   * The `CallId` of the leg that talks to the bot. Amazon Lex uses it as the conversation's
   * `SessionId`: every bot conversation on one call shares one Lex session. When set,
   * `ParticipantTag` is ignored.
   *
   * Allowed values: a call ID from `CallDetails.Participants`.
   * @defaultValue the leg of `ParticipantTag`, else the leg that invoked the Lambda
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-bot-conversation.html
   */
  CallId?: string;
  /**
   * The leg that talks to the bot, when `CallId` is not set.
   *
   * Allowed values: `"LEG-A"` only.
   * @defaultValue the `ParticipantTag` of the leg that invoked the Lambda
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-bot-conversation.html
   */
  ParticipantTag?: 'LEG-A';
  /**
   * The ARN of the Amazon Lex V2 bot alias. The bot must be in the same AWS Region as the SIP
   * media application, and its alias resource policy must allow `lex:StartConversation` for
   * `voiceconnector.chime.amazonaws.com`.
   *
   * Allowed values: `arn:aws:lex:region:awsAccountId:bot-alias/botId/botAliasId`.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-bot-conversation.html
   */
  BotAliasArn: string;
  /**
   * The locale of the bot, such as `en_US` (the key is `LocaleId`; some samples misspell it
   * `LocalId`, which the service ignores).
   *
   * Allowed values: a locale Amazon Lex V2 supports and the bot is built for
   * (https://docs.aws.amazon.com/lexv2/latest/dg/how-languages.html).
   * @defaultValue `"en_US"`
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-bot-conversation.html
   */
  LocaleId?: string;
  /**
   * The conversation's configuration: the Lex session state and welcome messages.
   *
   * Allowed values: an object whose JSON form is at most 10 KB (10,240 bytes of UTF-8).
   * @defaultValue none
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-bot-conversation.html
   */
  Configuration?: StartBotConversationConfiguration;
}

/**
 * The configuration of a bot conversation (`StartBotConversation` `Configuration`).
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-bot-conversation.html
 */
export interface StartBotConversationConfiguration {
  /**
   * The state of the caller's Amazon Lex V2 session.
   *
   * Allowed values: a {@link StartBotConversationSessionState}.
   * @defaultValue none
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-bot-conversation.html
   */
  SessionState?: StartBotConversationSessionState;
  /**
   * Messages the bot speaks at the start of the conversation. Setting them requires
   * `SessionState.DialogAction.Type` `"ElicitIntent"`.
   *
   * Allowed values: an array of {@link StartBotConversationWelcomeMessage} (maximum count
   * undocumented).
   * @defaultValue none
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-bot-conversation.html
   */
  WelcomeMessages?: StartBotConversationWelcomeMessage[];
}

/**
 * The Amazon Lex V2 session state a bot conversation starts with.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-bot-conversation.html
 */
export interface StartBotConversationSessionState {
  /**
   * Session-specific context passed between the bot and the application. The keys are user data
   * and stay verbatim in builder params; Lex timeout keys such as
   * `x-amz-lex:start-timeout-ms:*:*` go here too.
   *
   * Allowed values: a map of string keys to string values.
   * @defaultValue none
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-bot-conversation.html
   */
  SessionAttributes?: Record<string, string>;
  /**
   * What the bot does first.
   *
   * Allowed values: a {@link StartBotConversationDialogAction}.
   * @defaultValue none
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-bot-conversation.html
   */
  DialogAction?: StartBotConversationDialogAction;
}

/**
 * The first dialog action of a bot conversation.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-bot-conversation.html
 */
export interface StartBotConversationDialogAction {
  /**
   * The bot's next action: `Delegate` lets Amazon Lex V2 decide; `ElicitIntent` asks the caller
   * for an intent (required when `WelcomeMessages` is set).
   *
   * Allowed values: `"Delegate"`, `"ElicitIntent"`.
   * @defaultValue none
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-bot-conversation.html
   */
  Type?: 'Delegate' | 'ElicitIntent';
}

/**
 * One welcome message of a bot conversation.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-bot-conversation.html
 */
export interface StartBotConversationWelcomeMessage {
  /**
   * The text of the message: plain UTF-8 text, or SSML when `ContentType` is `"SSML"`.
   *
   * Allowed values: a string.
   * @defaultValue none
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-bot-conversation.html
   */
  Content?: string;
  /**
   * The format of `Content`.
   *
   * Allowed values: `"PlainText"`, `"SSML"`.
   * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-bot-conversation.html
   */
  ContentType: 'PlainText' | 'SSML';
}

/**
 * Starts a voice and DTMF conversation between the caller and an Amazon Lex V2 bot; the
 * `ACTION_SUCCESSFUL` event carries the bot's `IntentResult`. It cannot run on a bridged call
 * or on a call joined to a meeting. Amazon Lex and Amazon Polly usage is billed.
 * @category Actions
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-bot-conversation.html
 */
export interface StartBotConversationAction {
  /** The action type. */
  Type: 'StartBotConversation';
  /** The action's parameters. */
  Parameters: StartBotConversationParameters;
}

/** The documented format of a Lex V2 bot alias ARN (any AWS partition). */
const BOT_ALIAS_ARN = /^arn:aws[a-z-]*:lex:[a-z0-9-]+:\d{12}:bot-alias\/[^/\s]+\/[^/\s]+$/;

/**
 * The documented maximum size of `Configuration` as JSON: 10 KB, in bytes of UTF-8.
 * @category Actions
 */
export const BOT_CONFIGURATION_MAX_BYTES = 10 * 1024;

/**
 * Cross-field rules of `Configuration`: welcome messages need `DialogAction.Type` `ElicitIntent`
 * (reported on that field), and the whole object is at most 10 KB as JSON.
 */
const configurationRefinement: Refinement = (configuration, report) => {
  if (configuration.WelcomeMessages !== undefined) {
    const sessionState = configuration.SessionState;
    const dialogAction = isRecord(sessionState) ? sessionState.DialogAction : undefined;
    const type = isRecord(dialogAction) ? dialogAction.Type : undefined;
    if (type !== 'ElicitIntent') {
      report(
        'SessionState.DialogAction.Type',
        'cross_field',
        `must be "ElicitIntent" when WelcomeMessages is set, got ${describeValue(type)}`,
      );
    }
  }
  const bytes = jsonByteLength(configuration);
  if (bytes > BOT_CONFIGURATION_MAX_BYTES) {
    report('', 'max_size', `must be at most 10 KB (${BOT_CONFIGURATION_MAX_BYTES} bytes) as JSON, got ${bytes} bytes`);
  }
};

/**
 * A value of an Amazon Lex V2 slot.
 * @category Actions
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
 * @category Actions
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
 * @category Actions
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
 * @category Actions
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

/** An Amazon Lex intent in a result: only its name is checked (slots and states belong to Amazon Lex). */
const INTENT_RULE = { type: 'object', required: true, fields: { Name: { type: 'string', required: true } } } as const satisfies FieldRule;

/**
 * What a `StartBotConversation` action adds to its events' `ActionData`: the bot's result and the leg's `CallId`.
 * @category Actions
 */
export interface StartBotConversationResult {
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
}

/**
 * The rules of {@link StartBotConversationAction}.
 * @internal
 */
export const startBotConversationSpec: ActionSpec<StartBotConversationAction, StartBotConversationResult> = {
  type: 'StartBotConversation',
  targeting: { kind: 'callIdOrLeg', legs: ['LEG-A'] },
  parameters: {
    BotAliasArn: {
      type: 'string',
      required: true,
      pattern: BOT_ALIAS_ARN,
      format: 'a Lex V2 bot alias ARN (arn:aws:lex:region:awsAccountId:bot-alias/botId/botAliasId)',
    },
    LocaleId: { type: 'string', default: 'en_US' },
    Configuration: {
      type: 'object',
      fields: {
        SessionState: {
          type: 'object',
          fields: {
            SessionAttributes: { type: 'map' },
            DialogAction: {
              type: 'object',
              fields: { Type: { type: 'string', enum: ['Delegate', 'ElicitIntent'] } },
            },
          },
        },
        WelcomeMessages: {
          type: 'array',
          items: {
            type: 'object',
            fields: {
              Content: { type: 'string' },
              ContentType: { type: 'string', required: true, enum: ['PlainText', 'SSML'] },
            },
          },
        },
      },
      refine: configurationRefinement,
    },
  },
  result: {
    successful: {
      CallId: { type: 'string', required: true },
      IntentResult: {
        type: 'object',
        required: true,
        fields: {
          SessionId: { type: 'string', required: true },
          SessionState: { type: 'object', required: true, fields: { Intent: INTENT_RULE } },
          Interpretations: {
            type: 'array',
            items: {
              type: 'object',
              fields: { NluConfidence: { type: 'object', fields: { Score: { type: 'number', min: 0, max: 1 } } }, Intent: INTENT_RULE },
            },
          },
        },
      },
    },
    failed: { CallId: { type: 'string' } },
  },
  errorFormat: 'ErrorType',
  reportedMidList: true,
  interruptible: false,
};

/**
 * The documented error types of {@link StartBotConversationAction} with their documented messages (`''` where the
 * docs give none): the simulator's failures. Kept apart from the spec so that they stay out of
 * Lambda bundles.
 * @internal
 */
export const startBotConversationErrors: ErrorMessages<StartBotConversationResult> = {
  InvalidActionParameter: '',
  SystemException: '',
  ResourceNotFound: '',
  ResourceAccessDenied: '',
  ActionExecutionThrottled: '',
};

/**
 * A bot configuration without welcome messages, as {@link actions.startBotConversation} takes it: any
 * session state and dialog action.
 * @category Actions
 */
export type StartBotConversationConfigurationWithoutWelcomeParams = Omit<StartBotConversationConfigurationParams, 'welcomeMessages'> & {
  /**
   * Not allowed here: welcome messages need `sessionState.dialogAction.type` `"ElicitIntent"`
   * (see {@link StartBotConversationConfigurationWithWelcomeParams}).
   */
  welcomeMessages?: never;
};

/**
 * A bot configuration with welcome messages, as {@link actions.startBotConversation} takes it: they
 * compile only together with `sessionState.dialogAction.type: 'ElicitIntent'` (the documented
 * rule).
 * @category Actions
 */
export type StartBotConversationConfigurationWithWelcomeParams = StartBotConversationConfigurationParams & {
  /** The session state; its dialog action must elicit an intent. */
  sessionState: {
    /** The first dialog action; see {@link StartBotConversationDialogAction}. */
    dialogAction: {
      /** `"ElicitIntent"`, required when welcome messages are set. */
      type: 'ElicitIntent';
    };
  };
  /** The messages the bot speaks first; see {@link StartBotConversationConfiguration.WelcomeMessages}. */
  welcomeMessages: NonNullable<StartBotConversationConfigurationParams['welcomeMessages']>;
};

/**
 * What {@link actions.startBotConversation} takes: {@link StartBotConversationParameters} in camelCase,
 * without targeting. `configuration.welcomeMessages` compiles only together with
 * `configuration.sessionState.dialogAction.type: 'ElicitIntent'` (the documented rule).
 * @category Actions
 */
export type StartBotConversationParams = StartBotConversationBaseParams & {
  /** Welcome messages compile only with `sessionState.dialogAction.type: 'ElicitIntent'`. */
  configuration?: StartBotConversationConfigurationWithoutWelcomeParams | StartBotConversationConfigurationWithWelcomeParams;
};

/**
 * Builds a `StartBotConversation` action. Only `LEG-A` can talk to a bot.
 *
 * @example
 * ```ts
 * actions.startBotConversation({
 *   botAliasArn: 'arn:aws:lex:us-east-1:123456789012:bot-alias/ABCDEFGHIH/MNOPQRSTUV',
 *   localeId: 'en_US',
 *   configuration: {
 *     sessionState: { dialogAction: { type: 'ElicitIntent' } },
 *     welcomeMessages: [{ content: 'Welcome. How can I help you?', contentType: 'PlainText' }],
 *   },
 * }).onLeg('LEG-A');
 * ```
 * @throws {@link SmaValidationError} when a parameter breaks a documented rule.
 * @category Actions
 */
export function startBotConversation(params: StartBotConversationParams): TargetableActionBuilder<StartBotConversationAction, 'LEG-A'> {
  return createBuilder(startBotConversationSpec, params);
}
