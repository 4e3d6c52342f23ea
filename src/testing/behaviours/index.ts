import * as actionModules from '../../actions/index.js';
import { ACTION_TYPES, type ActionType } from '../../actions/index.js';
import type { Behaviour } from './behaviour.js';

export type { ActionContext, Behaviour, BehaviourKit, DigitListener, Outcome } from './behaviour.js';
export { behaviourKit } from './kit.js';

/**
 * Each action file's `xxxBehaviour` export, typed by its action type: an action file without
 * one (or with one of another type) does not compile here, and the error names the export.
 */
const exported: { readonly [T in ActionType as `${Uncapitalize<T>}Behaviour`]: Behaviour<T> } = actionModules;

/**
 * How the simulator performs each action type, read from the action files (`xxxBehaviour`
 * beside each spec). Only `testing/` reads them, so they never reach a Lambda bundle.
 */
export const behaviours = Object.fromEntries(
  ACTION_TYPES.map((type) => [type, exported[`${(type.charAt(0).toLowerCase() + type.slice(1)) as Uncapitalize<ActionType>}Behaviour`]]),
) as { readonly [T in ActionType]: Behaviour<T> };
