// @ts-check
// `npm run bench [-- --peers] [-- --no-build]`: bundle size, start-up, per-invocation cost,
// type-check cost and simulator throughput of chime-sma-kit, each next to its physical limit
// (hand-written literals, JSON.parse, an empty `node`), printed as a table and written to
// bench/results.json. Runs `npm run build` first (skip with --no-build when dist/ is fresh).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HANDLER_ENTRY, HANDLER_GZIP_BUDGET, bundleSize } from './bundle.mjs';
import { REPORT_CPU, compare, timeImport, timeProcesses, tscDiagnostics } from './stats.mjs';
import { flowEventTexts, documentedEvents, eventWorkload, responseWorkload } from './workloads.mjs';
import { measurePeers } from './peers.mjs';
import { measureFlow } from './flow.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TMP = join(ROOT, 'bench', 'tmp');
const RESULTS = join(ROOT, 'bench', 'results.json');
const args = new Set(process.argv.slice(2).filter((arg) => !arg.startsWith('--note=')));
/** `--note=…`: what tree was measured, when it is not a plain commit (kept in results.json). */
const note = process.argv
  .slice(2)
  .find((arg) => arg.startsWith('--note='))
  ?.slice('--note='.length);
const quick = args.has('--quick');

/** The README's targets. */
export const TARGETS = {
  handlerGzipBytes: HANDLER_GZIP_BUDGET,
  importMs: 3,
  responseRatio: 2,
  eventRatio: 3,
  instantiationsRatio: 1.5,
};

/** A section that could not be measured, with the reason. */
const notMeasured = (/** @type {string} */ reason) => ({ measured: false, reason });

const log = (/** @type {string} */ line) => process.stderr.write(`${line}\n`);

