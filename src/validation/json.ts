/**
 * Sets an own enumerable property, safely even for `__proto__`, `constructor` and `prototype`
 * (an assignment to `__proto__` would change the object's prototype instead).
 */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  // Plain comparisons: this runs for every key a builder or parser copies (see bench/).
  if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else target[key] = value;
}

/**
 * A deep copy of a JSON-like value (plain objects and arrays), safe against `__proto__` keys.
 * Recursive: call it only on values that passed `checkBounds` (or that this package built).
 */
export function cloneJson<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(cloneJson) as T;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) setOwn(copy, key, cloneJson((value as Record<string, unknown>)[key]));
  return copy as T;
}
