import { describe, expect, it } from 'vitest';
import { SmaValidationError, actions, createSmaHandler, response, type SmaLogger } from '../../src/index.js';
import { FLOW_STEP_ATTRIBUTE, FLOW_VERSION_ATTRIBUTE, defineFlow } from '../../src/flow/index.js';
import {
  actionFailedEvent,
  actionInterruptedEvent,
  actionSuccessfulEvent,
  callUpdateRequestedEvent,
  digitsReceivedEvent,
  hangupEvent,
  newInboundCallEvent,
  simulateCall,
} from '../../src/testing/index.js';

const audio = (key: string) => ({ type: 'S3' as const, bucketName: 'prompts', key });
const play = (key: string) => actions.playAudio({ audioSource: audio(key) });
const menu = actions.playAudioAndGetDigits({
  audioSource: audio('menu.wav'),
  failureAudioSource: audio('again.wav'),
  repeatDurationInMilliseconds: 5000,
});
const bridge = actions.callAndBridge({ callerIdNumber: '+12065551212', endpoints: [{ bridgeEndpointType: 'PSTN', uri: '+14155550100' }] });
const hangUp = actions.hangup();

function logger(): SmaLogger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, warn: (line) => lines.push(line), error: (line) => lines.push(line) };
}

/** A small flow: a menu (1 → transfer, else goodbye), a transfer, a goodbye. */
const small = (onUnknownStep?: 'bye' | ((stored: { step: string | undefined; version: string | undefined }) => 'bye' | 'menu')) =>
  defineFlow({
    version: '2',
    state: { tries: 0, vip: false, name: 'caller' },
    steps: (step) => ({
      menu: step({ actions: [play('hello.wav')], await: menu }),
      transfer: step({ await: bridge }),
      talking: step({ ends: true }),
      bye: step({ actions: [play('bye.wav'), hangUp] }),
    }),
  }).transitions({
    start: 'menu',
    on: {
      menu: {
        success: {
          to: ['transfer', 'bye'],
          choose: ({ data }, { state }) =>
            data.ReceivedDigits === '1' ? { to: 'transfer', state: { tries: state.tries + 1, vip: true } } : 'bye',
        },
        failed: 'bye',
        callUpdate: 'bye',
      },
      transfer: { success: 'talking', failed: { CallNotAnswered: 'menu', default: 'bye' }, hangup: { 'LEG-B': 'bye' } },
    },
    ...(onUnknownStep === undefined ? {} : { onUnknownStep }),
  });

const stored = (step: string, extra: Record<string, string> = {}) => ({
  transactionAttributes: { [FLOW_STEP_ATTRIBUTE]: step, [FLOW_VERSION_ATTRIBUTE]: '2', ...extra },
});

