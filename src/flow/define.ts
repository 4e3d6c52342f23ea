import { actions as builders, type ActionType, type ParticipantTag } from '../actions/index.js';
import { type InvocationEvent, invokedLeg } from '../events/index.js';
import {
  createSmaHandler,
  type Route,
  type RouteContext,
  type SmaHandler,
  type SmaHandlerOptions,
  type SmaRoutes,
} from '../handler/index.js';
import { routeFor } from '../handler/router.js';
import {
  MAX_ACTIONS_PER_RESPONSE,
  MAX_TRANSACTION_ATTRIBUTES,
  readTransactionAttributes,
  response,
  updateTransactionAttributes,
  type ResponseAction,
  type SmaResponse,
} from '../response/index.js';
import { Issues, isRecord, maskText, throwOnErrors } from '../validation/index.js';
import { type DiagramStep, type FlowEdge, edgesOf, graphProblems, isTransitionMap, toMermaid } from './graph.js';
import { FLOW_STEP_ATTRIBUTE, FLOW_VERSION_ATTRIBUTE, readState, writeState } from './state.js';
import type {
  AwaitedAction,
  FlowDefinition,
  FlowState,
  FlowTransitions,
  StateOf,
  Step,
  StepContext,
  StepFactory,
  StepSpec,
} from './types.js';

/** The `step` function a flow's `steps` receives. */
function step<T extends ActionType, S>(spec: StepSpec<T, S>): Step<T, S> {
  return { spec };
}

/**
 * A defined flow: its graph, its Lambda handler and its routes.
 * @typeParam N - the step names.
 * @typeParam S - the initial state.
 * @category Flow
 */
export interface Flow<N extends string = string, S extends FlowState = FlowState> {
  /** The flow's version, stored with the step. */
  readonly version: string;
  /** The step a new call starts in. */
  readonly start: N;
  /** The step names, in definition order. */
  readonly steps: readonly N[];
  /** The initial state. */
  readonly initialState: Readonly<S>;
  /** Every transition, as labelled edges. */
  readonly edges: readonly FlowEdge[];
  /**
   * The flow as routes of `createSmaHandler` (NEW_INBOUND_CALL, CALL_ANSWERED, the ACTION_*
   * events, HANGUP and CALL_UPDATE_REQUESTED), to mix with routes of your own:
   * `createSmaHandler({ ...flow.routes, DIGITS_RECEIVED: … })`.
   */
  readonly routes: SmaRoutes;
  /**
   * The Lambda handler: `createSmaHandler` with the flow's routes (so the same parsing, fallback
   * response and masked log lines), and `routes` of your own for the event types the flow does
   * not take, or to take some back.
   */
  handler(options?: FlowHandlerOptions): SmaHandler;
  /** The flow's graph as a Mermaid `flowchart`, each edge labelled with its outcome. */
  toMermaid(): string;
}

/**
 * Options of {@link Flow.handler}: those of `createSmaHandler`, and routes of your own.
 * @category Flow
 */
export interface FlowHandlerOptions extends Omit<SmaHandlerOptions, 'exhaustive'> {
  /** Routes that take event types the flow leaves alone (DIGITS_RECEIVED, INVALID_LAMBDA_RESPONSE …) or replace the flow's own. */
  routes?: SmaRoutes;
  /**
   * The leg the flow runs: with it, an event of another leg (its `invokedLeg`: the leg that hung
   * up, the leg an action ran on) goes to `routes` when they have a route for it, and to the flow
   * otherwise; events of this leg always go to the flow. A flow for LEG-A, routes for the rest.
   * @defaultValue every event of a type the flow takes goes to the flow
   */
  leg?: ParticipantTag;
}

type AnySpec = StepSpec<ActionType, unknown>;
type Ctx = Record<string, unknown>;
type Resolved = { to: string; state?: Record<string, unknown>; await?: unknown };

