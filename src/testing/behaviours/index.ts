export type { ActionContext, Behaviour, DigitListener, Outcome } from './behaviour.js';
export { behaviours } from './registry.js';
