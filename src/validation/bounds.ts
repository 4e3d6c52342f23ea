import type { Issues } from './engine.js';
import { joinPath } from './issue.js';

/**
 * The deepest nesting of objects and arrays that validators, builders and parsers accept: the
 * value itself is level 1. The deepest documented payload (a StartBotConversation result event)
 * has 9 levels; 32 leaves room for every real one and keeps every recursive walk far from the
 * JavaScript stack limit.
 * @category Validation
 */
export const MAX_DEPTH = 32;

/**
 * The most values (objects, arrays, strings, numbers, booleans and nulls, counted one by one)
 * that validators, builders and parsers accept in one input. A real event or response has a few
 * hundred at most; the bound keeps a hostile payload from producing millions of issues.
 * @category Validation
 */
export const MAX_VALUES = 100_000;

/**
 * The largest input accepted, in characters of its JSON text (approximate: strings, keys and
 * numbers as written, plus punctuation): 6 MiB, AWS Lambda's payload limit for a synchronous
 * invocation, request and response alike, so the service can never send or accept more.
 * @category Validation
 */
export const MAX_JSON_SIZE = 6 * 1024 * 1024;

/**
 * Walks `value` and reports, as one error, what no validator should walk: more than
 * {@link MAX_DEPTH} levels (`too_deep`, at the first value too deep), more than
 * {@link MAX_VALUES} values or {@link MAX_JSON_SIZE} characters (`too_large`, at `path`), an
 * object that contains itself (`circular`, where the cycle closes), or a property that throws
 * when read (`unreadable`). Returns `true` when the value is within bounds. Never throws: its
 * recursion is at most {@link MAX_DEPTH} deep, and its time is bounded by the limits.
 */
export function checkBounds(value: unknown, path: string, issues: Issues): boolean {
  let values = 0;
  let size = 0;
  const ancestors = new Set<object>();
  const fail = (at: string, code: string, predicate: string): false => {
    issues.add(at, code, predicate);
    return false;
  };
  const tooLarge = (): false =>
    fail(path, 'too_large', `is larger than ${MAX_VALUES} values or ${MAX_JSON_SIZE} characters of JSON (the Lambda payload limit)`);
  const walk = (current: unknown, at: string, depth: number): boolean => {
    values += 1;
    // Approximate JSON size: a string's characters and quotes, 8 for any other value.
    size += typeof current === 'string' ? current.length + 3 : 8;
    if (values > MAX_VALUES || size > MAX_JSON_SIZE) return tooLarge();
    if (typeof current !== 'object' || current === null) return true;
    if (ancestors.has(current)) return fail(at, 'circular', 'contains itself (a circular reference)');
    if (depth > MAX_DEPTH) return fail(at, 'too_deep', `is nested more than ${MAX_DEPTH} levels deep`);
    ancestors.add(current);
    try {
      if (Array.isArray(current)) {
        // The length first: a sparse array may claim billions of items.
        if (values + current.length > MAX_VALUES) return tooLarge();
        for (let i = 0; i < current.length; i += 1) if (!walk(current[i], joinPath(at, i), depth + 1)) return false;
      } else {
        for (const key of Object.keys(current)) {
          size += key.length + 4;
          if (!walk((current as Record<string, unknown>)[key], joinPath(at, key), depth + 1)) return false;
        }
      }
    } catch {
      return fail(at, 'unreadable', 'cannot be read (a property access threw): it is not JSON data');
    } finally {
      ancestors.delete(current);
    }
    return true;
  };
  return walk(value, path, 1);
}
