// The shared checks of event rules (src/events/event-rules.ts) on rules no action spec has yet:
// checkExtras names the kind of a missing required field, accepts a present empty string, and
// never checks an unchecked field.
import { describe, expect, it } from 'vitest';
import { checkExtras } from '../../src/events/event-rules.js';
import { Issues } from '../../src/validation/engine.js';

function messagesOf(rules: Parameters<typeof checkExtras>[0], object: Record<string, unknown>): string[] {
  const issues = new Issues('lenient');
  checkExtras(rules, object as never, 'ActionData', issues);
  return issues.list.map((issue) => issue.message);
}

describe('checkExtras', () => {
  const rules = {
    Name: { type: 'string', required: true },
    Items: { type: 'array', required: true, items: { type: 'string' } },
    Result: { type: 'object', required: true, fields: {} },
    Count: { type: 'number' },
    List: { unchecked: true },
  } as const;

  it('a missing required field: its kind, with the right article', () => {
    expect(messagesOf(rules, {})).toEqual([
      'ActionData.Name is required in this event (a string)',
      'ActionData.Items is required in this event (an array)',
      'ActionData.Result is required in this event (an object)',
    ]);
  });

  it('required means present: an empty string is accepted', () => {
    expect(messagesOf(rules, { Name: '', Items: [], Result: {} })).toEqual([]);
  });

  it('a present field is checked by its rule; an unchecked field is never checked', () => {
    expect(messagesOf(rules, { Name: 1, Items: [], Result: {}, Count: 'x', List: 'anything' })).toEqual([
      'ActionData.Name must be a string, got 1',
      'ActionData.Count must be a number, got "x"',
    ]);
  });
});
