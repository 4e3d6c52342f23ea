// @ts-check
// Timing helpers for `npm run bench`: medians, interleaved side-by-side micro-benchmarks,
// child-process timings with NODE_EXTRA_CA_CERTS removed (it adds ~37 ms to every Node start here),
// and tsc's type-check counts.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? /** @type {number} */ (sorted[mid])
    : /** @type {number} */ (sorted[mid - 1] + /** @type {number} */ (sorted[mid])) / 2;
}

/** @param {number[]} values @param {number} q 0..1 */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return /** @type {number} */ (sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))]);
}

/** The environment for timed child processes: NODE_EXTRA_CA_CERTS and NODE_OPTIONS unset. */
export function cleanEnv() {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  delete env.NODE_OPTIONS;
  return env;
}

/** Sink that keeps benchmarked results alive. */
export let sink = 0;

/**
 * Runs `fn` `n` times and returns the nanoseconds of CPU time (user + system, all threads, so
 * GC and JIT count) per call. CPU time rather than wall time: on a shared machine the process is
 * often descheduled, which wall time would count.
 * @param {() => unknown} fn @param {number} n
 */
function timeBatch(fn, n) {
  const start = process.cpuUsage();
  let acc = 0;
  for (let i = 0; i < n; i++) {
    const r = fn();
    acc += typeof r === 'string' ? r.length : 1;
  }
  const used = process.cpuUsage(start);
  sink ^= acc;
  return ((used.user + used.system) * 1000) / n;
}

/**
 * Measures `subject` and `baseline` side by side: both warmed up, then `rounds` rounds that each
 * time one batch of each, alternating which goes first. Returns medians (ns per call) and the
 * median of the per-round ratios.
 * @param {{ subject: () => unknown; baseline: () => unknown; rounds?: number; batchMs?: number; warmupMs?: number }} options
 */
export function compare({ subject, baseline, rounds = 31, batchMs = 20, warmupMs = 300 }) {
  const warmUntil = Date.now() + warmupMs;
  while (Date.now() < warmUntil) {
    timeBatch(subject, 100);
    timeBatch(baseline, 100);
  }
  // Batch sizes so that each batch takes about batchMs.
  const size = (/** @type {() => unknown} */ fn) => Math.max(10, Math.round((batchMs * 1e6) / Math.max(1, timeBatch(fn, 2000))));
  const nSubject = size(subject);
  const nBaseline = size(baseline);
  /** @type {number[]} */ const subjectNs = [];
  /** @type {number[]} */ const baselineNs = [];
  /** @type {number[]} */ const ratios = [];
  for (let r = 0; r < rounds; r++) {
    let s;
    let b;
    if (r % 2 === 0) {
      s = timeBatch(subject, nSubject);
      b = timeBatch(baseline, nBaseline);
    } else {
      b = timeBatch(baseline, nBaseline);
      s = timeBatch(subject, nSubject);
    }
    subjectNs.push(s);
    baselineNs.push(b);
    ratios.push(s / b);
  }
  return {
    subjectNs: median(subjectNs),
    baselineNs: median(baselineNs),
    ratio: median(ratios),
    ratioP25: quantile(ratios, 0.25),
    ratioP75: quantile(ratios, 0.75),
    rounds,
  };
}

/** CPU time (user + system) of this process so far, in ms, as a line for the parent. */
export const REPORT_CPU = 'process.stdout.write(String((process.cpuUsage().user + process.cpuUsage().system) / 1000));';

/**
 * Runs each command `runs` times, interleaved (a, b, c, a, b, c, …). Each command prints its own
 * CPU time at its end (see {@link REPORT_CPU}). Returns the median wall time and the median CPU
 * time of each, in milliseconds. A command that fails throws.
 * @param {Record<string, string[]>} commands name → argv (argv[0] is the program)
 * @param {{ runs?: number; cwd?: string; warmup?: number }} options
 */
export function timeProcesses(commands, { runs = 30, cwd = process.cwd(), warmup = 3 } = {}) {
  const env = cleanEnv();
  /** @type {Record<string, { wall: number[]; cpu: number[] }>} */
  const times = Object.fromEntries(Object.keys(commands).map((name) => [name, { wall: [], cpu: [] }]));
  for (let r = -warmup; r < runs; r++) {
    for (const [name, argv] of Object.entries(commands)) {
      const start = process.hrtime.bigint();
      const result = spawnSync(/** @type {string} */ (argv[0]), argv.slice(1), { cwd, env, encoding: 'utf8' });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (result.status !== 0) throw new Error(`${argv.join(' ')} failed: ${result.stderr}`);
      if (r >= 0) {
        times[name]?.wall.push(ms);
        times[name]?.cpu.push(Number(result.stdout));
      }
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, t]) => [name, { wallMs: median(t.wall), cpuMs: median(t.cpu) }]));
}

/**
 * Times `import(url)` inside fresh Node processes (the in-process cost a cold Lambda pays): each
 * process first imports an empty module (so the ESM loader's own start-up is not counted), then
 * times the import of `url`, in CPU time (this process's threads: parse, compile, evaluate, GC)
 * and in wall time. Medians over `runs` processes, in milliseconds.
 * @param {string} url a file: URL
 * @param {{ runs?: number; cwd?: string; emptyUrl: string }} options
 */
export function timeImport(url, { runs = 30, cwd = process.cwd(), emptyUrl }) {
  const env = cleanEnv();
  const code = [
    `await import(${JSON.stringify(emptyUrl)});`,
    'const c = process.cpuUsage(); const t = performance.now();',
    `await import(${JSON.stringify(url)});`,
    'const wall = performance.now() - t; const cpu = process.cpuUsage(c);',
    'process.stdout.write(JSON.stringify({ wall, cpu: (cpu.user + cpu.system) / 1000 }));',
  ].join('\n');
  /** @type {number[]} */ const wall = [];
  /** @type {number[]} */ const cpu = [];
  for (let r = -2; r < runs; r++) {
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd, env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`import(${url}) failed: ${result.stderr}`);
    if (r >= 0) {
      const out = JSON.parse(result.stdout);
      wall.push(out.wall);
      cpu.push(out.cpu);
    }
  }
  return { cpuMs: median(cpu), wallMs: median(wall), minWallMs: Math.min(...wall) };
}

/**
 * Runs tsc with --extendedDiagnostics on a project (path relative to the repository root): its
 * counts, check time and memory, and the errors it printed.
 */
export function tscDiagnostics(/** @type {string} */ project, /** @type {string[]} */ extra = []) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', project, '--extendedDiagnostics', ...extra], {
    cwd: root,
    encoding: 'utf8',
    env: cleanEnv(),
  });
  const stats = Object.fromEntries(
    [...result.stdout.matchAll(/^([A-Za-z ]+):\s+([\d.]+)(K|s)?$/gm)].map(([, key, value]) => [
      /** @type {string} */ (key).trim(),
      Number(value),
    ]),
  );
  const errors = result.stdout.split('\n').filter((line) => line.includes('error TS'));
  return {
    errors,
    types: stats.Types,
    instantiations: stats.Instantiations,
    checkSeconds: stats['Check time'],
    memoryKB: stats['Memory used'],
    definitionLines: stats['Lines of Definitions'],
  };
}
