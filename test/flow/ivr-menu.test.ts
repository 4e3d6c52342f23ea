import { describe, expect, it } from 'vitest';
import type { SmaLogger } from '../../src/index.js';
import { type SimulatorOptions, simulateCall } from '../../src/testing/index.js';
import { MAX_RETRIES, createIvrFlow } from '../../examples/flow-ivr-menu.js';

const OPERATOR = '+14155550100';

function logger(): SmaLogger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, warn: (line) => lines.push(line), error: (line) => lines.push(line) };
}

const call = async (options: SimulatorOptions) => {
  const log = logger();
  const sim = await simulateCall(createIvrFlow(OPERATOR).handler({ logger: log }), options);
  return { sim, log, steps: sim.transcript.invocations.map((entry) => entry.step) };
};

/** The S3 keys of the PlayAudio / PlayAudioAndGetDigits actions of each response. */
const prompts = (sim: Awaited<ReturnType<typeof call>>['sim']) =>
  sim.transcript.invocations.map((entry) =>
    ((entry.response as { Actions?: { Type: string; Parameters: { AudioSource?: { Key: string } } }[] } | undefined)?.Actions ?? []).map(
      (action) => action.Parameters.AudioSource?.Key ?? action.Type,
    ),
  );

describe('IVR menu flow', () => {
  it('walks three levels of menus to a recorded answer', async () => {
    const { sim, steps, log } = await call({ digits: ['2', '2', '1'] });
    expect(steps).toEqual(['main', 'support', 'technical', 'internet', 'internet']);
    expect(prompts(sim).slice(0, 4)).toEqual([
      ['main-menu.wav'],
      ['support-menu.wav'],
      ['technical-menu.wav'],
      ['internet-status.wav', 'goodbye.wav', 'Hangup'],
    ]);
    expect(sim.ended).toBe(true);
    expect(log.lines).toEqual([]);
  });

  it('goes back a level with 9', async () => {
    const { steps } = await call({ digits: ['2', '2', '9', '1'] });
    expect(steps.slice(0, 5)).toEqual(['main', 'support', 'technical', 'support', 'billing']);
  });

  it('asks again after an unknown key, with the retry prompt, and resets the count on a known key', async () => {
    const { sim, steps } = await call({ digits: ['7', '2', '8', '1'] });
    expect(steps.slice(0, 5)).toEqual(['main', 'main', 'support', 'support', 'billing']);
    expect(prompts(sim)[1]).toEqual(['invalid-choice.wav', 'main-menu.wav']);
    expect(prompts(sim)[2]).toEqual(['support-menu.wav']);
    expect(sim.transcript.invocations[3]?.response).toMatchObject({ TransactionAttributes: { retries: '1' } });
    expect(sim.transcript.invocations[4]?.response).toMatchObject({ TransactionAttributes: { retries: '0' } });
  });

  it(`says goodbye after ${MAX_RETRIES} unknown keys in a row`, async () => {
    const { sim, steps } = await call({ digits: ['7', '7', '7'] });
    expect(steps).toEqual(['main', 'main', 'main', 'goodbye', 'goodbye']);
    expect(prompts(sim)[3]).toEqual(['goodbye.wav', 'Hangup']);
    expect(sim.ended).toBe(true);
  });

  it('says goodbye when no key comes at all (the menu fails after its repeats)', async () => {
    const { sim } = await call({});
    expect(sim.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_FAILED PlayAudioAndGetDigits', 'HANGUP LEG-A']);
    expect(sim.transcript.invocations[1]?.step).toBe('goodbye');
  });

  it('transfers to the operator with CallAndBridge, showing the caller’s number, and ends both legs together', async () => {
    const { sim, steps } = await call({
      from: '+15105550101',
      digits: ['0'],
      bridge: { afterMs: 4000 },
      hangups: [{ leg: 'LEG-A', atMs: 60_000 }],
    });
    expect(sim.transcript.eventSummary).toEqual([
      'NEW_INBOUND_CALL',
      'ACTION_SUCCESSFUL PlayAudioAndGetDigits',
      'ACTION_SUCCESSFUL CallAndBridge',
      'HANGUP LEG-A',
      'HANGUP LEG-B',
    ]);
    expect(steps.slice(0, 3)).toEqual(['main', 'operator', 'withOperator']);
    expect(sim.transcript.invocations[1]?.response).toMatchObject({
      Actions: [
        { Type: 'PlayAudio', Parameters: { AudioSource: { Key: 'connecting-to-operator.wav' } } },
        {
          Type: 'CallAndBridge',
          Parameters: {
            CallerIdNumber: '+15105550101',
            CallTimeoutSeconds: 20,
            Endpoints: [{ BridgeEndpointType: 'PSTN', Uri: OPERATOR }],
          },
        },
      ],
    });
    // The caller left: the flow's default hang-up handling ends the operator's leg too.
    expect(sim.transcript.invocations[3]?.response).toMatchObject({
      Actions: [{ Type: 'Hangup', Parameters: { ParticipantTag: 'LEG-B' } }],
    });
    expect(sim.ended).toBe(true);
  });

  it('tells the caller when the operator is busy or does not answer (CallNotAnswered)', async () => {
    for (const behavior of ['busy', 'no-answer'] as const) {
      const { sim, steps } = await call({ digits: ['2', '0'], bridge: { behavior } });
      expect(sim.transcript.eventSummary).toEqual([
        'NEW_INBOUND_CALL',
        'ACTION_SUCCESSFUL PlayAudioAndGetDigits',
        'ACTION_SUCCESSFUL PlayAudioAndGetDigits',
        'ACTION_FAILED CallAndBridge',
        'HANGUP LEG-A',
      ]);
      expect(steps.slice(0, 4)).toEqual(['main', 'support', 'operator', 'operatorBusy']);
      expect(prompts(sim)[3]).toEqual(['operator-busy.wav', 'goodbye.wav', 'Hangup']);
    }
  });

  it('draws three menu levels, the operator transfer and the busy operator', () => {
    const diagram = createIvrFlow(OPERATOR).toMermaid();
    expect(diagram).toContain('-->|failed CallNotAnswered|');
    expect(diagram.match(/-->\|success \?\|/g)).toHaveLength(5 + 6 + 6);
  });
});
