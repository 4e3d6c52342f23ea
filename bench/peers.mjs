// @ts-check
// `npm run bench -- --peers`: the same bundle and start-up figures for twilio's VoiceResponse and
// @vonage/voice's NCCO builder, installed into bench/tmp/peers (never into package.json).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleSize } from './bundle.mjs';
import { REPORT_CPU, timeImport, timeProcesses } from './stats.mjs';

/** The peer versions measured (pinned, so runs compare). */
export const PEER_VERSIONS = { twilio: '6.2.0', '@vonage/voice': '1.24.1' };

/** The twilio handler, the same code behind either import of VoiceResponse. */
function twilioHandler(importLine, voiceResponse) {
  return `
${importLine}
export function handler(pin) {
  const r = new ${voiceResponse}();
  if (!pin) {
    r.play('https://example.com/welcome-to-meetings.wav');
    const g = r.gather({ numDigits: 5, finishOnKey: '#', timeout: 5 });
    g.play('https://example.com/enter-meeting-pin.wav');
    return r.toString();
  }
  r.dial().conference('meeting-' + pin);
  return r.toString();
}`;
}

/**
 * The same IVR step in each peer SDK: play a welcome prompt, collect a 3–5 digit PIN ending in
 * `#`, then connect the caller (the closest each platform has to JoinChimeMeeting).
 */
const HANDLERS = {
  // The documented import: `twilio.twiml.VoiceResponse` from the package root.
  'twilio (root import)': twilioHandler("import twilio from 'twilio';", 'twilio.twiml.VoiceResponse'),
  // The smallest import that still gives VoiceResponse.
  'twilio (deep import lib/twiml/VoiceResponse)': twilioHandler(
    "import VoiceResponse from 'twilio/lib/twiml/VoiceResponse.js';",
    'VoiceResponse',
  ),
  '@vonage/voice (NCCOBuilder)': `
import { NCCOBuilder, Stream, Input, Conversation } from '@vonage/voice';
export function handler(pin) {
  const b = new NCCOBuilder();
  if (!pin) {
    b.addAction(new Stream('https://example.com/welcome-to-meetings.wav'));
    b.addAction(new Input(undefined, { maxDigits: 5, submitOnHash: true, timeOut: 5 }));
    return JSON.stringify(b.build());
  }
  b.addAction(new Conversation('meeting-' + pin));
  return JSON.stringify(b.build());
}`,
};

/**
 * Installs the peers into `tmp/peers` (once) and measures each handler's bundle, its import
 * time in a fresh process, and the whole-process start.
 * @param {{ tmp: string; runs: number; emptyUrl: string; emptyModule: { cpuMs: number; wallMs: number } }} options
 */
export async function measurePeers({ tmp, runs, emptyUrl, emptyModule }) {
  const dir = join(tmp, 'peers');
  mkdirSync(dir, { recursive: true });
  const wanted = Object.entries(PEER_VERSIONS).map(([name, version]) => `${name}@${version}`);
  const manifest = join(dir, 'package.json');
  const installed = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')).dependencies ?? {}) : {};
  if (Object.entries(PEER_VERSIONS).some(([name, version]) => installed[name] !== version)) {
    writeFileSync(manifest, `${JSON.stringify({ name: 'bench-peers', private: true, type: 'module' }, null, 2)}\n`);
    process.stderr.write(`installing ${wanted.join(' ')} into bench/tmp/peers …\n`);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--save-exact', ...wanted], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const results = [];
  let i = 0;
  for (const [name, source] of Object.entries(HANDLERS)) {
    const entry = join(dir, `handler-${i++}.mjs`);
    writeFileSync(entry, source);
    try {
      const { bytes, gzipBytes } = await bundleSize({ entry });
      const imported = timeImport(pathToFileURL(entry).href, { runs, cwd: dir, emptyUrl });
      // The bundle as a Lambda would load it; the peers are CommonJS, so give the bundle a require.
      const { code } = await bundleSize({
        entry,
        banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      });
      const bundled = join(dir, `bundle-${i - 1}.mjs`);
      writeFileSync(bundled, code);
      const bundleImport = timeImport(pathToFileURL(bundled).href, { runs, cwd: dir, emptyUrl });
      const starter = join(dir, `start-${i}.mjs`);
      writeFileSync(
        starter,
        `import { handler } from './handler-${i - 1}.mjs';\nif (typeof handler !== 'function') process.exit(1);\n${REPORT_CPU}\n`,
      );
      const { process: started } = /** @type {any} */ (timeProcesses({ process: [process.execPath, starter] }, { runs, cwd: dir }));
      results.push({
        name,
        bytes,
        gzipBytes,
        import: imported,
        bundledImport: bundleImport,
        process: started,
        processOverEmptyModule: { cpuMs: started.cpuMs - emptyModule.cpuMs, wallMs: started.wallMs - emptyModule.wallMs },
      });
    } catch (error) {
      results.push({ name, error: /** @type {Error} */ (error).message.split('\n')[0] });
    }
  }
  return { date: new Date().toISOString(), versions: PEER_VERSIONS, results };
}
