import { isRecord } from './engine.js';

/** Keys that would reach or shadow `Object.prototype` if assigned with `=`. */
const PROTO_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Sets an own enumerable property, safely even for `__proto__`, `constructor` and `prototype`
 * (an assignment to `__proto__` would change the object's prototype instead).
 */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (PROTO_KEYS.has(key)) Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/**
 * A deep copy of a JSON-like value (plain objects and arrays), safe against `__proto__` keys.
 * Recursive: call it only on values that passed `checkBounds` (or that this package built).
 */
export function cloneJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneJson) as T;
  if (!isRecord(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) setOwn(copy, key, cloneJson(value[key]));
  return copy as T;
}