function npm(/** @type {string[]} */ argv, /** @type {string} */ cwd = ROOT) {
  return execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', argv, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

// ---------------------------------------------------------------------------------------------
if (!args.has('--no-build')) {
  log('building (npm run build) …');
  npm(['run', 'build', '--silent']);
}
mkdirSync(TMP, { recursive: true });
const kitUrl = pathToFileURL(join(ROOT, 'dist', 'index.js')).href;
const kit = await import(kitUrl);
const missing = ['actions', 'response', 'parseInvocationEvent', 'isActionSuccessful'].filter((name) => !(name in kit));

// 1. Bundle and package size --------------------------------------------------------------------
log('1/5 bundle size …');
const bundle =
  missing.length > 0
    ? notMeasured(`the package does not export ${missing.join(', ')} yet`)
    : { measured: true, ...(await bundleSize({ entry: HANDLER_ENTRY })) };
if ('code' in bundle) {
  writeFileSync(join(TMP, 'handler.bundle.mjs'), bundle.code);
  delete bundle.code;
}
const distFiles = readdirSync(join(ROOT, 'dist'), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => {
    const path = join(entry.parentPath, entry.name);
    return { file: path.slice(join(ROOT, 'dist').length + 1).replaceAll('\\', '/'), bytes: statSync(path).size };
  })
  .sort((a, b) => a.file.localeCompare(b.file));
const [packed] = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts']));
const pkg = { distFiles, packedBytes: packed.size, unpackedBytes: packed.unpackedSize, fileCount: packed.entryCount };

// 2. Start-up ---------------------------------------------------------------------------------
log('2/5 start-up (child processes, NODE_EXTRA_CA_CERTS unset) …');
const runs = quick ? 8 : 30;
writeFileSync(join(TMP, 'start-empty.mjs'), '');
const emptyUrl = pathToFileURL(join(TMP, 'start-empty.mjs')).href;
writeFileSync(join(TMP, 'start-empty-report.mjs'), `${REPORT_CPU}\n`);
writeFileSync(
  join(TMP, 'start-package.mjs'),
  `import * as kit from ${JSON.stringify(kitUrl)};\nif (!kit.actions) process.exit(1);\n${REPORT_CPU}\n`,
);
const packageImport = timeImport(kitUrl, { runs, emptyUrl });
const bundleImport = 'bytes' in bundle ? timeImport(pathToFileURL(join(TMP, 'handler.bundle.mjs')).href, { runs, emptyUrl }) : undefined;
const processMs = timeProcesses(
  {
    emptyEval: [process.execPath, '-e', REPORT_CPU],
    emptyModule: [process.execPath, join(TMP, 'start-empty-report.mjs')],
    withPackage: [process.execPath, join(TMP, 'start-package.mjs')],
  },
  { runs },
);
const over = (/** @type {'emptyEval' | 'emptyModule'} */ base) => ({
  cpuMs: /** @type {any} */ (processMs.withPackage).cpuMs - /** @type {any} */ (processMs[base]).cpuMs,
  wallMs: /** @type {any} */ (processMs.withPackage).wallMs - /** @type {any} */ (processMs[base]).wallMs,
});
const startup = {
  note: 'CPU time is the headline: this machine is shared, and wall time counts the time the process waits for a core',
  import: packageImport,
  bundledHandlerImport: bundleImport,
  process: processMs,
  packageOverEmptyEval: over('emptyEval'),
  packageOverEmptyModule: over('emptyModule'),
  runs,
};

// 3. Per invocation -----------------------------------------------------------------------------
log('3/5 per invocation (interleaved, warmed up, medians) …');
const rounds = quick ? 9 : 31;
/** @type {Record<string, unknown>} */
const perInvocation = {};
if (!('response' in kit) || !('actions' in kit)) {
  perInvocation.responses = notMeasured('the package does not export response() yet');
} else {
  const work = responseWorkload(kit);
  work.check();
  perInvocation.responses = {
    measured: true,
    what: 'the 3 PIN-to-meeting responses: builders + response() + JSON.stringify vs object literals + JSON.stringify',
    ...compare({ ...work, rounds }),
  };
}
if (!('parseInvocationEvent' in kit)) {
  perInvocation.flowEvents = notMeasured('the package does not export parseInvocationEvent yet');
  perInvocation.documentedEvents = notMeasured('the package does not export parseInvocationEvent yet');
} else {
  const flow = eventWorkload(kit, flowEventTexts());
  flow.check();
  perInvocation.flowEvents = {
    measured: true,
    what: 'the 4 PIN-to-meeting events: JSON.parse + parseInvocationEvent + guards vs JSON.parse + the same checks',
    ...compare({ ...flow, rounds }),
  };
  const texts = documentedEvents(kit);
  const all = eventWorkload(kit, texts);
  perInvocation.documentedEvents = {
    measured: true,
    what: `all ${texts.length} documented invocation events of test/fixtures, same comparison`,
    events: texts.length,
    ...compare({ ...all, rounds }),
  };
}

// 4. Type-check cost ----------------------------------------------------------------------------
log('4/5 type-check cost (tsc --extendedDiagnostics) …');
const typecheckRuns = quick ? 1 : 3;
function typecheck(/** @type {string[]} */ extra) {
  const baseline = tscDiagnostics('bench/typecheck/hand-written', extra);
  const withPackage = tscDiagnostics('bench/typecheck/package', extra);
  if (withPackage.errors.length > 0 || baseline.errors.length > 0) {
    return notMeasured(`the fixtures do not compile: ${[...withPackage.errors, ...baseline.errors].join('\n')}`);
  }
  // Counts are deterministic; check time is the median of a few runs.
  const times = {
    baseline: [/** @type {number} */ (baseline.checkSeconds)],
    withPackage: [/** @type {number} */ (withPackage.checkSeconds)],
  };
  for (let i = 1; i < typecheckRuns; i++) {
    times.baseline.push(/** @type {number} */ (tscDiagnostics('bench/typecheck/hand-written', extra).checkSeconds));
    times.withPackage.push(/** @type {number} */ (tscDiagnostics('bench/typecheck/package', extra).checkSeconds));
  }
  const mid = (/** @type {number[]} */ list) => [...list].sort((a, b) => a - b)[list.length >> 1];
  return {
    measured: true,
    baseline: { ...baseline, checkSeconds: mid(times.baseline), errors: undefined },
    withPackage: { ...withPackage, checkSeconds: mid(times.withPackage), errors: undefined },
    instantiationsRatio: /** @type {number} */ (withPackage.instantiations) / /** @type {number} */ (baseline.instantiations),
    typesRatio: /** @type {number} */ (withPackage.types) / /** @type {number} */ (baseline.types),
  };
}
const typeCheck = { skipLibCheck: typecheck([]), fullLibCheck: typecheck(['--skipLibCheck', 'false']) };

// 5. Simulator ----------------------------------------------------------------------------------
log('5/5 simulator …');
/** @type {Record<string, unknown>} */
let simulator;
const testingEntry = join(ROOT, 'dist', 'testing.js');
if (!existsSync(testingEntry) || 'bytes' in bundle === false) {
  simulator = notMeasured(
    existsSync(testingEntry) ? 'the example handler could not be bundled' : 'chime-sma-kit/testing (the simulator) has not landed yet',
  );
} else {
  const { simulateCall } = await import(pathToFileURL(testingEntry).href);
  const { handler } = await import(pathToFileURL(HANDLER_ENTRY).href);
  const options = { digits: '12345#', hangups: [{ leg: 'LEG-A', atMs: 60_000 }] };
  const first = await simulateCall(handler, options);
  const summary = first.transcript.eventSummary;
  const until = Date.now() + (quick ? 500 : 3000);
  for (let i = 0; i < 20; i++) await simulateCall(handler, options);
  let calls = 0;
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  while (Date.now() < until) {
    await simulateCall(handler, options);
    calls++;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  simulator = {
    measured: true,
    callsPerCpuSecond: calls / cpuSeconds,
    callsPerWallSecond: calls / seconds,
    invocationsPerCall: summary.length,
    events: summary,
  };
}

// Flows ----------------------------------------------------------------------------------------
log('flows: chime-sma-kit/flow vs createSmaHandler, and a 30-step flow …');
const flow = existsSync(join(ROOT, 'dist', 'flow.js'))
  ? { measured: true, ...(await measureFlow({ tmp: TMP, quick })) }
  : notMeasured('chime-sma-kit/flow has not been built');

// Peers --------------------------------------------------------------------------------------
const previous = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
const peers = args.has('--peers')
  ? await measurePeers({ tmp: TMP, runs, emptyUrl, emptyModule: /** @type {any} */ (processMs.emptyModule) })
  : previous.peers;

// Report ------------------------------------------------------------------------------------
const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() !== '';
const load = (await import('node:os')).loadavg()[0];
const results = {
  meta: {
    date: new Date().toISOString(),
    commit,
    dirty,
    ...(note ? { note } : {}),
    node: process.version,
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    loadAverage: load,
    quick,
  },
  targets: TARGETS,
  bundle,
  package: pkg,
  startup,
  perInvocation,
  typeCheck,
  simulator,
  flow,
  ...(peers ? { peers } : {}),
};
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);

const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (/** @type {number | undefined} */ n) => (n === undefined ? 'n/a' : `${n.toFixed(2)} ms`);
const us = (/** @type {number} */ n) => `${(n / 1000).toFixed(2)} µs`;
const x = (/** @type {number} */ n) => `${n.toFixed(2)}×`;
const verdict = (/** @type {boolean} */ ok) => (ok ? 'ok' : 'MISSED');
/** @type {[string, string, string, string][]} */
const rows = [];
if ('gzipBytes' in bundle)
  rows.push([
    'handler bundle (esbuild, minified)',
    `${kb(bundle.bytes)}, ${kb(bundle.gzipBytes)} gzip`,
    `≤ ${kb(TARGETS.handlerGzipBytes)} gzip`,
    verdict(bundle.gzipBytes <= TARGETS.handlerGzipBytes),
  ]);
else rows.push(['handler bundle', `not measured: ${bundle.reason}`, `≤ ${kb(TARGETS.handlerGzipBytes)} gzip`, '—']);
rows.push(['package (npm pack)', `${kb(pkg.packedBytes)} packed, ${kb(pkg.unpackedBytes)} unpacked, ${pkg.fileCount} files`, '', '']);
const importCell = (/** @type {{ cpuMs: number; wallMs: number } | undefined} */ t) =>
  t ? `${ms(t.cpuMs)} CPU (${ms(t.wallMs)} wall)` : 'n/a';
rows.push([
  'import chime-sma-kit (in process)',
  importCell(packageImport),
  `≤ ${TARGETS.importMs} ms`,
  verdict(packageImport.cpuMs <= TARGETS.importMs),
]);
rows.push([
  'import bundled handler (in process)',
  importCell(bundleImport),
  `≤ ${TARGETS.importMs} ms`,
  bundleImport ? verdict(bundleImport.cpuMs <= TARGETS.importMs) : '—',
]);
const p = /** @type {any} */ (processMs);
rows.push([
  'process CPU: node -e / empty .mjs / package',
  `${ms(p.emptyEval.cpuMs)} / ${ms(p.emptyModule.cpuMs)} / ${ms(p.withPackage.cpuMs)}`,
  '',
  '',
]);
rows.push([
  'process wall: node -e / empty .mjs / package',
  `${ms(p.emptyEval.wallMs)} / ${ms(p.emptyModule.wallMs)} / ${ms(p.withPackage.wallMs)}`,
  '',
  '',
]);
for (const [name, label, target] of /** @type {const} */ ([
  ['responses', 'PIN-to-meeting responses vs literals', TARGETS.responseRatio],
  ['flowEvents', 'PIN-to-meeting events vs JSON.parse', TARGETS.eventRatio],
  ['documentedEvents', 'documented events vs JSON.parse', TARGETS.eventRatio],
])) {
  const r = /** @type {any} */ (perInvocation[name]);
  if (r?.measured)
    rows.push([label, `${x(r.ratio)} (${us(r.subjectNs)} vs ${us(r.baselineNs)})`, `≤ ${target}×`, verdict(r.ratio <= target)]);
  else rows.push([label, `not measured: ${r?.reason}`, `≤ ${target}×`, '—']);
}
for (const [key, label] of /** @type {const} */ ([
  ['skipLibCheck', 'type-check (skipLibCheck)'],
  ['fullLibCheck', 'type-check (skipLibCheck false)'],
])) {
  const t = /** @type {any} */ (typeCheck[key]);
  if (t.measured) {
    rows.push([
      `${label}: Instantiations`,
      `${t.withPackage.instantiations} vs ${t.baseline.instantiations} = ${x(t.instantiationsRatio)}`,
      `≤ ${TARGETS.instantiationsRatio}×`,
      verdict(t.instantiationsRatio <= TARGETS.instantiationsRatio),
    ]);
    rows.push([`${label}: Types`, `${t.withPackage.types} vs ${t.baseline.types} = ${x(t.typesRatio)}`, '', '']);
  } else rows.push([label, `not measured: ${t.reason.split('\n')[0]}`, '', '—']);
}
if (simulator.measured)
  rows.push([
    'simulator: PIN-to-meeting calls',
    `${Number(simulator.callsPerCpuSecond).toFixed(0)} calls per CPU second (${simulator.invocationsPerCall} invocations each)`,
    '',
    '',
  ]);
else rows.push(['simulator', `not measured: ${simulator.reason}`, '', '—']);
if (flow.measured) {
  const f = /** @type {any} */ (flow);
  rows.push([
    'flow handler bundle vs createSmaHandler',
    `${kb(f.bundle.flow.gzipBytes)} vs ${kb(f.bundle.router.gzipBytes)} gzip (+${f.bundle.addedGzipBytes} bytes)`,
    '',
    '',
  ]);
  rows.push([
    'flow invocation vs createSmaHandler',
    `${x(f.perInvocation.ratio)} (${us(f.perInvocation.subjectNs)} vs ${us(f.perInvocation.baselineNs)})`,
    '',
    '',
  ]);
  const t = f.typeCheck;
  if (t.measured) {
    rows.push([
      'flow type-check: Instantiations',
      `${t.flow.instantiations} vs ${t.router.instantiations} = ${x(t.instantiationsRatio)}; ` +
        `check ${t.flow.checkSeconds} s vs ${t.router.checkSeconds} s`,
      '',
      '',
    ]);
    rows.push([
      '30-step flow type-check',
      `${t.thirtySteps.instantiations} instantiations, ${t.thirtySteps.types} types, check ${t.thirtySteps.checkSeconds} s`,
      '',
      '',
    ]);
  } else rows.push(['flow type-check', `not measured: ${t.reason.split('\n')[0]}`, '', '—']);
} else rows.push(['flow', `not measured: ${/** @type {any} */ (flow).reason}`, '', '—']);
if (peers) {
  for (const peer of peers.results ?? []) {
    rows.push([
      `peer ${peer.name}`,
      peer.error
        ? `error: ${peer.error}`
        : `${kb(peer.bytes)}, ${kb(peer.gzipBytes)} gzip; import ${ms(peer.import.cpuMs)} CPU, bundled ${ms(peer.bundledImport.cpuMs)} CPU`,
      '',
      '',
    ]);
  }
}
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((row) => row[i]?.length ?? 0)));
const line = (/** @type {string[]} */ row) =>
  row
    .map((cell, i) => cell.padEnd(/** @type {number} */ (widths[i])))
    .join('  ')
    .trimEnd();
process.stdout.write(
  `chime-sma-kit bench (${results.meta.node}, ${results.meta.cpu} × ${results.meta.cores}, load ${load.toFixed(1)}, ` +
    `commit ${commit}${dirty ? ' + changes' : ''})\n${note ? `${note}\n` : ''}\n`,
);
for (const row of rows) process.stdout.write(`${line(row)}\n`);
process.stdout.write(`\nwritten: bench/results.json\n`);
