import examples from '../fixtures/action-examples.json' with { type: 'json' };
import { expect } from 'vitest';
import { type ActionType, actions, validateAction } from '../../src/index.js';

/** Wire maps whose entries are user data: their own keys stay verbatim in builder params. */
const USER_MAPS = new Set(['SipHeaders', 'TransactionAttributes', 'SessionAttributes', 'Arguments']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type WireExample = { Type: string; Parameters: Record<string, Json> };

const camel = (key: string) => key.charAt(0).toLowerCase() + key.slice(1);

/** Wire Parameters (PascalCase) to builder params (camelCase), recursively, user maps verbatim. */
export function toBuilderParams(value: Json): Json {
  if (Array.isArray(value)) return value.map(toBuilderParams);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [camel(key), USER_MAPS.has(key) ? structuredClone(inner) : toBuilderParams(inner)]),
  );
}

/** The documented examples of an action (from ../shared/spec/actions.json, copied). */
export function examplesOf(type: ActionType): { from: string; action: WireExample }[] {
  return (examples as unknown as Record<string, { from: string; action: WireExample }[]>)[type] ?? [];
}

/**
 * Builds a documented wire action with the builders, by the contract's mapping rule, and
 * returns the builder's JSON with what the example should become (CallId wins over ParticipantTag).
 */
export function rebuild(action: WireExample): { actual: unknown; expected: unknown } {
  const { CallId, ParticipantTag, ...rest } = structuredClone(action.Parameters);
  const factory = (actions as unknown as Record<string, (p: unknown) => any>)[camel(action.Type)];
  if (factory === undefined) throw new Error(`no builder for ${action.Type}`);
  let builder = factory(toBuilderParams(rest));
  if (CallId !== undefined) builder = builder.onCall(CallId);
  else if (ParticipantTag !== undefined) builder = builder.onLeg(ParticipantTag);
  const expected = structuredClone(action);
  if (CallId !== undefined) delete expected.Parameters.ParticipantTag;
  return { actual: builder.toJSON(), expected };
}

/** A documented example rebuilt exactly by the builders, and valid without a single issue. */
export function expectCleanRoundTrip(action: WireExample): void {
  const { actual, expected } = rebuild(action);
  expect(actual).toEqual(expected);
  expect(validateAction(action)).toEqual({ ok: true, issues: [] });
}
