/** Helpers of the oracle tables: hand-written values changed at one path. */

/** Marks a key to delete in {@link patched}. */
export const DELETE = Symbol('delete');

type Json = Record<string, unknown>;

/** Splits `a.b[0].c` into `['a', 'b', 0, 'c']`. */
function segments(path: string): (string | number)[] {
  return path.split('.').flatMap((part) => {
    const [key, ...indices] = part.split('[');
    return [...(key === '' ? [] : [key as string]), ...indices.map((index) => Number(index.slice(0, -1)))];
  });
}

/**
 * A deep copy of `value` with each `path` (`CallDetails.Participants[0].To`) set to its value,
 * or deleted when the value is {@link DELETE}.
 */
export function patched<T>(value: T, changes: Readonly<Record<string, unknown>>): T {
  const copy = structuredClone(value) as unknown as Json;
  for (const [path, change] of Object.entries(changes)) {
    const keys = segments(path);
    const last = keys.pop() as string | number;
    let target = copy as Record<string | number, unknown>;
    for (const key of keys) target = target[key] as Record<string | number, unknown>;
    if (change === DELETE) delete target[last];
    else target[last] = structuredClone(change);
  }
  return copy as T;
}

/** An object of `count` string entries `k1: 'v'`, … (maps with a documented entry limit). */
export function entries(count: number): Record<string, string> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i + 1}`, 'v']));
}