describe('defineFlow: the call', () => {
  it('starts a new call in the start step, storing step, version and the initial state as strings', async () => {
    const answer = await small().handler({ logger: logger() })(newInboundCallEvent());
    expect(answer).toEqual({
      SchemaVersion: '1.0',
      Actions: [play('hello.wav').toJSON(), menu.toJSON()],
      TransactionAttributes: { tries: '0', vip: 'false', name: 'caller', [FLOW_STEP_ATTRIBUTE]: 'menu', [FLOW_VERSION_ATTRIBUTE]: '2' },
    });
  });

  it('reads the typed state back from the call and keeps attributes it does not own', async () => {
    const event = actionSuccessfulEvent(menu, { ReceivedDigits: '1' }, stored('menu', { tries: '4', other: 'kept' }));
    const answer = await small().handler({ logger: logger() })(event);
    expect(answer.Actions).toEqual([bridge.toJSON()]);
    expect(answer.TransactionAttributes).toEqual({
      tries: '5',
      vip: 'true',
      name: 'caller',
      other: 'kept',
      [FLOW_STEP_ATTRIBUTE]: 'transfer',
      [FLOW_VERSION_ATTRIBUTE]: '2',
    });
  });

  it('stores only its own state keys: what an untyped choose adds, or sets to undefined, is not stored', async () => {
    const flow = defineFlow({
      version: '1',
      state: { tries: 0 },
      steps: (step) => ({ a: step({ await: menu }), b: step({ actions: [hangUp] }) }),
    }).transitions({
      start: 'a',
      on: { a: { success: { to: ['b'], choose: () => ({ to: 'b', state: { extra: 'x', tries: undefined } as never }) } } },
    });
    const answer = await flow.handler({ logger: logger() })(
      actionSuccessfulEvent(menu, { ReceivedDigits: '1' }, { transactionAttributes: { [FLOW_STEP_ATTRIBUTE]: 'a', tries: '2' } }),
    );
    expect(answer.TransactionAttributes).toEqual({ tries: '2', [FLOW_STEP_ATTRIBUTE]: 'b', [FLOW_VERSION_ATTRIBUTE]: '1' });
  });

  it('reads a stored value it cannot parse as the initial value', async () => {
    const event = actionSuccessfulEvent(menu, { ReceivedDigits: '1' }, stored('menu', { tries: 'many', vip: 'yes' }));
    const answer = await small().handler({ logger: logger() })(event);
    expect(answer.TransactionAttributes).toMatchObject({ tries: '1', vip: 'true' });
  });

  it('follows a failure by its documented error type, with a default', async () => {
    const handler = small().handler({ logger: logger() });
    const busy = await handler(actionFailedEvent(bridge, 'CallNotAnswered', stored('transfer')));
    expect(busy.TransactionAttributes?.[FLOW_STEP_ATTRIBUTE]).toBe('menu');
    const broken = await handler(actionFailedEvent(bridge, 'InvalidActionParameter', stored('transfer')));
    expect(broken.TransactionAttributes?.[FLOW_STEP_ATTRIBUTE]).toBe('bye');
  });

  it('follows a hang-up by leg, and by default hangs up the other leg when it is still connected', async () => {
    const handler = small().handler({ logger: logger() });
    const operatorLeft = await handler(hangupEvent({ leg: 'LEG-B', legB: 'pstn', ...stored('transfer') }));
    expect(operatorLeft.Actions).toEqual([play('bye.wav').toJSON(), hangUp.toJSON()]);
    const callerLeft = await handler(hangupEvent({ leg: 'LEG-A', legB: 'pstn', ...stored('talking') }));
    expect(callerLeft.Actions).toEqual([actions.hangup().onLeg('LEG-B').toJSON()]);
    const alone = await handler(hangupEvent({ leg: 'LEG-A', ...stored('menu') }));
    expect(alone).toEqual({ SchemaVersion: '1.0' });
  });

  it('follows a call update, and keeps the pending actions when the step has no callUpdate transition', async () => {
    const handler = small().handler({ logger: logger() });
    const update = await handler(callUpdateRequestedEvent({ action: 'stop' }, stored('menu')));
    expect(update.TransactionAttributes?.[FLOW_STEP_ATTRIBUTE]).toBe('bye');
    expect(await handler(callUpdateRequestedEvent({}, stored('transfer')))).toEqual({ SchemaVersion: '1.0' });
  });

  it('updates state only on an interruption (the service ignores the actions)', async () => {
    const pause = actions.pause({ durationInMilliseconds: 60_000 });
    const flow = defineFlow({
      version: '1',
      state: { interrupted: 0 },
      steps: (step) => ({ hold: step({ await: pause }), bye: step({ actions: [hangUp] }) }),
    }).transitions({
      start: 'hold',
      on: { hold: { success: 'bye', callUpdate: 'bye', interrupted: (_outcome, { state }) => ({ interrupted: state.interrupted + 1 }) } },
    });
    const answer = await flow.handler({ logger: logger() })(
      actionInterruptedEvent(pause, { transactionAttributes: { [FLOW_STEP_ATTRIBUTE]: 'hold' } }),
    );
    expect(answer).toEqual({
      SchemaVersion: '1.0',
      Actions: [],
      TransactionAttributes: { interrupted: '1', [FLOW_STEP_ATTRIBUTE]: 'hold' },
    });
  });

  it('reaches onUnknownStep (the start step by default) when the stored step is gone after a redeploy, with a log line', async () => {
    const event = actionSuccessfulEvent(
      menu,
      { ReceivedDigits: '1' },
      { transactionAttributes: { [FLOW_STEP_ATTRIBUTE]: 'oldMenu', [FLOW_VERSION_ATTRIBUTE]: '1' } },
    );
    const log = logger();
    const restarted = await small().handler({ logger: log })(event);
    // It enters the fallback step: the outcome of a step this version does not have means nothing here.
    expect(restarted.Actions).toEqual([play('hello.wav').toJSON(), menu.toJSON()]);
    expect(restarted.TransactionAttributes?.[FLOW_STEP_ATTRIBUTE]).toBe('menu');
    expect(log.lines).toEqual([
      'chime-sma-kit flow: stored step "oldMenu" (version "1") is not a step of version "2": continuing at "menu"',
    ]);
    const toBye = await small('bye').handler({ logger: logger() })(
      actionSuccessfulEvent(play('bye.wav'), {}, { transactionAttributes: { [FLOW_STEP_ATTRIBUTE]: 'gone' } }),
    );
    expect(toBye.Actions).toEqual([play('bye.wav').toJSON(), hangUp.toJSON()]);
    expect(toBye.TransactionAttributes?.[FLOW_STEP_ATTRIBUTE]).toBe('bye');
    const masked = logger();
    await small().handler({ logger: masked })(
      actionSuccessfulEvent(play('x.wav'), {}, { transactionAttributes: { [FLOW_STEP_ATTRIBUTE]: '+15105550101\nFAKE' } }),
    );
    expect(masked.lines).toHaveLength(1);
    expect(masked.lines[0]).not.toContain('5105550101');
    expect(masked.lines[0]).not.toContain('\n');
    const seen: unknown[] = [];
    await small((position) => (seen.push(position), 'menu')).handler({ logger: logger() })(
      actionFailedEvent(menu, 'SystemException', { transactionAttributes: { [FLOW_STEP_ATTRIBUTE]: 'gone' } }),
    );
    expect(seen).toEqual([{ step: 'gone', version: undefined }]);
  });

  it('answers the router fallback (logged) for an outcome without a transition, or a choice outside its list', async () => {
    const log = logger();
    const handler = small().handler({ logger: log });
    const noTransition = await handler(actionSuccessfulEvent(play('bye.wav'), {}, stored('bye')));
    expect(noTransition.Actions).toEqual([{ Type: 'Hangup', Parameters: { SipResponseCode: '480' } }]);
    expect(log.lines[0]).toContain('flow step "bye" has no transition for ACTION_SUCCESSFUL PlayAudio');
    const wrongAction = await handler(actionSuccessfulEvent(play('x.wav'), {}, stored('menu')));
    expect(wrongAction.Actions).toEqual([{ Type: 'Hangup', Parameters: { SipResponseCode: '480' } }]);
    expect(log.lines[1]).toContain('(it awaits PlayAudioAndGetDigits)');

    const rogue = defineFlow({
      version: '1',
      state: {},
      steps: (step) => ({ a: step({ await: menu }), b: step({ actions: [hangUp] }) }),
    }).transitions({
      start: 'a',
      on: { a: { success: { to: ['b'], choose: () => 'a' } } },
    });
    const rogueLog = logger();
    await rogue.handler({ logger: rogueLog })(
      actionSuccessfulEvent(menu, { ReceivedDigits: '1' }, { transactionAttributes: { [FLOW_STEP_ATTRIBUTE]: 'a' } }),
    );
    expect(rogueLog.lines[0]).toContain('flow step "a" chose "a", which is not among the steps its choice lists (b)');
  });

  it('is the same safe handler as createSmaHandler: an event that does not parse gets the fallback and a masked log line', async () => {
    const log = logger();
    const answer = await small().handler({ logger: log })({
      InvocationEventType: 'NEW_INBOUND_CALL',
      CallDetails: { Participants: 'none', From: '+15105550101' },
    });
    expect(answer).toEqual({ SchemaVersion: '1.0', Actions: [{ Type: 'Hangup', Parameters: { SipResponseCode: '480' } }] });
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]).not.toContain('5105550101');
  });

  it('mixes with routes: its routes spread into createSmaHandler, or routes given to handler() for events it leaves alone', async () => {
    const receive = actions.receiveDigits({
      inputDigitsRegex: '^\\*$',
      inBetweenDigitsDurationInMilliseconds: 1000,
      flushDigitsDurationInMilliseconds: 10000,
    });
    const star = response(play('star.wav'));
    const viaSpread = createSmaHandler({ ...small().routes, DIGITS_RECEIVED: () => star });
    const viaOption = small().handler({ routes: { DIGITS_RECEIVED: () => star }, logger: logger() });
    for (const handler of [viaSpread, viaOption]) {
      expect(await handler(digitsReceivedEvent('*', { action: receive }))).toEqual(star);
      expect((await handler(newInboundCallEvent())).TransactionAttributes?.[FLOW_STEP_ATTRIBUTE]).toBe('menu');
    }
  });

  it('runs on one leg with `leg`: events of the other leg go to the routes given, when they have one', async () => {
    const note = response(play('operator-left.wav').onLeg('LEG-A'), actions.hangup().onLeg('LEG-A'));
    const whisper = play('whisper.wav').onLeg('LEG-B');
    const handler = small().handler({
      leg: 'LEG-A',
      logger: logger(),
      routes: { HANGUP: () => note, ACTION_SUCCESSFUL: { PlayAudio: () => response() } },
    });
    // LEG-B's events: the routes.
    expect(await handler(hangupEvent({ leg: 'LEG-B', legB: 'pstn', ...stored('talking') }))).toEqual(note);
    expect(await handler(actionSuccessfulEvent(whisper, {}, { legB: 'pstn', ...stored('talking') }))).toEqual({
      SchemaVersion: '1.0',
      Actions: [],
    });
    // LEG-A's events: the flow, even where the routes have one.
    expect((await handler(hangupEvent({ leg: 'LEG-A', legB: 'pstn', ...stored('talking') }))).Actions).toEqual([
      actions.hangup().onLeg('LEG-B').toJSON(),
    ]);
    expect((await handler(actionSuccessfulEvent(menu, { ReceivedDigits: '1' }, stored('menu')))).Actions).toEqual([bridge.toJSON()]);
    // Another leg's event without a route of its own: the flow.
    const flowOnly = small().handler({ leg: 'LEG-A', logger: logger(), routes: {} });
    expect(
      (await flowOnly(hangupEvent({ leg: 'LEG-B', legB: 'pstn', ...stored('transfer') }))).TransactionAttributes?.[FLOW_STEP_ATTRIBUTE],
    ).toBe('bye');
  });

  it('runs a whole call through the simulator, whose transcript names each step', async () => {
    const sim = await simulateCall(small().handler({ logger: logger() }), { digits: '1', bridge: { behavior: 'busy' } });
    expect(sim.transcript.eventSummary.slice(0, 3)).toEqual([
      'NEW_INBOUND_CALL',
      'ACTION_SUCCESSFUL PlayAudioAndGetDigits',
      'ACTION_FAILED CallAndBridge',
    ]);
    expect(sim.transcript.invocations.slice(0, 3).map((entry) => entry.step)).toEqual(['menu', 'transfer', 'menu']);
  });
});

