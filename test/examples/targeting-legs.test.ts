import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bridgeAsRun, bridgeToAgent, mistakes, onEvent, whereWouldItRun } from '../../examples/targeting-legs.js';
import { type ActionType, SmaValidationError, parseInvocationEvent, validateResponse } from '../../src/index.js';
import { actionSpecs } from '../../src/internal.js';
import { BASE_CALL_DETAILS, loadFixture, merge } from '../events/fixtures.js';
import newInboundCall from '../fixtures/invocation.NEW_INBOUND_CALL.use-case.json' with { type: 'json' };
import legBHungUp from '../fixtures/invocation.HANGUP.case-5.leg-b-bridged.json' with { type: 'json' };

/** The documented CallAndBridge success (its CallDetails are partial: completed with both legs). */
const bridged = parseInvocationEvent(
  merge(loadFixture('invocation.ACTION_SUCCESSFUL.CallAndBridge.json'), { CallDetails: BASE_CALL_DETAILS }),
);
const [legA, legB] = BASE_CALL_DETAILS['Participants'] as object[];

describe('examples/targeting-legs.ts (shown in docs/targeting-legs.md)', () => {
  it('the bridge action has no targeting parameter', () => {
    expect(bridgeToAgent.toJSON().Parameters).not.toHaveProperty('CallId');
    expect(bridgeToAgent.toJSON().Parameters).not.toHaveProperty('ParticipantTag');
    // No onLeg() in its type; a JavaScript caller who tries is refused.
    expect(() => (bridgeToAgent as unknown as { onLeg(tag: string): unknown }).onLeg('LEG-A')).toThrow(SmaValidationError);
  });

  it('whispers to LEG-B by tag and speaks to the caller by CallId once the bridge succeeded', () => {
    const answer = onEvent(bridged);
    expect(answer).toStrictEqual({
      SchemaVersion: '1.0',
      Actions: [
        {
          Type: 'PlayAudio',
          Parameters: {
            ParticipantTag: 'LEG-B',
            AudioSource: { Type: 'S3', BucketName: 'my-prompts-bucket', Key: 'customer-waiting.wav' },
          },
        },
        { Type: 'Speak', Parameters: { CallId: 'call-id-1', Text: 'Connecting you to an agent.' } },
      ],
    });
    expect(validateResponse(answer)).toEqual({ ok: true, issues: [] });
    expect(onEvent(parseInvocationEvent(newInboundCall))).toStrictEqual({ SchemaVersion: '1.0', Actions: [] });
  });

  it.each(Object.entries(mistakes))('%s throws SmaValidationError at run time too', (_name, mistake) => {
    expect(mistake).toThrow(SmaValidationError);
  });

  it('targetOf applies CallId, then ParticipantTag, then the invoked leg', () => {
    expect(whereWouldItRun(bridged)).toStrictEqual({
      invoked: 'LEG-A',
      untargeted: { by: 'invokedLeg', participant: legA },
      byTag: { by: 'ParticipantTag', participant: legB },
      byCallId: { by: 'CallId', participant: legA },
      bridge: { by: 'invokedLeg', participant: legA },
    });
  });

  it('answering the HANGUP of LEG-B, an untargeted action runs on LEG-B', () => {
    const where = whereWouldItRun(parseInvocationEvent(legBHungUp));
    expect(where.invoked).toBe('LEG-B');
    expect(where.untargeted?.by).toBe('invokedLeg');
    expect(where.untargeted?.participant.CallId).toBe('call-id-2');
    expect(where.byCallId?.participant.ParticipantTag).toBe('LEG-A');
  });

  it('effectiveParameters adds the documented defaults the builder left out', () => {
    expect(bridgeToAgent.toJSON().Parameters).not.toHaveProperty('CallTimeoutSeconds');
    expect(bridgeAsRun).toStrictEqual({ ...bridgeToAgent.toJSON().Parameters, CallTimeoutSeconds: 30 });
  });
});

describe('docs/targeting-legs.md: the table of legs per action', () => {
  const text = readFileSync(new URL('../../docs/targeting-legs.md', import.meta.url), 'utf8');
  const rows = [...text.matchAll(/^\| ([A-Za-z, ]+) \| (.+?) \|$/gm)].slice(1);
  const documented = new Map<string, string>();
  for (const [, names, legs] of rows) for (const name of (names ?? '').split(', ')) documented.set(name, legs ?? '');

  /** How the guide must describe an action's targeting. */
  function describeTargeting(type: ActionType): string {
    const { targeting } = actionSpecs[type];
    if (targeting.kind === 'none') return 'none: the invoked leg';
    if (targeting.kind === 'callId') return '`onCall()` only (required)';
    const legs = targeting.legs.map((leg) => `'${leg}'`).join(' or ');
    return `\`onLeg(${legs})\` or \`onCall()\`${targeting.noDefaultLeg ? ', no default leg' : ''}`;
  }

  it('lists every action once, with its targeting as the builders implement it', () => {
    expect([...documented.keys()].sort()).toEqual(Object.keys(actionSpecs).sort());
    for (const type of Object.keys(actionSpecs) as ActionType[]) expect(documented.get(type), type).toBe(describeTargeting(type));
  });
});
