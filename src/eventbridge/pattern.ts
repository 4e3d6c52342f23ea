import { Issues, checkValue, describeValue, isRecord, joinPath, throwOnErrors } from '../validation/index.js';
import { CHIME_EVENT_SOURCE } from './envelope.js';
import { type ChimeDetailMap, type ChimeDetailType, CHIME_DETAIL_TYPES, detailTypeSpecs } from './events.js';

/** The keys of every member of the union `D`. */
type AllKeys<D> = D extends unknown ? keyof D : never;
/** The type of key `K` across the members of the union `D` that have it. */
type ValueAt<D, K extends PropertyKey> = D extends unknown ? (K extends keyof D ? D[K] : never) : never;
/** The keys of the members of the union `D` whose values are strings (string literal unions). */
type StringKeys<D> = {
  [K in AllKeys<D>]-?: string extends K ? never : [Exclude<ValueAt<D, K>, undefined>] extends [string] ? K : never;
}[AllKeys<D>];

/**
 * The `detail` part of an EventBridge rule pattern for detail-type(s) `T`: for each string field
 * of their details, the values to match (`{ streamingStatus: ['STARTED', 'ENDED'] }`).
 * @category EventBridge
 */
export type ChimeDetailPattern<T extends ChimeDetailType> = {
  [K in StringKeys<ChimeDetailMap[T]>]?: readonly Exclude<ValueAt<ChimeDetailMap[T], K>, undefined>[];
};

/**
 * An EventBridge rule event pattern (the JSON form of the `PutRule` API and of CloudFormation's
 * `EventPattern`; the CDK spells `detail-type` as `detailType`).
 * @category EventBridge
 */
export interface ChimeEventPattern {
  /** Matches Amazon Chime events. */
  source: ['aws.chime'];
  /** The detail-types to match; all of them when absent. */
  'detail-type'?: ChimeDetailType[];
  /** Values to match, by detail field. */
  detail?: { [field: string]: string[] };
}

const valuesRule = { type: 'array', minItems: 1, items: { type: 'string' } } as const;

/**
 * Builds the event pattern of an EventBridge rule for the Chime events a function wants. With no
 * argument it matches every Chime event.
 *
 * @example
 * ```ts
 * chimeEventPattern('Chime VoiceConnector Streaming Status', { streamingStatus: ['STARTED', 'ENDED'] });
 * // { source: ['aws.chime'], 'detail-type': ['Chime VoiceConnector Streaming Status'],
 * //   detail: { streamingStatus: ['STARTED', 'ENDED'] } }
 * ```
 * @throws {@link SmaValidationError} for an unknown detail-type, a field no detail of those
 * detail-types has, or an empty list of values.
 * @category EventBridge
 */
export function chimeEventPattern(): ChimeEventPattern;
export function chimeEventPattern<T extends ChimeDetailType>(
  detailTypes: T | readonly T[],
  detail?: ChimeDetailPattern<T>,
): ChimeEventPattern;
export function chimeEventPattern(
  detailTypes?: string | readonly string[],
  detail?: Readonly<Record<string, readonly string[] | undefined>>,
): ChimeEventPattern {
  const pattern: ChimeEventPattern = { source: [CHIME_EVENT_SOURCE] };
  if (detailTypes === undefined) return pattern;
  const issues = new Issues('strict');
  const types = typeof detailTypes === 'string' ? [detailTypes] : [...detailTypes];
  if (types.length === 0) issues.add('detail-type', 'min_items', 'must have at least 1 item, got 0');
  const fields = new Set<string>();
  types.forEach((type, index) => {
    const spec = detailTypeSpecs.get(type);
    if (spec === undefined) {
      issues.add(
        joinPath('detail-type', index),
        'unknown_detail_type',
        `is not an Amazon Chime detail-type this package knows, got ${describeValue(type)} ` +
          `(known: ${CHIME_DETAIL_TYPES.map((t) => `"${t}"`).join(', ')})`,
      );
      return;
    }
    for (const rules of spec.variants.values()) for (const key of Object.keys(rules)) fields.add(key);
  });
  pattern['detail-type'] = types as ChimeDetailType[];
  if (detail !== undefined) {
    if (!isRecord(detail)) {
      issues.add('detail', 'type', `must be an object of value lists, got ${describeValue(detail)}`);
    } else {
      const out: Record<string, string[]> = {};
      for (const key of Object.keys(detail)) {
        const values = detail[key];
        if (values === undefined) continue;
        const path = joinPath('detail', key);
        if (!fields.has(key))
          issues.add(path, 'unknown_parameter', `is not a field of the details of ${types.map((t) => `"${t}"`).join(', ')}`);
        checkValue(valuesRule, values, path, issues);
        if (Array.isArray(values))
          Object.defineProperty(out, key, { value: [...values], enumerable: true, writable: true, configurable: true });
      }
      pattern.detail = out;
    }
  }
  throwOnErrors('EventBridge event pattern', issues.list);
  return pattern;
}
