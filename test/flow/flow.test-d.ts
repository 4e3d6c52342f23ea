import { describe, expectTypeOf, it } from 'vitest';
import { actions, type HangupEvent, type IntentResult, type RecordingDestinationResult, type SmaHandler } from '../../src/index.js';
import { defineFlow, type Flow } from '../../src/flow/index.js';

const audio = (key: string) => ({ type: 'S3' as const, bucketName: 'prompts', key });
const play = actions.playAudio({ audioSource: audio('hello.wav') });
const menu = actions.playAudioAndGetDigits({
  audioSource: audio('menu.wav'),
  failureAudioSource: audio('again.wav'),
  repeatDurationInMilliseconds: 5000,
});
const bridge = actions.callAndBridge({ callerIdNumber: '+12065551212', endpoints: [{ bridgeEndpointType: 'PSTN', uri: '+14155550100' }] });
const record = actions.recordAudio({ recordingDestination: { type: 'S3', bucketName: 'recordings' }, recordingTerminators: ['#'] });
const bot = actions.startBotConversation({
  botAliasArn: 'arn:aws:lex:us-east-1:123456789012:bot-alias/ABCDEFGHIJ/KLMNOPQRST',
  localeId: 'en_US',
  configuration: { sessionState: { dialogAction: { type: 'ElicitIntent' } } },
});
const hangUp = actions.hangup();

const steps = defineFlow({
  version: '1',
  state: { tries: 0, vip: false, name: '' },
  steps: (step) => ({
    menu: step({
      actions: ({ state }) => {
        expectTypeOf(state).toEqualTypeOf<Readonly<{ tries: number; vip: boolean; name: string }>>();
        return [play];
      },
      await: menu,
    }),
    transfer: step({ await: bridge }),
    voicemail: step({ await: record }),
    bot: step({ await: bot }),
    hold: step({ await: actions.pause({ durationInMilliseconds: 1000 }) }),
    join: step({ await: 'JoinChimeMeeting' }),
    bye: step({ actions: [play, hangUp] }),
  }),
});

