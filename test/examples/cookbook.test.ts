// The cookbook's examples (docs/cookbook-*.md), each run through the simulator.
import { describe, expect, it } from 'vitest';
import type { SmaLogger } from '../../src/index.js';
import { simulateCall } from '../../src/testing/index.js';
import { createIvrMenuHandler } from '../../examples/ivr-menu.js';
import { createLiveCallHandler } from '../../examples/live-call-update.js';
import { createSipContextHandler } from '../../examples/sip-context.js';

function logger(): SmaLogger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, warn: (line) => lines.push(line), error: (line) => lines.push(line) };
}

describe('IVR menu (SpeakAndGetDigits, CallAndBridge)', () => {
  const menu = (log = logger()) => createIvrMenuHandler('+12065551212', { logger: log });

  it('transfers to support on 2, and hangs up the department when the caller leaves', async () => {
    const log = logger();
    const sim = await simulateCall(menu(log), { digits: ['2'], hangups: [{ leg: 'LEG-A', atMs: 60_000 }] });
    expect(sim.transcript.eventSummary).toEqual([
      'NEW_INBOUND_CALL',
      'ACTION_SUCCESSFUL SpeakAndGetDigits',
      'ACTION_SUCCESSFUL CallAndBridge',
      'HANGUP LEG-A',
      'HANGUP LEG-B',
    ]);
    expect(sim.transcript.invocations[1]?.response).toMatchObject({
      Actions: [
        { Type: 'Speak', Parameters: { Text: 'Transferring you to support.' } },
        { Type: 'CallAndBridge', Parameters: { Endpoints: [{ Uri: '+14155550102' }] } },
      ],
    });
    expect(log.lines).toEqual([]);
  });

  it('says goodbye when no valid key comes, and apologises when the department is busy', async () => {
    const silent = await simulateCall(menu(), {});
    expect(silent.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_FAILED SpeakAndGetDigits', 'HANGUP LEG-A']);
    expect(silent.transcript.toText()).toContain('We did not get your choice');
    const busy = await simulateCall(menu(), { digits: ['1'], bridge: { behavior: 'busy' } });
    expect(busy.transcript.eventSummary).toEqual([
      'NEW_INBOUND_CALL',
      'ACTION_SUCCESSFUL SpeakAndGetDigits',
      'ACTION_FAILED CallAndBridge',
      'HANGUP LEG-A',
    ]);
    expect(busy.transcript.toText()).toContain('Nobody is available right now');
  });
});

describe('context in SIP headers and arguments', () => {
  const pbx = {
    voiceConnectorArn: 'arn:aws:chime:us-east-1:123456789012:vc/abcdefghij1234567890',
    extension: '5001',
    callerId: '+12065551212',
  };

  it("hands the caller's X-Customer-Id header on to the agent, and keeps it in TransactionAttributes", async () => {
    const log = logger();
    const sim = await simulateCall(createSipContextHandler(pbx, { logger: log }), {
      sipHeaders: { 'X-Customer-Id': 'C-1042' },
      hangups: [{ leg: 'LEG-A', atMs: 30_000 }],
    });
    expect(sim.transcript.invocations[0]?.response).toMatchObject({
      Actions: [
        {
          Type: 'CallAndBridge',
          Parameters: { SipHeaders: { 'X-Customer-Id': 'C-1042' }, Endpoints: [{ BridgeEndpointType: 'AWS', Uri: '5001' }] },
        },
      ],
      TransactionAttributes: { customerId: 'C-1042' },
    });
    expect(sim.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'ACTION_SUCCESSFUL CallAndBridge', 'HANGUP LEG-A', 'HANGUP LEG-B']);
    expect(log.lines).toEqual([]);
  });

  it("reads an outbound call's ArgumentsMap and bridges the answered call with it", async () => {
    const sim = await simulateCall(createSipContextHandler(pbx, { logger: logger() }), {
      direction: 'outbound',
      arguments: { customerId: 'C-7' },
      hangups: [{ leg: 'LEG-A', atMs: 30_000 }],
    });
    expect(sim.transcript.eventSummary.slice(0, 4)).toEqual([
      'NEW_OUTBOUND_CALL',
      'RINGING',
      'CALL_ANSWERED',
      'ACTION_SUCCESSFUL CallAndBridge',
    ]);
    expect(sim.transcript.invocations[2]?.response).toMatchObject({
      Actions: [{ Type: 'CallAndBridge', Parameters: { SipHeaders: { 'X-Customer-Id': 'C-7' } } }],
    });
  });
});

describe('controlling a live call (UpdateSipMediaApplicationCall)', () => {
  const live = (log = logger()) => createLiveCallHandler({ bucket: 'prompts', callerId: '+12065551212' }, { logger: log });

  it('interrupts the hold music to say a text, then transfers the call', async () => {
    const log = logger();
    const sim = await simulateCall(live(log), {
      audioDurationMs: 60_000,
      updates: [
        { atMs: 5_000, arguments: { action: 'say', text: 'An agent will be with you shortly.' } },
        { atMs: 20_000, arguments: { action: 'transfer', to: '+14155550123' } },
      ],
      hangups: [{ leg: 'LEG-A', atMs: 90_000 }],
    });
    expect(sim.transcript.eventSummary).toEqual([
      'NEW_INBOUND_CALL',
      'CALL_UPDATE_REQUESTED',
      'ACTION_INTERRUPTED PlayAudio',
      'CALL_UPDATE_REQUESTED',
      'ACTION_INTERRUPTED PlayAudio',
      'ACTION_SUCCESSFUL CallAndBridge',
      'HANGUP LEG-A',
      'HANGUP LEG-B',
    ]);
    expect(sim.transcript.toText()).toContain('An agent will be with you shortly.');
    expect(log.lines).toEqual([]);
  });

  it('hangs up on request, and keeps the music on for an unknown request', async () => {
    const hungUp = await simulateCall(live(), { audioDurationMs: 60_000, updates: [{ atMs: 5_000, arguments: { action: 'hangup' } }] });
    expect(hungUp.transcript.eventSummary).toEqual([
      'NEW_INBOUND_CALL',
      'CALL_UPDATE_REQUESTED',
      'ACTION_INTERRUPTED PlayAudio',
      'HANGUP LEG-A',
    ]);
    const ignored = await simulateCall(live(), {
      audioDurationMs: 60_000,
      updates: [{ atMs: 5_000, arguments: { action: 'dance' } }],
      hangups: [{ leg: 'LEG-A', atMs: 10_000 }],
    });
    expect(ignored.transcript.eventSummary).toEqual(['NEW_INBOUND_CALL', 'CALL_UPDATE_REQUESTED', 'HANGUP LEG-A']);
  });
});
