/** Random mutations of JSON documents (documented examples, generated actions) for robustness properties. */
import fc from 'fast-check';
import { anyString, unknownKey } from './spec-model.js';

/** Nested arrays `levels` deep around `leaf`. */
export function nest(levels: number, leaf: unknown = 0): unknown {
  let value = leaf;
  for (let i = 0; i < levels; i += 1) value = [value];
  return value;
}

/** Values that break naive code: non-finite numbers, -0, control characters, proto keys, deep or big values. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    1e308,
    Number.MAX_SAFE_INTEGER + 2,
    '',
    ' ',
    '\u0000',
    '\u202e\u0007\r\n\t',
    '\ud800',
    '+14155550100',
    '{"JoinToken":"x"}',
    'true',
    '0',
    '-1',
    '1e3',
    null,
  ),
  fc.constant(null).map(() => JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown),
  fc.constant(null).map(() => ({ valueOf: 1, toString: 1 })),
  fc.integer({ min: 30, max: 40 }).map((levels) => nest(levels)),
  fc.integer({ min: 1, max: 3 }).map((n) => 'x'.repeat(n * 5000)),
  fc.integer({ min: 100, max: 2000 }).map((n) => Array.from({ length: n }, (_, i) => i)),
  anyString({ maxLength: 30 }),
);

type Container = Record<string, unknown> | unknown[];
type Slot = { parent: Container; key: string | number };

function slots(value: unknown, out: Slot[] = [], containers: Container[] = [], depth = 0): { slots: Slot[]; containers: Container[] } {
  if (typeof value !== 'object' || value === null || depth > 12) return { slots: out, containers };
  const container = value as Container;
  containers.push(container);
  for (const key of Array.isArray(container) ? container.keys() : Object.keys(container)) {
    out.push({ parent: container, key });
    slots((container as Record<string | number, unknown>)[key], out, containers, depth + 1);
  }
  return { slots: out, containers };
}

const define = (target: Container, key: string | number, value: unknown): void => {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
};

/** One mutation: which slot or container (modulo their count), what to do, with what. */
type Mutation = { at: number; op: 'replace' | 'delete' | 'add' | 'duplicate' | 'wrap' | 'stringify'; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  op: fc.constantFrom('replace', 'replace', 'delete', 'add', 'duplicate', 'wrap', 'stringify'),
  key: unknownKey,
  value: hostileValue,
});

function apply(root: unknown, m: Mutation): unknown {
  const { slots: all, containers } = slots(root);
  if (all.length === 0) return m.op === 'wrap' ? [root] : m.value;
  if (m.op === 'add') {
    const target = containers[m.at % containers.length] as Container;
    if (Array.isArray(target)) target.push(m.value);
    else define(target, m.key, m.value);
    return root;
  }
  const { parent, key } = all[m.at % all.length] as Slot;
  const current = (parent as Record<string | number, unknown>)[key];
  switch (m.op) {
    case 'replace':
      define(parent, key, m.value);
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(structuredClone(current));
      // The same key in another letter case (a duplicate the service may read either way).
      else define(parent, `${key}`.toUpperCase() === `${key}` ? `${key}`.toLowerCase() : `${key}`.toUpperCase(), structuredClone(current));
      break;
    case 'wrap':
      define(parent, key, [current]);
      break;
    case 'stringify':
      define(parent, key, JSON.stringify(current) ?? 'undefined');
      break;
    default:
      break;
  }
  return root;
}

/** `base` with one to four random mutations. */
export function mutated<T>(base: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc
    .tuple(base, fc.array(mutation, { minLength: 1, maxLength: 4 }))
    .map(([value, mutations]) => mutations.reduce<unknown>(apply, structuredClone(value)));
}

/** Arbitrary values of any JavaScript shape, including `__proto__` keys and null-prototype objects. */
export const anyValue: fc.Arbitrary<unknown> = fc.anything({
  key: fc.oneof(
    fc.string(),
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'Type', 'Parameters', 'CallId', 'ParticipantTag', 'toString', 'valueOf'),
  ),
  maxDepth: 4,
  withBoxedValues: true,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
  withObjectString: true,
});
