import { isRecord } from '../validation/index.js';

/**
 * One edge of a flow's graph: from a step, on an outcome, to a step.
 * @category Flow
 */
export interface FlowEdge {
  /** The step the outcome happens in. */
  from: string;
  /** The step it leads to. */
  to: string;
  /** The outcome: `success`, `failed`, `failed CallNotAnswered`, `hangup LEG-B`, `callUpdate`; `?` marks a run-time choice. */
  outcome: string;
}

/** The targets of one transition value (a step name, or a choice's `to` list), and whether it is a choice. */
function targetsOf(transition: unknown): { targets: unknown[]; choice: boolean } {
  if (typeof transition === 'string') return { targets: [transition], choice: false };
  if (isRecord(transition) && Array.isArray(transition.to)) return { targets: transition.to as unknown[], choice: true };
  return { targets: [], choice: false };
}

/** Whether a transitions value is a map by key (error type, leg) rather than one transition. */
export function isTransitionMap(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && !Array.isArray(value.to) && typeof value.choose !== 'function';
}

/** The edges of one step's outcome table (`on[step]`), with the raw targets (checked by the caller). */
export function edgesOf(outcomes: unknown): { outcome: string; target: unknown; choice: boolean }[] {
  const edges: { outcome: string; target: unknown; choice: boolean }[] = [];
  if (!isRecord(outcomes)) return edges;
  const add = (outcome: string, transition: unknown) => {
    const { targets, choice } = targetsOf(transition);
    for (const target of targets) edges.push({ outcome, target, choice });
  };
  for (const kind of ['success', 'failed', 'hangup', 'callUpdate']) {
    const value = outcomes[kind];
    if (value === undefined) continue;
    if ((kind === 'failed' || kind === 'hangup') && isTransitionMap(value)) {
      for (const key of Object.keys(value)) add(key === 'default' ? kind : `${kind} ${key}`, value[key]);
    } else add(kind, value);
  }
  return edges;
}

/** Text safe inside a quoted Mermaid label. */
const mermaidText = (text: string): string => text.replace(/["<>]/g, (c) => `#${c.charCodeAt(0)};`);

/** What the diagram shows of a step. */
export interface DiagramStep {
  /** The step's name. */
  name: string;
  /** The static action types it emits, in order (`…` when computed at run time). */
  actions: string[];
  /** Whether it ends the call. */
  ends: boolean;
  /** Its description, if any. */
  description?: string | undefined;
}

/**
 * The Mermaid `flowchart` source of a flow: one node per step (its name and actions), an edge
 * per transition labelled with its outcome, the start and the end of the call.
 */
export function toMermaid(start: string, steps: readonly DiagramStep[], edges: readonly FlowEdge[]): string {
  const ids = new Map(steps.map((s, index) => [s.name, `s${index}`]));
  const lines = ['flowchart TD', '  start((start))'];
  for (const s of steps) {
    const rows = [s.name, s.actions.join(', '), s.description ?? ''].filter((line) => line !== '').map(mermaidText);
    lines.push(`  ${ids.get(s.name)}["${rows.join('<br/>')}"]`);
  }
  lines.push(`  start --> ${ids.get(start)}`);
  for (const edge of edges) lines.push(`  ${ids.get(edge.from)} -->|${mermaidText(edge.outcome)}| ${ids.get(edge.to)}`);
  if (steps.some((s) => s.ends)) {
    lines.push('  finish((end))');
    for (const s of steps) if (s.ends) lines.push(`  ${ids.get(s.name)} --> finish`);
  }
  return lines.join('\n');
}

/**
 * Problems of the graph: steps no path from `start` reaches, and steps from which no path
 * reaches a step that ends the call.
 */
export function graphProblems(
  start: string,
  steps: readonly DiagramStep[],
  edges: readonly FlowEdge[],
  extraRoots: readonly string[],
): { unreachable: string[]; endless: string[] } {
  const next = new Map<string, string[]>(steps.map((s) => [s.name, []]));
  const previous = new Map<string, string[]>(steps.map((s) => [s.name, []]));
  for (const edge of edges) {
    next.get(edge.from)?.push(edge.to);
    previous.get(edge.to)?.push(edge.from);
  }
  const walk = (roots: readonly string[], links: Map<string, string[]>): Set<string> => {
    const seen = new Set<string>();
    const queue = roots.filter((root) => links.has(root));
    while (queue.length > 0) {
      const name = queue.pop() as string;
      if (seen.has(name)) continue;
      seen.add(name);
      queue.push(...(links.get(name) ?? []));
    }
    return seen;
  };
  const reached = walk([start, ...extraRoots], next);
  const canEnd = walk(
    steps.filter((s) => s.ends).map((s) => s.name),
    previous,
  );
  return {
    unreachable: steps.filter((s) => !reached.has(s.name)).map((s) => s.name),
    endless: steps.filter((s) => reached.has(s.name) && !canEnd.has(s.name)).map((s) => s.name),
  };
}
