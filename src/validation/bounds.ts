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

/** A value still to visit, or (with `exit`) the end of an object's children. */
type Frame = { value: unknown; path: string; depth: number } | { exit: object };

/**
 * Walks `value` without recursion and reports, as errors under `path`, what no validator
 * should walk: more than {@link MAX_DEPTH} levels (`too_deep`), more than {@link MAX_VALUES}
 * values or {@link MAX_JSON_SIZE} characters (`too_large`), an object that contains itself
 * (`circular`), or a property that throws when read (`unreadable`). Returns `true` when the
 * value is within bounds. Never throws; the time it takes is bounded by the limits.
 */
export function checkBounds(value: unknown, path: string, issues: Issues): boolean {
  const stack: Frame[] = [{ value, path, depth: 1 }];
  const ancestors = new Set<object>();
  let values = 0;
  let size = 0;
  const tooLarge = (): false => {
    issues.add(path, 'too_large', `is too large: more than ${MAX_VALUES} values or ${MAX_JSON_SIZE} characters of JSON (the Lambda payload limit is 6 MB)`);
    return false;
  };
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if ('exit' in frame) {
      ancestors.delete(frame.exit);
      continue;
    }
    const { value: current, path: at, depth } = frame;
    values += 1;
    if (typeof current === 'string') size += current.length + 3;
    else if (typeof current === 'number') size += String(current).length + 1;
    else size += 6;
    if (values > MAX_VALUES || size > MAX_JSON_SIZE) return tooLarge();
    if (typeof current !== 'object' || current === null) continue;
    if (ancestors.has(current)) {
      issues.add(at, 'circular', 'contains itself (a circular reference): it cannot be JSON');
      return false;
    }
    if (depth > MAX_DEPTH) {
      issues.add(at, 'too_deep', `is nested too deeply: more than ${MAX_DEPTH} levels of objects and arrays`);
      return false;
    }
    try {
      // An array's length is checked before its indices are listed (a sparse array may claim billions).
      if (Array.isArray(current) && values + current.length > MAX_VALUES) return tooLarge();
      const keys: (string | number)[] = Array.isArray(current) ? Array.from(current.keys()) : Object.keys(current);
      if (values + keys.length > MAX_VALUES) return tooLarge();
      ancestors.add(current);
      stack.push({ exit: current });
      for (let i = keys.length - 1; i >= 0; i -= 1) {
        const key = keys[i] as string | number;
        if (typeof key === 'string') size += key.length + 4;
        const child: unknown = (current as Record<string | number, unknown>)[key];
        stack.push({ value: child, path: joinPath(at, key), depth: depth + 1 });
      }
    } catch {
      issues.add(at, 'unreadable', 'cannot be read (a property access threw): it is not plain JSON data');
      return false;
    }
  }
  return true;
}