/** The static action types of a step, for the diagram and the checks (`…` for computed ones). */
function staticActions(spec: AnySpec): { types: string[]; count: number | undefined; hangsUp: boolean } {
  const types: string[] = [];
  let count: number | undefined = 0;
  if (Array.isArray(spec.actions)) for (const item of spec.actions as unknown[]) types.push(actionTypeOf(item));
  else if (spec.actions !== undefined) {
    types.push('…');
    count = undefined;
  }
  if (spec.await !== undefined)
    types.push(typeof spec.await === 'string' ? spec.await : typeof spec.await === 'function' ? '…' : actionTypeOf(spec.await));
  if (count !== undefined) count = types.length;
  return { types, count, hangsUp: types.includes('Hangup') };
}

function actionTypeOf(item: unknown): string {
  if (!isRecord(item)) return '?';
  const type = typeof item.type === 'string' ? item.type : item.Type;
  return typeof type === 'string' ? type : '?';
}

/** The awaited action type of a step when it is known without running it. */
function awaitedType(spec: AnySpec): string | undefined {
  if (typeof spec.await === 'string') return spec.await;
  if (spec.await !== undefined && typeof spec.await !== 'function') return actionTypeOf(spec.await);
  return undefined;
}

/**
 * The steps of a flow, waiting for their transitions: what {@link defineFlow} returns.
 * @typeParam S - the initial state.
 * @typeParam D - the steps by name.
 * @category Flow
 */
export interface FlowSteps<S extends FlowState, D> {
  /**
   * Says where the call starts and where each step's outcomes go, checks the whole flow and
   * returns it.
   * @throws {@link chime-sma-kit!SmaValidationError} listing every problem found (see {@link defineFlow}).
   */
  transitions(transitions: FlowTransitions<keyof D & string, StateOf<S>, D>): Flow<keyof D & string, S>;
}

/**
 * Defines a call flow in two calls: `defineFlow({ version, state, steps })` names the steps and
 * what each says and awaits; `.transitions({ start, on })` says where each outcome goes, typed
 * from the awaited action of its step. The flow is checked then (a `SmaValidationError` lists
 * every problem): transitions to unknown steps, more than 10 actions in a step, steps no path
 * reaches, steps from which the call can never end, state keys that clash with the flow's own
 * or break the attribute limits.
 *
 * State lives in the call, never in the Lambda's memory: the current step (`flow.step`), the
 * flow's version (`flow.version`) and each state key are stored in TransactionAttributes.
 *
 * @example
 * ```ts
 * const flow = defineFlow({
 *   version: '1',
 *   state: { attempts: 0 },
 *   steps: (step) => ({ menu: step({ await: menuPrompt }), bye: step({ actions: [goodbye, hangUp] }) }),
 * }).transitions({ start: 'menu', on: { menu: { success: 'bye', failed: 'bye' } } });
 * export const handler = flow.handler();
 * ```
 * @param definition - The version, state and steps ({@link FlowDefinition}).
 * @category Flow
 */
export function defineFlow<const S extends FlowState, D extends Record<string, Step<ActionType, StateOf<S>>>>(
  definition: FlowDefinition<S, D>,
): FlowSteps<S, D> {
  const defined = definition.steps(step as StepFactory<StateOf<S>>) as Record<string, Step<ActionType, unknown> | undefined>;
  return {
    transitions: (transitions) =>
      build(
        definition.version,
        { ...definition.state },
        defined,
        transitions as unknown as FlowTransitions<string, unknown, unknown>,
      ) as Flow<keyof D & string, S>,
  };
}

/** The flow's routes for the events of `leg`; `own` routes first for the events of other legs. */
function scopedTo(leg: ParticipantTag, flow: SmaRoutes, own: SmaRoutes): SmaRoutes {
  const scoped: Record<string, unknown> = { ...own };
  for (const [type, mine] of Object.entries(flow)) {
    scoped[type] = (event: InvocationEvent, context: RouteContext<Record<string, string>>) => {
      const theirs = (invokedLeg(event)?.ParticipantTag ?? 'LEG-A') === leg ? undefined : routeFor(own, event);
      return (theirs ?? (mine as Route<InvocationEvent, Record<string, string>>))(event, context);
    };
  }
  return scoped as SmaRoutes;
}