describe('flow types', () => {
  it('types each outcome from the awaited action of its step', () => {
    const flow = steps.transitions({
      start: 'menu',
      on: {
        menu: {
          success: {
            to: ['transfer', 'bye'],
            choose: (outcome, { state }) => {
              expectTypeOf(outcome.data.ReceivedDigits).toEqualTypeOf<string>();
              expectTypeOf(outcome.data.Type).toEqualTypeOf<'PlayAudioAndGetDigits'>();
              expectTypeOf(state.tries).toEqualTypeOf<number>();
              return outcome.data.ReceivedDigits === '0' ? { to: 'transfer', state: { vip: true } } : 'bye';
            },
          },
          failed: {
            to: ['bye'],
            choose: ({ errorType }) => (
              expectTypeOf(errorType).toEqualTypeOf<'InvalidAudioSource' | 'InvalidActionParameter' | 'SystemException'>(), 'bye'
            ),
          },
        },
        transfer: {
          failed: {
            CallNotAnswered: {
              to: ['voicemail'],
              choose: ({ data }) => (
                expectTypeOf(data.ErrorType).toEqualTypeOf<
                  'CallNotAnswered' | 'InvalidAudioSource' | 'InvalidActionParameter' | 'SystemException'
                >(),
                'voicemail'
              ),
            },
            default: 'bye',
          },
          hangup: {
            'LEG-B': {
              to: ['bye'],
              choose: ({ leg, event }) => (
                expectTypeOf(leg).toEqualTypeOf<'LEG-A' | 'LEG-B'>(), expectTypeOf(event).toEqualTypeOf<HangupEvent>(), 'bye'
              ),
            },
          },
          callUpdate: {
            to: ['bye'],
            choose: (outcome) => (expectTypeOf(outcome.arguments).toEqualTypeOf<Readonly<Record<string, string>>>(), 'bye'),
          },
        },
        voicemail: {
          success: {
            to: ['bye'],
            choose: ({ data }) => (expectTypeOf(data.RecordingDestination).toEqualTypeOf<RecordingDestinationResult>(), 'bye'),
          },
          interrupted: () => ({ tries: 1 }),
        },
        bot: {
          success: { to: ['bye'], choose: ({ data }) => (expectTypeOf(data.IntentResult).toEqualTypeOf<IntentResult>(), 'bye') },
          failed: 'bye',
        },
        hold: {
          success: 'bye',
          interrupted: (outcome) => (expectTypeOf(outcome.event.ActionData.Type).toEqualTypeOf<'Pause'>(), undefined),
        },
        join: { success: 'bye', failed: { ErrorJoiningMeeting: 'bye' } },
      },
    });
    expectTypeOf(flow).toEqualTypeOf<
      Flow<
        'menu' | 'transfer' | 'voicemail' | 'bot' | 'hold' | 'join' | 'bye',
        { readonly tries: 0; readonly vip: false; readonly name: '' }
      >
    >();
    expectTypeOf(flow.handler()).toEqualTypeOf<SmaHandler>();
    expectTypeOf(flow.start).toEqualTypeOf<'menu' | 'transfer' | 'voicemail' | 'bot' | 'hold' | 'join' | 'bye'>();
  });

  it('rejects a transition to a step that does not exist', () => {
    // @ts-expect-error -- 'buy' is not a step
    steps.transitions({ start: 'menu', on: { menu: { success: 'buy' } } });
    // @ts-expect-error -- 'nowhere' is not a step
    steps.transitions({ start: 'nowhere', on: {} });
    steps.transitions({
      start: 'menu',
      // @ts-expect-error -- 'menus' is not a step
      on: { menus: { success: 'bye' } },
    });
    // @ts-expect-error -- a choice may only list steps
    steps.transitions({ start: 'menu', on: { menu: { success: { to: ['bye', 'lost'], choose: () => 'bye' } } } });
    // @ts-expect-error -- a choice may only return steps
    steps.transitions({ start: 'menu', on: { menu: { success: { to: ['bye'], choose: () => 'by' } } } });
    // @ts-expect-error -- the state it updates has no such key
    steps.transitions({ start: 'menu', on: { menu: { success: { to: ['bye'], choose: () => ({ to: 'bye', state: { retries: 1 } }) } } } });
    // @ts-expect-error -- the join step awaits a JoinChimeMeeting action, not a PlayAudio
    steps.transitions({ start: 'menu', on: { menu: { success: { to: ['join'], choose: () => ({ to: 'join', await: play }) } } } });
    steps.transitions({
      start: 'menu',
      on: { menu: { success: { to: ['join'], choose: () => ({ to: 'join', await: actions.joinChimeMeeting({ joinToken: 't' }) }) } } },
    });
    // @ts-expect-error -- onUnknownStep must be a step
    steps.transitions({ start: 'menu', on: {}, onUnknownStep: 'gone' });
  });

  it('rejects an outcome the awaited action cannot produce', () => {
    // @ts-expect-error -- PlayAudioAndGetDigits never fails with CallNotAnswered
    steps.transitions({ start: 'menu', on: { menu: { failed: { CallNotAnswered: 'bye' } } } });
    // @ts-expect-error -- JoinChimeMeeting does not document CallNotAnswered
    steps.transitions({ start: 'menu', on: { join: { failed: { CallNotAnswered: 'bye' } } } });
    // @ts-expect-error -- CallAndBridge is not interruptible: no ACTION_INTERRUPTED
    steps.transitions({ start: 'menu', on: { transfer: { interrupted: () => undefined } } });
    // @ts-expect-error -- there is no leg C
    steps.transitions({ start: 'menu', on: { transfer: { hangup: { 'LEG-C': 'bye' } } } });
    // @ts-expect-error -- no such outcome
    steps.transitions({ start: 'menu', on: { menu: { timeout: 'bye' } } });
    steps.transitions({
      start: 'menu',
      on: {
        menu: {
          success: {
            to: ['bye'],
            // @ts-expect-error -- a menu's success carries no RecordingDestination
            choose: ({ data }) => (void data.RecordingDestination, 'bye'),
          },
        },
      },
    });
  });

  it('types the state in step functions from the initial state', () => {
    defineFlow({
      version: '1',
      state: { tries: 0 },
      steps: (step) => ({
        // @ts-expect-error -- tries is a number
        a: step({ actions: ({ state }) => (state.tries.toUpperCase(), [hangUp]) }),
      }),
    });
    // @ts-expect-error -- state values are strings, numbers or booleans (stored as TransactionAttributes strings)
    defineFlow({ version: '1', state: { when: new Date() }, steps: (step) => ({ a: step({ actions: [hangUp] }) }) });
    // @ts-expect-error -- a step awaits one action: a builder of another kind does not fit
    defineFlow({ version: '1', state: {}, steps: (step) => ({ a: step({ await: [menu, bridge] }) }) });
    defineFlow({
      version: '1',
      state: {},
      steps: (step) => ({
        a: step({
          // @ts-expect-error -- an action that needs its CallId (.onCall) before it can be sent
          await: actions.speakAndGetDigits({
            speechParameters: { text: 'Hi' },
            failureSpeechParameters: { text: 'Again' },
            repeatDurationInMilliseconds: 1000,
          }),
        }),
      }),
    });
  });
});
