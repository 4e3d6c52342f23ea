/**
 * An IVR menu as a typed call flow: three levels of menus (main, support, technical support),
 * a retry prompt after a key the menu does not know (three at most), and a transfer to an
 * operator with CallAndBridge, with a message when the operator is busy or does not answer.
 * `test/flow/ivr-menu.test.ts` drives it through the simulator.
 *
 * @see https://docs.aws.amazon.com/chime-sdk/latest/dg/call-and-bridge.html
 */
import { actions, participant } from 'chime-sma-kit';
import { defineFlow, type StepContext, type SuccessOutcome } from 'chime-sma-kit/flow';

// #region prompts
const BUCKET = 'ivr-prompts';
const audio = (key: string) => ({ type: 'S3' as const, bucketName: BUCKET, key });
const play = (key: string) => actions.playAudio({ audioSource: audio(key) }).onLeg('LEG-A');

/** A menu: one key, asked up to twice before the step fails. */
const menu = (key: string) =>
  actions
    .playAudioAndGetDigits({
      audioSource: audio(key),
      failureAudioSource: audio('no-choice-heard.wav'),
      minNumberOfDigits: 1,
      maxNumberOfDigits: 1,
      repeat: 2,
      repeatDurationInMilliseconds: 5000,
    })
    .onLeg('LEG-A');

const invalidChoice = play('invalid-choice.wav');
const goodbye = play('goodbye.wav');
const hangUp = actions.hangup().onLeg('LEG-A');
// #endregion prompts

// #region choice
/** How many unknown keys a caller may press in a row before the call ends. */
export const MAX_RETRIES = 3;

/**
 * The transition of a menu: the step of each key; any other key asks the same menu again
 * (counting retries), and after {@link MAX_RETRIES} unknown keys the call says goodbye.
 */
function byKey<const N extends string>(keys: Record<string, N>, retry: N) {
  return {
    to: [...Object.values(keys), retry, 'goodbye' as const],
    choose: ({ data }: SuccessOutcome<'PlayAudioAndGetDigits'>, { state }: StepContext<{ retries: number }>) => {
      const chosen = Object.prototype.hasOwnProperty.call(keys, data.ReceivedDigits) ? keys[data.ReceivedDigits] : undefined;
      if (chosen !== undefined) return { to: chosen, state: { retries: 0 } };
      const retries = state.retries + 1;
      return retries >= MAX_RETRIES ? ('goodbye' as const) : { to: retry, state: { retries } };
    },
  };
}
// #endregion choice

// #region flow
/** The IVR flow, transferring to `operator` (E.164). */
export function createIvrFlow(operator: string) {
  /** A menu step's actions: the retry prompt after an unknown key. */
  const retryPrompt = ({ state }: StepContext<{ retries: number }>) => (state.retries > 0 ? [invalidChoice] : []);
  return defineFlow({
    version: '1',
    state: { retries: 0 },
    steps: (step) => ({
      main: step({ actions: retryPrompt, await: menu('main-menu.wav'), description: '1 sales, 2 support, 0 operator' }),
      sales: step({ actions: [play('sales-hours.wav'), goodbye, hangUp] }),
      support: step({ actions: retryPrompt, await: menu('support-menu.wav'), description: '1 billing, 2 technical, 9 back, 0 operator' }),
      billing: step({ actions: [play('billing-info.wav'), goodbye, hangUp] }),
      technical: step({
        actions: retryPrompt,
        await: menu('technical-menu.wav'),
        description: '1 internet, 2 phone line, 9 back, 0 operator',
      }),
      internet: step({ actions: [play('internet-status.wav'), goodbye, hangUp] }),
      phoneLine: step({ actions: [play('phone-line-status.wav'), goodbye, hangUp] }),
      // The operator sees the caller's number; the call rings for 20 seconds at most.
      operator: step({
        actions: [play('connecting-to-operator.wav')],
        await: ({ event }) =>
          actions.callAndBridge({
            callerIdNumber: participant(event, 'LEG-A')?.From ?? '',
            callTimeoutSeconds: 20,
            endpoints: [{ bridgeEndpointType: 'PSTN', uri: operator }],
          }),
      }),
      withOperator: step({ ends: true, description: 'bridged until someone hangs up' }),
      operatorBusy: step({ actions: [play('operator-busy.wav'), goodbye, hangUp] }),
      goodbye: step({ actions: [goodbye, hangUp] }),
    }),
  }).transitions({
    start: 'main',
    on: {
      main: { success: byKey({ '1': 'sales', '2': 'support', '0': 'operator' }, 'main'), failed: 'goodbye' },
      support: { success: byKey({ '1': 'billing', '2': 'technical', '9': 'main', '0': 'operator' }, 'support'), failed: 'goodbye' },
      technical: { success: byKey({ '1': 'internet', '2': 'phoneLine', '9': 'support', '0': 'operator' }, 'technical'), failed: 'goodbye' },
      // CallAndBridge's documented error types: a busy or silent operator is CallNotAnswered.
      operator: { success: 'withOperator', failed: { CallNotAnswered: 'operatorBusy', default: 'goodbye' } },
    },
  });
}
// #endregion flow

// #region handler
/** The IVR flow, with the operator's number from the environment. */
export const ivrFlow = createIvrFlow(process.env.OPERATOR_NUMBER ?? '+14155550100');

/** The Lambda handler. */
export const handler = ivrFlow.handler();
// #endregion handler
