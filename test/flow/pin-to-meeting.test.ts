import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { SmaLogger } from '../../src/index.js';
import { FLOW_STEP_ATTRIBUTE, FLOW_VERSION_ATTRIBUTE } from '../../src/flow/index.js';
import { type SimulatorOptions, simulateCall } from '../../src/testing/index.js';
import { createPinToMeetingHandler, demoDirectory } from '../../examples/pin-to-meeting.js';
import { createPinToMeetingFlow, createPinToMeetingFlowHandler } from '../../examples/flow-pin-to-meeting.js';

const MEETING = 'c2a6f5a1-7cb4-4a9b-9d26-4f4f2c7b0e11';
const TOKEN = 'ZGVtby1qb2luLXRva2VuLWZvci1hdHRlbmRlZS0x';
const meetings: NonNullable<SimulatorOptions['meetings']> = [
  { meetingId: MEETING, attendees: [{ attendeeId: 'attendee-1', joinToken: TOKEN }] },
];

function logger(): SmaLogger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, warn: (line) => lines.push(line), error: (line) => lines.push(line) };
}

/** Every path of the documented use case, as the router version's tests drive it. */
const scenarios: Record<string, SimulatorOptions> = {
  'right PIN, then the caller leaves the meeting': { digits: '12345#', hangups: [{ leg: 'LEG-A', atMs: 120_000 }] },
  'a wrong PIN, then the right one': { digits: ['999#', '12345#'] },
  'three wrong PINs': { digits: ['111#', '222#', '333#'] },
  'the join fails': { digits: '12345#', failures: [{ action: 'JoinChimeMeeting', errorType: 'ErrorJoiningMeeting' }] },
  'the join token is not the meeting’s': {
    digits: '12345#',
    meetings: [{ meetingId: MEETING, attendees: [{ attendeeId: 'a', joinToken: 'another-token' }] }],
  },
  'no PIN at all': {},
  'the caller leaves during the PIN prompt': { hangups: [{ leg: 'LEG-A', atMs: 3000 }] },
};

/** The call as the caller and the service see it: the events, the actions of each response, where the call ends. */
async function callOf(handler: Parameters<typeof simulateCall>[0], options: SimulatorOptions) {
  const sim = await simulateCall(handler, { meetings, ...options });
  return {
    events: sim.transcript.eventSummary,
    actions: sim.transcript.invocations.map((entry) => (entry.response as { Actions?: unknown } | undefined)?.Actions),
    handling: sim.transcript.invocations.map((entry) => entry.handling),
    ended: sim.ended,
    meeting: sim.meeting,
    sim,
  };
}

describe('PIN to meeting as a flow', () => {
  for (const [name, options] of Object.entries(scenarios)) {
    it(`makes the same call as the router version: ${name}`, async () => {
      const routerLog = logger();
      const flowLog = logger();
      const { sim: _router, ...router } = await callOf(createPinToMeetingHandler(demoDirectory, { logger: routerLog }), options);
      const { sim: flowSim, ...flow } = await callOf(createPinToMeetingFlowHandler(demoDirectory, { logger: flowLog }), options);
      expect(flow).toEqual(router);
      expect(flowLog.lines).toEqual(routerLog.lines);
      expect(flowSim.transcript.toText()).not.toContain(TOKEN);
    });
  }

  it('stores its step, version and typed state in TransactionAttributes, and the transcript names each step', async () => {
    const sim = await simulateCall(createPinToMeetingFlowHandler(demoDirectory, { logger: logger() }), {
      meetings,
      digits: ['999#', '12345#'],
      hangups: [{ leg: 'LEG-A', atMs: 120_000 }],
    });
    expect(sim.transcript.invocations.map((entry) => entry.step)).toEqual(['askPin', 'askPin', 'join', 'inMeeting', 'inMeeting']);
    expect(sim.transcript.invocations[1]?.response).toMatchObject({
      TransactionAttributes: { wrongPins: '1', meetingId: '', [FLOW_STEP_ATTRIBUTE]: 'askPin', [FLOW_VERSION_ATTRIBUTE]: '1' },
    });
    expect(sim.transcript.invocations[2]?.response).toMatchObject({
      TransactionAttributes: { wrongPins: '1', meetingId: MEETING, [FLOW_STEP_ATTRIBUTE]: 'join' },
    });
    expect(sim.transcript.toText()).toContain('{step join}');
  });

  it('the simulator names steps from another attribute with stepAttribute (a hand-written router keeping its own key)', async () => {
    const sim = await simulateCall(createPinToMeetingHandler(demoDirectory, { logger: logger() }), {
      meetings,
      digits: ['999#', '12345#'],
      stepAttribute: 'wrongPins',
    });
    expect(sim.transcript.invocations.map((entry) => entry.step)).toEqual(['0', '1', '1', '1']);
    const flow = await simulateCall(createPinToMeetingFlowHandler(demoDirectory, { logger: logger() }), {
      meetings,
      digits: '12345#',
      stepAttribute: 'none',
    });
    expect(flow.transcript.invocations.map((entry) => entry.step)).toEqual([undefined, undefined, undefined]);
  });

  it('draws its graph: the diagram of docs/flows.md is what toMermaid() returns', () => {
    const guide = readFileSync(fileURLToPath(new URL('../../docs/flows.md', import.meta.url)), 'utf8');
    const block = /```mermaid\n([\s\S]*?)\n```/.exec(guide)?.[1];
    expect(block).toBe(createPinToMeetingFlow(demoDirectory).toMermaid());
    expect(block).toContain('s0 -->|failed| s4');
  });
});
