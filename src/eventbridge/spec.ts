import type { FieldRule, Refinement, StringRule } from '../validation/index.js';

/** The rules of one detail shape, keyed by field. */
export type DetailRules = Readonly<Record<string, FieldRule>>;

/**
 * How to check the `detail` of one detail-type: either one shape, or one shape per value of a
 * discriminating field (`streamingStatus`, `eventType`).
 * @internal
 */
export interface DetailTypeSpec {
  /** The detail field whose value picks the shape; `undefined` when there is one shape. */
  readonly discriminator: string | undefined;
  /** The shapes by discriminator value (the single key `''` when there is no discriminator). */
  readonly variants: ReadonlyMap<string, DetailRules>;
  /** A check over the whole detail, after its fields; issues are reported at detail paths. */
  readonly refine?: Refinement;
  /** Renames documented legacy keys to the canonical ones, on the parser's own copy. */
  readonly normalise?: (detail: Record<string, unknown>) => void;
}

/** A spec with one shape per discriminator value. */
export function discriminated(discriminator: string, variants: Readonly<Record<string, DetailRules>>): DetailTypeSpec {
  return { discriminator, variants: new Map(Object.entries(variants)) };
}

/** A spec with a single shape. */
export function single(rules: DetailRules): DetailTypeSpec {
  return { discriminator: undefined, variants: new Map([['', rules]]) };
}

/** Rule of a discriminating field whose value is exactly `value`. */
export function literal<V extends string>(value: V): StringRule<V> & { required: true } {
  return { type: 'string', required: true, enum: [value] };
}

/** Rule of a required string. */
export const requiredString = { type: 'string', required: true } as const satisfies FieldRule;

/** Rule of an optional string. */
export const optionalString = { type: 'string' } as const satisfies FieldRule;

/** Rule of a required number. */
export const requiredNumber = { type: 'number', required: true } as const satisfies FieldRule;
