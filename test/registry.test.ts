import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import examples from './fixtures/action-examples.json' with { type: 'json' };
import { ACTION_TYPES, type ActionType, actionSpecs, actions } from '../src/actions/index.js';
import { INVOCATION_EVENT_TYPES, parseInvocationEvent, validateAction } from '../src/index.js';
import { eventSpecs } from '../src/events/parse.js';
import { CallSimulation, simulateCall } from '../src/testing/index.js';
import { behaviours } from '../src/testing/behaviours/index.js';
import { byFidelity } from '../src/actions/spec.js';
import { errorMessageOf } from '../src/testing/errors.js';
import type { InjectedFailure } from '../src/testing/options.js';
import type { WireEvent } from './testing/helpers.js';

/** `PlayAudioAndGetDigits` → `play-audio-and-get-digits`, the name of the action's file. */
const kebab = (type: string) => type.replace(/[A-Z]/g, (c, i: number) => `${i === 0 ? '' : '-'}${c.toLowerCase()}`);
const exampleTable = examples as unknown as Record<string, { action: { Type: string; Parameters: Record<string, unknown> } }[]>;

/**
 * Every action type must appear in every place derived from or checked against its spec; a new
 * action that misses one fails here, by name.
 */
describe('the action registry: every action has all its parts', () => {
  it.each(ACTION_TYPES)('%s has its file, its tests and its documented examples', (type) => {
    expect(existsSync(new URL(`../src/actions/${kebab(type)}.ts`, import.meta.url)), `src/actions/${kebab(type)}.ts`).toBe(true);
    expect(existsSync(new URL(`./actions/${kebab(type)}.test.ts`, import.meta.url)), `test/actions/${kebab(type)}.test.ts`).toBe(true);
    expect(existsSync(new URL(`./actions/${kebab(type)}.test-d.ts`, import.meta.url)), `test/actions/${kebab(type)}.test-d.ts`).toBe(true);
    expect(exampleTable[type]?.length ?? 0, `test/fixtures/action-examples.json entry of ${type}`).toBeGreaterThan(0);
    expect(
      existsSync(new URL(`../src/testing/behaviours/${kebab(type)}.ts`, import.meta.url)),
      `src/testing/behaviours/${kebab(type)}.ts`,
    ).toBe(true);
  });

  it.each(ACTION_TYPES)(
    '%s: its builder, spec and errors come from its own file, its behaviour from the file of the same name',
    async (type) => {
      const name = type.charAt(0).toLowerCase() + type.slice(1);
      const own = (await import(`../src/actions/${kebab(type)}.ts`)) as Record<string, unknown>;
      const behaviour = (await import(`../src/testing/behaviours/${kebab(type)}.ts`)) as Record<string, unknown>;
      expect((actions as Record<string, unknown>)[name], `actions.${name}`).toBe(own[name]);
      expect(actionSpecs[type], `${name}Spec`).toBe(own[`${name}Spec`]);
      expect(behaviours[type], `${name}Behaviour`).toBe(behaviour[`${name}Behaviour`]);
      expect(behaviours[type].errors, `${name}Errors`).toBe(own[`${name}Errors`]);
      expect(behaviours[type].type).toBe(type);
    },
  );

  it.each(ACTION_TYPES)('%s has a complete contract: documented errors, failure format, list and interruption flags', (type) => {
    const spec = actionSpecs[type];
    expect(spec.type).toBe(type);
    expect(Object.keys(behaviours[type].errors).length).toBeGreaterThan(0);
    expect(['ErrorType', 'Error']).toContain(spec.errorFormat);
    for (const fidelity of ['docs', 'observed'] as const) expect(typeof byFidelity(spec.reportedMidList, fidelity)).toBe('boolean');
    expect(typeof spec.interruptible).toBe('boolean');
  });

  it('lists the actions once each, with one builder each', () => {
    expect(new Set(ACTION_TYPES).size).toBe(ACTION_TYPES.length);
    expect(Object.keys(actions).sort()).toEqual(ACTION_TYPES.map((type) => type.charAt(0).toLowerCase() + type.slice(1)).sort());
    expect(Object.keys(exampleTable).sort()).toEqual([...ACTION_TYPES].sort());
  });

  it('the registry and the legs table are generated from the action files, up to date (npm run generate)', () => {
    // Exits 1, naming `npm run generate`, when an action file was added or its targeting changed without it.
    expect(() => execFileSync(process.execPath, ['scripts/generate-action-registry.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('the action guide table names every action (docs/targeting-legs.md)', () => {
    const text = readFileSync(new URL('../docs/targeting-legs.md', import.meta.url), 'utf8');
    for (const type of ACTION_TYPES) expect(text, type).toContain(type);
  });
});

describe('the event registry: every invocation event type has its file and its parser rules', () => {
  it.each(INVOCATION_EVENT_TYPES)('%s', (type) => {
    const file = type.toLowerCase().replace(/_/g, '-');
    expect(existsSync(new URL(`../src/events/${file}.ts`, import.meta.url)), `src/events/${file}.ts`).toBe(true);
    expect(typeof eventSpecs[type].check).toBe('function');
  });
});

/** The action's first valid documented example, pointed at the caller's leg by its CallId where it takes one. */
function runnableExample(type: ActionType, event: WireEvent): unknown {
  const valid = (exampleTable[type] ?? []).find(({ action }) => validateAction(action).ok);
  const action = structuredClone(valid?.action) as { Type: string; Parameters: Record<string, unknown> };
  delete action.Parameters.ParticipantTag;
  delete action.Parameters.CallId;
  const legA = event.CallDetails.Participants.find((leg) => leg.ParticipantTag === 'LEG-A');
  if (actionSpecs[type].targeting.kind !== 'none') action.Parameters.CallId = legA?.CallId;
  return action;
}

describe('injected failures: every documented error type that compiles also works', () => {
  const cases = ACTION_TYPES.flatMap((type) => Object.keys(behaviours[type].errors).map((errorType) => [type, errorType] as const));

  it.each(cases)('%s fails with %s, in its documented format and message, and the event parses', async (type, errorType) => {
    const seen: WireEvent[] = [];
    const handler = async (event: WireEvent) => {
      seen.push(event);
      return { SchemaVersion: '1.0', Actions: event.InvocationEventType === 'NEW_INBOUND_CALL' ? [runnableExample(type, event)] : [] };
    };
    const failure = { action: type, errorType } as InjectedFailure;
    await simulateCall(handler, { failures: [failure] });
    const failed = seen.find((event) => event.InvocationEventType === 'ACTION_FAILED');
    expect(failed?.ActionData?.Type).toBe(type);
    const message = errorMessageOf(type, errorType);
    const documented = (behaviours[type].errors as Record<string, string>)[errorType] as string;
    if (documented !== '') expect(message).toBe(documented);
    if (actionSpecs[type].errorFormat === 'Error') expect(failed?.ActionData?.Error).toBe(`${errorType}: ${message}`);
    else expect(failed?.ActionData).toMatchObject({ ErrorType: errorType, ErrorMessage: message });
    const parsed = parseInvocationEvent(failed);
    expect(parsed.InvocationEventType).toBe('ACTION_FAILED');
  });

  it('CallAndBridge and SendDigits SystemException (allowed by their ErrorType) are accepted instead of throwing', () => {
    const handler = async () => ({ SchemaVersion: '1.0', Actions: [] });
    for (const action of ['CallAndBridge', 'SendDigits'] as const) {
      expect(() => new CallSimulation(handler, { failures: [{ action, errorType: 'SystemException' }] })).not.toThrow();
    }
  });

  it('an error type the action does not document is refused at run time too', () => {
    const handler = async () => ({ SchemaVersion: '1.0', Actions: [] });
    expect(() => new CallSimulation(handler, { failures: [{ action: 'Hangup', errorType: 'CallNotAnswered' } as never] })).toThrow(
      /not a documented ErrorType of Hangup/,
    );
  });
});
