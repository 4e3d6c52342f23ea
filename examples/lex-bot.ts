/**
 * An Amazon Lex V2 bot answers the phone: StartBotConversation greets the caller and runs the
 * conversation; when it ends, the intent decides: `TalkToAgent` bridges the call to an agent, a
 * fulfilled intent is confirmed with Amazon Polly (Speak) before hanging up, anything else gets
 * an apology. Tests: `test/examples/flows.test.ts`.
 *
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/start-bot-conversation.html
 */
import { actions, callIdOf, createSmaHandler, participant, response, type SmaHandler, type SmaHandlerOptions } from 'chime-sma-kit';

/** The bot and the agents. */
export interface BotConfig {
  /** The Lex V2 bot alias (same Region as the SIP media application). */
  botAliasArn: string;
  /** The agents' number (E.164). */
  agent: string;
  /** The number shown to the agent (E.164, one of yours). */
  callerId: string;
  /** The bucket of the prompts. */
  bucket: string;
}

/** The Lex bot Lambda handler. */
export function createLexBotHandler(config: BotConfig, options: SmaHandlerOptions & { exhaustive?: false } = {}): SmaHandler {
  const sorry = actions.playAudio({ audioSource: { type: 'S3', bucketName: config.bucket, key: 'sorry-try-later.wav' } }).onLeg('LEG-A');
  const say = (callId: string, text: string) => actions.speak({ text }).onCall(callId);
  return createSmaHandler(
    {
      NEW_INBOUND_CALL: () =>
        response(
          actions
            .startBotConversation({
              botAliasArn: config.botAliasArn,
              localeId: 'en_US',
              configuration: {
                sessionState: { dialogAction: { type: 'ElicitIntent' } },
                welcomeMessages: [{ content: 'Welcome to AnyCompany. How can I help you?', contentType: 'PlainText' }],
              },
            })
            .onLeg('LEG-A'),
        ),
      ACTION_SUCCESSFUL: {
        StartBotConversation: (event) => {
          const callId = callIdOf(event, 'LEG-A');
          const intent = event.ActionData.IntentResult.SessionState.Intent;
          if (intent.Name === 'TalkToAgent') {
            return response(
              actions.callAndBridge({ callerIdNumber: config.callerId, endpoints: [{ bridgeEndpointType: 'PSTN', uri: config.agent }] }),
            );
          }
          if (intent.State === 'Fulfilled')
            return response(say(callId, 'Thank you, you are all set. Goodbye!'), actions.hangup().onCall(callId));
          return response(say(callId, 'Sorry, I could not help with that. Please call again later.'), actions.hangup().onCall(callId));
        },
        CallAndBridge: () => response(),
      },
      ACTION_FAILED: {
        StartBotConversation: () => response(sorry, actions.hangup().onLeg('LEG-A')),
        default: () => response(actions.hangup().onLeg('LEG-A')),
      },
      HANGUP: (event) => {
        const other = event.ActionData.Parameters.ParticipantTag === 'LEG-A' ? 'LEG-B' : 'LEG-A';
        return participant(event, other)?.Status === 'Connected' ? response(actions.hangup().onLeg(other)) : undefined;
      },
    },
    options,
  );
}

/** The Lambda handler, configured from the environment. */
export const handler = createLexBotHandler({
  botAliasArn: process.env.BOT_ALIAS_ARN ?? 'arn:aws:lex:us-east-1:123456789012:bot-alias/ABCDEFGHIJ/TSTALIASID',
  agent: process.env.AGENT_NUMBER ?? '+14155550123',
  callerId: process.env.CALLER_ID ?? '+12065551212',
  bucket: process.env.PROMPTS_BUCKET ?? 'prompts',
});
