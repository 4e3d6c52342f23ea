import { describe, expectTypeOf, it } from 'vitest';
import { type ActionBuilder, type StartBotConversationAction, type TargetableActionBuilder, actions } from '../../src/index.js';

const botAliasArn = 'arn:aws:lex:us-east-1:123456789012:bot-alias/ABCDEFGHIH/MNOPQRSTUV';
const welcomeMessages = [{ content: 'Hello', contentType: 'PlainText' }] as const;

describe('StartBotConversation types', () => {
  it('builds a LEG-A-only targetable builder whose toJSON() is the wire type', () => {
    const builder = actions.startBotConversation({ botAliasArn });
    expectTypeOf(builder).toEqualTypeOf<TargetableActionBuilder<StartBotConversationAction, 'LEG-A'>>();
    expectTypeOf(builder.onLeg('LEG-A')).toEqualTypeOf<ActionBuilder<StartBotConversationAction>>();
    expectTypeOf(builder.toJSON().Parameters.Configuration?.SessionState?.SessionAttributes).toEqualTypeOf<
      Record<string, string> | undefined
    >();
    // @ts-expect-error only LEG-A can talk to a bot
    builder.onLeg('LEG-B');
    // @ts-expect-error after onCall(), onLeg() does not exist
    builder.onCall('c-1').onLeg('LEG-A');
  });

  it('requires botAliasArn and rejects misspelled or PascalCase keys', () => {
    // @ts-expect-error botAliasArn is required
    actions.startBotConversation({ localeId: 'en_US' });
    // @ts-expect-error LocalId is a misspelling found in samples: the key is localeId
    actions.startBotConversation({ botAliasArn, localId: 'en_US' });
    // @ts-expect-error PascalCase keys are wire keys, not builder params
    actions.startBotConversation({ BotAliasArn: botAliasArn });
  });

  it('types the configuration: enums, required ContentType, string session attributes', () => {
    actions.startBotConversation({
      botAliasArn,
      configuration: { sessionState: { sessionAttributes: { 'x-amz-lex:start-timeout-ms:*:*': '4000' } } },
    });
    // @ts-expect-error session attribute values are strings
    actions.startBotConversation({ botAliasArn, configuration: { sessionState: { sessionAttributes: { n: 4000 } } } });
    // @ts-expect-error DialogAction.Type is Delegate or ElicitIntent
    actions.startBotConversation({ botAliasArn, configuration: { sessionState: { dialogAction: { type: 'ElicitSlot' } } } });
    actions.startBotConversation({
      botAliasArn,
      configuration: {
        sessionState: { dialogAction: { type: 'ElicitIntent' } },
        // @ts-expect-error ContentType is PlainText or SSML
        welcomeMessages: [{ content: 'Hi', contentType: 'Html' }],
      },
    });
    actions.startBotConversation({
      botAliasArn,
      // @ts-expect-error ContentType is required
      configuration: { sessionState: { dialogAction: { type: 'ElicitIntent' } }, welcomeMessages: [{ content: 'Hi' }] },
    });
  });

  it('accepts welcomeMessages only with dialogAction.type ElicitIntent', () => {
    actions.startBotConversation({
      botAliasArn,
      configuration: { sessionState: { dialogAction: { type: 'ElicitIntent' } }, welcomeMessages },
    });
    // @ts-expect-error welcome messages need DialogAction.Type ElicitIntent
    actions.startBotConversation({ botAliasArn, configuration: { welcomeMessages } });
    // @ts-expect-error welcome messages need DialogAction.Type ElicitIntent, not Delegate
    actions.startBotConversation({ botAliasArn, configuration: { sessionState: { dialogAction: { type: 'Delegate' } }, welcomeMessages } });
  });
});
