import { readFileSync } from 'node:fs';
import index from '../fixtures/INDEX.json' with { type: 'json' };

/** One documented EventBridge example, as INDEX.json describes it. */
export interface EventBridgeFixture {
  file: string;
  detailType: string;
  streamingStatus?: string;
  eventType?: string;
}

/** Every EventBridge fixture listed in INDEX.json. */
export const eventBridgeFixtures = (index as unknown as (EventBridgeFixture & { kind: string })[]).filter(
  (entry) => entry.kind === 'eventbridge',
);

/** A fresh copy of a fixture's JSON. */
export function loadFixture(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../fixtures/${file}`, import.meta.url), 'utf8')) as Record<string, unknown>;
}

/** A fresh copy of the fixture `eventbridge.<name>.json`, with its detail typed loosely for edits. */
export function fixture(name: string): Record<string, unknown> & { detail: Record<string, unknown> } {
  return loadFixture(`eventbridge.${name}.json`) as Record<string, unknown> & { detail: Record<string, unknown> };
}
