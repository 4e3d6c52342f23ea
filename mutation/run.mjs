// `npm run mutation -- --group <name>`: StrykerJS on one group of source files (mutation/groups.mjs),
// then a summary in mutation/<group>.md (committed). `--group all` runs every group in turn.
// Incremental: results are reused from mutation/<group>.incremental.json (committed) for
// mutants whose code and covering tests did not change, so a re-run only tests what changed.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { GROUPS } from './groups.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    group: { type: 'string' },
    concurrency: { type: 'string', default: '1' },
    force: { type: 'boolean', default: false },
    'summary-only': { type: 'boolean', default: false },
  },
});

if (values.group === undefined || (values.group !== 'all' && !Object.hasOwn(GROUPS, values.group))) {
  console.error(
    `usage: npm run mutation -- --group <${[...Object.keys(GROUPS), 'all'].join('|')}> [--concurrency N] [--force] [--summary-only]`,
  );
  process.exit(2);
}

/**
 * Documented equivalent mutants: { file, mutator, original, replacement, reason }, and `line` when
 * the same change elsewhere in the file is not equivalent: text the mutant's source line contains.
 */
const EQUIVALENTS = JSON.parse(readFileSync(`${here}equivalents.json`, 'utf8'));

async function runGroup(name) {
  const group = GROUPS[name];
  const report = `${root}reports/mutation/${name}.json`;
  if (!values['summary-only']) {
    // mutation/loads.test.ts: a mutant that breaks loading the package fails it (see the file).
    // Not with ignoreStatic: its imports would make every static mutant look covered by a test,
    // and such a mutant, tested without reloading the modules, would be reported as survived.
    const loads = group.ignoreStatic ? [] : ['mutation/loads.test.ts'];
    process.env.MUTATION_TESTS = [...group.tests, ...loads].join(',');
    const { Stryker } = await import('@stryker-mutator/core');
    await new Stryker({
      packageManager: 'npm',
      plugins: ['@stryker-mutator/vitest-runner'],
      testRunner: 'vitest',
      vitest: { configFile: 'mutation/vitest.config.ts', related: false },
      coverageAnalysis: 'perTest',
      mutate: group.mutate,
      concurrency: Number(values.concurrency),
      incremental: true,
      force: values.force,
      incrementalFile: `mutation/${name}.incremental.json`,
      reporters: ['progress', 'json'],
      jsonReporter: { fileName: `reports/mutation/${name}.json` },
      tempDirName: '.stryker-tmp',
      cleanTempDir: 'always',
      // Generous: on a shared machine a static mutant (every test, modules reloaded) can take
      // many seconds, and a spurious timeout would count as a kill.
      timeoutMS: 30_000,
      ignoreStatic: group.ignoreStatic ?? false,
    }).runMutationTest();
  }
  writeFileSync(`${here}${name}.md`, summary(name, JSON.parse(readFileSync(report, 'utf8'))));
  console.log(`mutation/${name}.md written`);
}

/** The equivalence note of a surviving mutant, if it is documented. */
function equivalence(file, mutant, original, source) {
  const line = source.split('\n')[mutant.location.start.line - 1] ?? '';
  return EQUIVALENTS.find(
    (e) =>
      file.endsWith(e.file) &&
      e.mutator === mutant.mutatorName &&
      e.original === original &&
      e.replacement === mutant.replacement &&
      (e.line === undefined || line.includes(e.line)),
  );
}

/** The source text a mutant replaces (report locations are 1-based). */
function originalText(source, { start, end }) {
  const lines = source.split('\n');
  const from = lines.slice(0, start.line - 1).reduce((n, l) => n + l.length + 1, 0) + start.column - 1;
  const to = lines.slice(0, end.line - 1).reduce((n, l) => n + l.length + 1, 0) + end.column - 1;
  return source.slice(from, to);
}

const oneLine = (text) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return (flat.length > 90 ? `${flat.slice(0, 90)}…` : flat).replaceAll('|', '\\|').replaceAll('`', "'");
};

function summary(name, report) {
  const count = { Killed: 0, Survived: 0, Timeout: 0, NoCoverage: 0, RuntimeError: 0, CompileError: 0, Ignored: 0 };
  const survivors = [];
  const equivalents = [];
  for (const [file, { source, mutants }] of Object.entries(report.files)) {
    for (const mutant of mutants) {
      count[mutant.status] = (count[mutant.status] ?? 0) + 1;
      if (mutant.status !== 'Survived' && mutant.status !== 'NoCoverage') continue;
      const original = originalText(source, mutant.location);
      const note = equivalence(file, mutant, original, source);
      const row = { file, mutant, original, note };
      (note === undefined ? survivors : equivalents).push(row);
    }
  }
  const detected = count.Killed + count.Timeout;
  const valid = detected + count.Survived + count.NoCoverage;
  const score = valid === 0 ? 100 : (100 * detected) / valid;
  const adjusted = valid - equivalents.length === 0 ? 100 : (100 * detected) / (valid - equivalents.length);
  const group = GROUPS[name];
  const row = ({ file, mutant, original, note }) =>
    `| \`${file}:${mutant.location.start.line}:${mutant.location.start.column}\` | ${mutant.mutatorName} | \`${oneLine(original)}\` | \`${oneLine(mutant.replacement ?? '')}\` | ${mutant.status}${note ? `: ${note.reason}` : ''} |`;
  return [
    `# Mutation group \`${name}\``,
    '',
    `${group.description}. Generated by \`npm run mutation -- --group ${name}\` (StrykerJS, vitest runner, perTest coverage); do not edit by hand.`,
    '',
    `- mutated: ${group.mutate.map((g) => `\`${g}\``).join(', ')}`,
    `- tests: ${group.tests.map((g) => `\`${g}\``).join(', ')}`,
    `- static mutants: ${group.ignoreStatic ? 'ignored when only run at import (ignoreStatic; those also covered by tests are tested)' : 'tested, each against every listed test'}`,
    '',
    '| score | score without documented equivalents | mutants | killed | timeout | survived | no coverage | equivalent (documented) | runtime/compile errors | ignored (static) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${score.toFixed(1)} % | ${adjusted.toFixed(1)} % | ${Object.values(count).reduce((a, b) => a + b, 0)} | ${count.Killed} | ${count.Timeout} | ${count.Survived} | ${count.NoCoverage} | ${equivalents.length} | ${count.RuntimeError + count.CompileError} | ${count.Ignored} |`,
    '',
    `## Surviving mutants (${survivors.length})`,
    '',
    '| where | mutator | original | replacement | status |',
    '| --- | --- | --- | --- | --- |',
    ...survivors.map(row),
    '',
    `## Equivalent mutants (${equivalents.length}; reasons in mutation/equivalents.json)`,
    '',
    '| where | mutator | original | replacement | why it cannot change behaviour |',
    '| --- | --- | --- | --- | --- |',
    ...equivalents.map(row),
    '',
  ].join('\n');
}

for (const name of values.group === 'all' ? Object.keys(GROUPS) : [values.group]) await runGroup(name);