describe('defineFlow: checks at definition time', () => {
  const issuesOf = (define: () => unknown) => {
    try {
      define();
    } catch (error) {
      expect(error).toBeInstanceOf(SmaValidationError);
      return (error as SmaValidationError).issues.map((issue) => [issue.path, issue.code]);
    }
    throw new Error('expected a SmaValidationError');
  };

  it('rejects a step of more than 10 actions, naming the step and the limit', () => {
    const eleven = Array.from({ length: 10 }, (_, i) => play(`${i}.wav`));
    const issues = issuesOf(() =>
      defineFlow({
        version: '1',
        state: {},
        steps: (step) => ({ long: step({ actions: eleven, await: menu }), bye: step({ actions: [hangUp] }) }),
      }).transitions({ start: 'long', on: { long: { success: 'bye', failed: 'bye' } } }),
    );
    expect(issues).toEqual([['steps.long', 'max_items']]);
    expect(() =>
      defineFlow({
        version: '1',
        state: {},
        steps: (step) => ({ long: step({ actions: eleven, await: menu }), bye: step({ actions: [hangUp] }) }),
      }).transitions({ start: 'long', on: { long: { success: 'bye' } } }),
    ).toThrow(/steps\.long has 11 actions: a step sends at most 10 \(the documented limit per response\); split it into two steps/);
  });

  it('reports unreachable steps and steps from which the call can never end', () => {
    const issues = issuesOf(() =>
      defineFlow({
        version: '1',
        state: {},
        steps: (step) => ({
          menu: step({ await: menu }),
          loop: step({ await: menu }),
          orphan: step({ actions: [hangUp] }),
          bye: step({ actions: [hangUp] }),
        }),
      }).transitions({ start: 'menu', on: { menu: { success: 'loop', failed: 'bye' }, loop: { success: 'loop' } } }),
    );
    expect(issues).toEqual([
      ['steps.orphan', 'unreachable'],
      ['steps.loop', 'no_end'],
    ]);
  });

  it('rejects, for untyped callers, transitions to steps that do not exist, a bad start, reserved or unstorable state keys', () => {
    const untyped = defineFlow as unknown as (definition: unknown) => { transitions(transitions: unknown): unknown };
    const issues = issuesOf(() =>
      untyped({
        version: '',
        state: { 'flow.step': 'x', when: new Date(0), n: Number.NaN },
        steps: (step: (spec: unknown) => unknown) => ({ a: step({ actions: [hangUp] }), raw: 'PlayAudio' }),
      }).transitions({
        start: 'z',
        on: {
          a: { success: 'nowhere', failed: { SystemException: 'gone' }, hangup: { to: ['a', 'lost'], choose: () => 'a' } },
          ghost: { success: 'a' },
        },
        onUnknownStep: 'void',
      }),
    );
    expect(issues).toEqual([
      ['version', 'required'],
      ['start', 'unknown_step'],
      ['state.flow.step', 'reserved'],
      ['state.when', 'type'],
      ['state.n', 'type'],
      ['on.a.success', 'unknown_step'],
      ['on.a.failed.SystemException', 'unknown_step'],
      ['on.a.hangup', 'unknown_step'],
      ['steps.raw', 'type'],
      ['on.ghost', 'unknown_step'],
      ['onUnknownStep', 'unknown_step'],
    ]);
  });
});
