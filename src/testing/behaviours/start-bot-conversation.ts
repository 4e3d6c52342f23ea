import { startBotConversationErrors } from '../../actions/start-bot-conversation.js';
import type { JsonObject } from '../call-state.js';
import type { BotOutcome } from '../options.js';
import { str } from '../show.js';
import type { Behaviour } from './behaviour.js';

/** StartBotConversation: the `bots` option's outcome (one per run) after its duration; not on a bridged or meeting call. */
export const startBotConversationBehaviour: Behaviour<'StartBotConversation'> = {
  type: 'StartBotConversation',
  errors: startBotConversationErrors,
  describe: (p) => [(str(p.BotAliasArn) ?? '').split('/').slice(-2).join('/')],
  async perform(_p, call) {
    const { leg } = call;
    if (call.legs.some((candidate) => candidate !== leg && candidate.status === 'Connected')) {
      return {
        kind: 'failed',
        errorType: 'InvalidActionParameter',
        errorMessage: 'StartBotConversation cannot run on a bridged call or a call joined to a meeting.',
      };
    }
    const list: readonly BotOutcome[] = [call.options.bots ?? {}].flat();
    const outcome: BotOutcome = list[Math.min(call.previousRuns, list.length - 1)] ?? {};
    call.typeNext();
    await call.wait(outcome.durationMs ?? 10_000);
    const slots: JsonObject = {};
    for (const [name, value] of Object.entries(outcome.slots ?? {})) {
      slots[name] = { Value: { OriginalValue: value, InterpretedValue: value, ResolvedValues: [value] }, Values: [] };
    }
    const intent = {
      Name: outcome.intentName ?? 'FallbackIntent',
      Slots: slots,
      State: outcome.state ?? 'Fulfilled',
      ConfirmationState: 'None',
    };
    call.note(`bot conversation on ${leg.tag} ended: ${intent.Name} ${intent.State}`);
    return {
      kind: 'success',
      extras: {
        CallId: leg.callId,
        IntentResult: {
          SessionId: leg.callId,
          SessionState: { SessionAttributes: { ...outcome.sessionAttributes }, Intent: intent },
          Interpretations: [{ NluConfidence: { Score: 1 }, Intent: structuredClone(intent) }],
        },
      },
    };
  },
};
