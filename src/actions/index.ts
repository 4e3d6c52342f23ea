import { deepFreeze } from '../validation/index.js';
import type { ActionSpec } from './spec.js';
import { type Action, specTable } from './registry.js';

export * from './builder-params.js';
export * from './shapes/legs.js';
export * from './shapes/dtmf.js';
export * from './shapes/phone-number.js';
export * from './shapes/audio-source.js';
export * from './shapes/sip-headers.js';
export * from './shapes/digit-collection.js';
export * from './shapes/speech.js';
export {
  type ActionBuilder,
  type TargetableActionBuilder,
  type CallIdRequiredBuilder,
  type BuilderParams,
  type CamelCaseKeys,
  isActionBuilder,
} from './builder.js';
export type { TargetKey } from './spec.js';
export * from './registry.js';

/**
 * The `Type` of every returnable action.
 * @category Actions
 */
export type ActionType = Action['Type'];

/**
 * The wire action whose `Type` is `T`.
 * @category Actions
 */
export type ActionOfType<T extends ActionType> = Extract<
  Action,
  {
    /** The action type to select. */
    Type: T;
  }
>;

/**
 * The `Parameters` of the action whose `Type` is `T`.
 * @category Actions
 */
export type ParametersOf<T extends ActionType> = ActionOfType<T>['Parameters'];

/**
 * The hand-written result contract of the action whose `Type` is `T` (`PlayAudioResult` …):
 * what its events add to `ActionData`, its documented error types, whether it is interruptible.
 * @category Actions
 */
export type ActionResultOf<T extends ActionType> = NonNullable<(typeof specTable)[T]['~result']>;

/**
 * The whole contract of every action, by `Type`. Frozen deeply, with every rule they share, once
 * here: an assignment to a rule throws (strict mode) or does nothing, so no caller can switch a
 * check off for the rest of the process.
 * @internal
 */
export const actionSpecs: { readonly [T in ActionType]: ActionSpec<ActionOfType<T>, ActionResultOf<T>> } =
  /* @__PURE__ */ deepFreeze(specTable);

/**
 * The action types UpdateSipMediaApplicationCall interrupts (`ACTION_INTERRUPTED`): those whose
 * result contract says `interruptible: true`.
 * @category Actions
 */
export type InterruptibleActionType = {
  [T in ActionType]: ActionResultOf<T> extends {
    /** The action's result contract says UpdateSipMediaApplicationCall interrupts it. */
    interruptible: true;
  }
    ? T
    : never;
}[ActionType];

/**
 * Every returnable action `Type`, in the order of the docs' action list.
 * @category Actions
 */
export const ACTION_TYPES = Object.keys(actionSpecs) as readonly ActionType[];

/**
 * `true` when `type` names a returnable action.
 * @category Actions
 */
export function isActionType(type: unknown): type is ActionType {
  return typeof type === 'string' && Object.hasOwn(actionSpecs, type);
}
