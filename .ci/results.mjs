// Test counts for .ci/run: each suite records { passed, failed } in $CHIME_SMA_KIT_RESULTS.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Records one suite's counts when CI asks for them (CHIME_SMA_KIT_RESULTS is a folder). */
export function recordCounts(suite, passed, failed) {
  const dir = process.env.CHIME_SMA_KIT_RESULTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${suite}.json`), JSON.stringify({ passed, failed }));
}
