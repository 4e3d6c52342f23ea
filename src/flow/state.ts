import type { FlowState, StateOf } from './types.js';

/**
 * The TransactionAttributes key that holds a flow's current step (its name, the stable id).
 * The simulator of `chime-sma-kit/testing` names each invocation's step from it.
 * @category Flow
 */
export const FLOW_STEP_ATTRIBUTE = 'flow.step';

/**
 * The TransactionAttributes key that holds the version of the flow that stored the step.
 * @category Flow
 */
export const FLOW_VERSION_ATTRIBUTE = 'flow.version';

/**
 * The state stored in `attributes`, each value read with the type of its initial value; a missing or unreadable value is the initial one.
 */
export function readState<S extends FlowState>(initial: S, attributes: Readonly<Record<string, string | undefined>>): StateOf<S> {
  const state: Record<string, string | number | boolean> = {};
  for (const key of Object.keys(initial)) {
    const start = initial[key] as string | number | boolean;
    const stored = Object.prototype.hasOwnProperty.call(attributes, key) ? attributes[key] : undefined;
    if (stored === undefined) state[key] = start;
    else if (typeof start === 'number') state[key] = stored.trim() !== '' && Number.isFinite(Number(stored)) ? Number(stored) : start;
    else if (typeof start === 'boolean') state[key] = stored === 'true' ? true : stored === 'false' ? false : start;
    else state[key] = stored;
  }
  return state as StateOf<S>;
}

/** The state as TransactionAttributes values (strings). */
export function writeState(state: Readonly<FlowState>): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const key of Object.keys(state)) attributes[key] = String(state[key]);
  return attributes;
}