/** Checks a flow and makes its routes. */
function build(
  version: string,
  initial: FlowState,
  defined: Record<string, Step<ActionType, unknown> | undefined>,
  transitions: FlowTransitions<string, unknown, unknown>,
): Flow {
  const { start } = transitions;
  const specs = new Map<string, AnySpec>(Object.keys(defined).map((name) => [name, defined[name]?.spec as AnySpec]));
  const on = (transitions.on ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const names = [...specs.keys()];
  const issues = new Issues('strict');

  // The definition: what the types check, checked again for untyped callers, then the graph.
  if (typeof version !== 'string' || version === '')
    issues.add('version', 'required', 'is required: a non-empty string, stored with the step');
  if (!specs.has(start)) issues.add('start', 'unknown_step', `names no step ("${String(start)}"); the steps are ${names.join(', ')}`);
  const stateKeys = Object.keys(initial);
  for (const key of stateKeys) {
    const value: unknown = initial[key];
    if (key === FLOW_STEP_ATTRIBUTE || key === FLOW_VERSION_ATTRIBUTE)
      issues.add(`state.${key}`, 'reserved', `is the flow's own TransactionAttributes key: rename the state key`);
    if (!(typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)))) {
      issues.add(
        `state.${key}`,
        'type',
        'must be a string, a finite number or a boolean (state is stored in TransactionAttributes as strings)',
      );
    }
  }
  if (stateKeys.length + 2 > MAX_TRANSACTION_ATTRIBUTES) {
    issues.add(
      'state',
      'max_items',
      `has ${stateKeys.length} keys: ` +
        `with the flow's step and version that is more than the ${MAX_TRANSACTION_ATTRIBUTES} TransactionAttributes pairs allowed`,
    );
  }
  const edges: FlowEdge[] = [];
  const diagram: DiagramStep[] = [];
  for (const [name, spec] of specs) {
    // Untyped callers may pass anything as a step (the types take only what step() makes).
    if (!isRecord(spec as unknown)) {
      issues.add(
        `steps.${name}`,
        'type',
        'must be made with the step function that steps receives: steps: (step) => ({ name: step({ … }) })',
      );
      continue;
    }
    const { types, count, hangsUp } = staticActions(spec);
    if (count !== undefined && count > MAX_ACTIONS_PER_RESPONSE) {
      issues.add(
        `steps.${name}`,
        'max_items',
        `has ${count} actions: a step sends at most ${MAX_ACTIONS_PER_RESPONSE} (the documented limit per response); ` +
          'split it into two steps',
      );
    }
    diagram.push({ name, actions: types, ends: hangsUp || spec.ends === true, description: spec.description });
    for (const edge of edgesOf(on[name])) {
      if (typeof edge.target === 'string' && specs.has(edge.target))
        edges.push({ from: name, to: edge.target, outcome: edge.choice ? `${edge.outcome} ?` : edge.outcome });
      else
        issues.add(
          `on.${name}.${edge.outcome.replace(' ', '.')}`,
          'unknown_step',
          `goes to "${String(edge.target)}", which is not a step; the steps are ${names.join(', ')}`,
        );
    }
  }
  for (const name of Object.keys(on))
    if (!specs.has(name)) issues.add(`on.${name}`, 'unknown_step', `names no step; the steps are ${names.join(', ')}`);
  const fallbackStep = typeof transitions.onUnknownStep === 'string' ? transitions.onUnknownStep : undefined;
  if (fallbackStep !== undefined && !specs.has(fallbackStep))
    issues.add('onUnknownStep', 'unknown_step', `names no step ("${fallbackStep}")`);
  if (issues.list.length === 0) {
    const { unreachable, endless } = graphProblems(start, diagram, edges, fallbackStep === undefined ? [] : [fallbackStep]);
    for (const name of unreachable)
      issues.add(`steps.${name}`, 'unreachable', 'is reached by no transition from the start step: add a transition to it or remove it');
    for (const name of endless) {
      issues.add(
        `steps.${name}`,
        'no_end',
        'can never end the call: no path from it reaches a step that hangs up (or is marked `ends: true`)',
      );
    }
  }
  throwOnErrors('flow', issues.list);

  // Running it: one invocation reads the step and state from the event, follows the outcome's
  // transition and answers the next step's actions with the new step and state.
  const context = (event: InvocationEvent, state: Ctx, route: RouteContext<Record<string, string>>): StepContext<Ctx> => ({
    state,
    event,
    logger: route.logger,
  });

  const resolve = async <V>(value: unknown, ctx: StepContext<Ctx>): Promise<V> =>
    typeof value === 'function' ? await (value as (c: StepContext<Ctx>) => V)(ctx) : (value as V);

  const enter = async (
    next: Resolved,
    state: Record<string, unknown>,
    event: InvocationEvent,
    route: RouteContext<Record<string, string>>,
  ): Promise<SmaResponse> => {
    const spec = specs.get(next.to) as AnySpec;
    // Only the flow's own state keys, never undefined: what an untyped `choose` adds is not stored.
    const merged: Record<string, unknown> = { ...state };
    for (const key of Object.keys(initial)) if (next.state?.[key] !== undefined) merged[key] = next.state[key];
    const ctx = context(event, merged, route);
    const list = [...((await resolve<readonly ResponseAction[] | undefined>(spec.actions, ctx)) ?? [])];
    const awaited =
      next.await ?? (typeof spec.await === 'string' ? undefined : await resolve<AwaitedAction<ActionType> | undefined>(spec.await, ctx));
    if (typeof spec.await === 'string' && next.await === undefined)
      throw new Error(
        `flow step "${next.to}" takes its ${spec.await} action from the transition into it, ` +
          `and none was given ({ to: '${next.to}', await: … })`,
      );
    if (awaited !== undefined) {
      const type = actionTypeOf(awaited);
      const expected = awaitedType(spec);
      if (expected !== undefined && type !== expected) throw new Error(`flow step "${next.to}" awaits ${expected}, but was given ${type}`);
      list.push(awaited as ResponseAction);
    }
    return updateTransactionAttributes(response(...list), event, {
      ...writeState(merged as FlowState),
      [FLOW_STEP_ATTRIBUTE]: next.to,
      [FLOW_VERSION_ATTRIBUTE]: version,
    });
  };

  /** Follows a transition (a step name or a choice) for an outcome. */
  const follow = async (from: string, transition: unknown, outcome: unknown, ctx: StepContext<Ctx>): Promise<Resolved> => {
    if (typeof transition === 'string') return { to: transition };
    const choice = transition as { to: readonly string[]; choose: (o: unknown, c: StepContext<Ctx>) => unknown };
    const chosen = await choice.choose(outcome, ctx);
    const next: Resolved = typeof chosen === 'string' ? { to: chosen } : (chosen as Resolved);
    if (!isRecord(next) || !choice.to.includes(next.to)) {
      throw new Error(
        `flow step "${from}" chose "${String(isRecord(next) ? next.to : next)}", ` +
          `which is not among the steps its choice lists (${choice.to.join(', ')})`,
      );
    }
    return next;
  };

  const position = (
    event: InvocationEvent,
    route: RouteContext<Record<string, string>>,
  ): { name: string; state: Record<string, unknown>; unknown?: true } => {
    const stored = readTransactionAttributes(event);
    const state = readState(initial, stored) as Record<string, unknown>;
    const name = stored[FLOW_STEP_ATTRIBUTE];
    if (name !== undefined && specs.has(name)) return { name, state };
    const storedPosition = { step: name, version: stored[FLOW_VERSION_ATTRIBUTE] };
    const chosen =
      typeof transitions.onUnknownStep === 'function' ? transitions.onUnknownStep(storedPosition) : (transitions.onUnknownStep ?? start);
    if (!specs.has(chosen)) throw new Error(`flow onUnknownStep chose "${String(chosen)}", which is not a step`);
    // The stored values come from the event: quoted (no control character) and masked like the router's lines.
    route.logger.warn(
      maskText(
        `chime-sma-kit flow: stored step ${JSON.stringify(name ?? null)} (version ${JSON.stringify(storedPosition.version ?? null)}) ` +
          `is not a step of version ${JSON.stringify(version)}: continuing at "${chosen}"`,
        { phones: 'digitRuns' },
      ),
    );
    return { name: chosen, state, unknown: true };
  };

  const begin = async (event: InvocationEvent, route: RouteContext<Record<string, string>>) =>
    enter({ to: start }, { ...initial }, event, route);

  /** ACTION_SUCCESSFUL / ACTION_FAILED: the step's success or failure transition. */
  const onResult = async (event: InvocationEvent, route: RouteContext<Record<string, string>>): Promise<SmaResponse> => {
    const { name, state, unknown } = position(event, route);
    // The event is about a step this version does not have: its outcome means nothing here.
    if (unknown) return enter({ to: name }, state, event, route);
    const spec = specs.get(name) as AnySpec;
    const data = (event as { ActionData: { Type: string; ErrorType?: string } }).ActionData;
    const succeeded = event.InvocationEventType === 'ACTION_SUCCESSFUL';
    const expected = awaitedType(spec);
    const outcome = succeeded ? { kind: 'success', data, event } : { kind: 'failed', errorType: data.ErrorType, data, event };
    let transition = on[name]?.[succeeded ? 'success' : 'failed'];
    if (!succeeded && isTransitionMap(transition)) {
      const byType = transition as Record<string, unknown>;
      transition =
        data.ErrorType !== undefined && Object.prototype.hasOwnProperty.call(byType, data.ErrorType) && data.ErrorType !== 'default'
          ? byType[data.ErrorType]
          : byType.default;
    }
    if ((expected !== undefined && data.Type !== expected) || transition === undefined) {
      const what = `${event.InvocationEventType} ${data.Type}${succeeded ? '' : ` (${String(data.ErrorType)})`}`;
      throw new Error(
        `flow step "${name}" has no transition for ${what}` +
          (expected !== undefined && data.Type !== expected ? ` (it awaits ${expected})` : ''),
      );
    }
    const ctx = context(event, state, route);
    return enter(await follow(name, transition, outcome, ctx), state, event, route);
  };

  const routes: SmaRoutes = {
    NEW_INBOUND_CALL: begin,
    CALL_ANSWERED: begin,
    ACTION_SUCCESSFUL: onResult,
    ACTION_FAILED: onResult,
    ACTION_INTERRUPTED: (event, route) => {
      const { name, state, unknown } = position(event, route);
      const handle = on[name]?.interrupted;
      if (unknown || typeof handle !== 'function') return undefined;
      const updates = (handle as (o: unknown, c: StepContext<Ctx>) => Record<string, unknown> | void)(
        { kind: 'interrupted', event },
        context(event, state, route),
      );
      return updateTransactionAttributes({ SchemaVersion: '1.0', Actions: [] }, event, writeState({ ...state, ...updates } as FlowState));
    },
    HANGUP: async (event, route) => {
      const { name, state, unknown } = position(event, route);
      const leg = event.ActionData.Parameters.ParticipantTag;
      let transition = unknown ? undefined : on[name]?.hangup;
      if (isTransitionMap(transition)) transition = (transition as Record<string, unknown>)[leg];
      if (transition === undefined) {
        // By default the call ends with the leg: hang up the other one if it is still connected.
        const other = leg === 'LEG-A' ? 'LEG-B' : 'LEG-A';
        const connected = event.CallDetails.Participants.some((p) => p.ParticipantTag === other && p.Status === 'Connected');
        return connected ? response(builders.hangup().onLeg(other)) : undefined;
      }
      return enter(await follow(name, transition, { kind: 'hangup', leg, event }, context(event, state, route)), state, event, route);
    },
    CALL_UPDATE_REQUESTED: async (event, route) => {
      const { name, state, unknown } = position(event, route);
      if (unknown) return enter({ to: name }, state, event, route);
      const transition = on[name]?.callUpdate;
      if (transition === undefined) return undefined;
      const outcome = { kind: 'callUpdate', arguments: event.ActionData.Parameters.Arguments, event };
      return enter(await follow(name, transition, outcome, context(event, state, route)), state, event, route);
    },
  };

  return {
    version,
    start,
    steps: names,
    initialState: initial,
    edges,
    routes,
    handler: ({ routes: own = {}, leg, ...options } = {}) =>
      createSmaHandler(leg === undefined ? { ...routes, ...own } : scopedTo(leg, routes, own), options),
    toMermaid: () => toMermaid(start, diagram, edges),
  };
}
