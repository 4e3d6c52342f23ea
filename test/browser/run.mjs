#!/usr/bin/env node
// Browser test of the reference site (`npm run test:browser`): builds it with typedoc, serves
// docs/site/ on 127.0.0.1 (an ephemeral port, Node's http module), opens it in Debian's headless
// Chromium (/usr/bin/chromium, driven by playwright-core; no browser download) and checks that
// the home page renders, that the `actions.joinChimeMeeting` page is reachable through the
// navigation, and that the search finds `joinChimeMeeting`. Screenshots go to test/artifacts/.
// Prints "browser: N passed, N failed" and records the counts for CI.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { recordCounts } from '../../.ci/results.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const site = join(root, 'docs/site');
const artifacts = join(root, 'test/artifacts');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** The page of the `joinChimeMeeting` member of the `actions` namespace, whatever the module prefix. */
const JOIN_PAGE = /\/functions\/[^/]*\bactions\.joinChimeMeeting\.html$/;

const results = [];
async function step(name, run) {
  try {
    await run();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    const output = [error.stdout, error.stderr].filter(Boolean).map(String).join('\n');
    console.log(
      `  ✗ ${name}\n${(output || error.stack || String(error))
        .trim()
        .split('\n')
        .map((l) => `      ${l}`)
        .join('\n')}`,
    );
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Serves `dir` read-only on 127.0.0.1, on a port the OS picks. */
async function serve(dir) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    let file = normalize(join(dir, decodeURIComponent(pathname)));
    if (file !== dir && !file.startsWith(dir + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise((ok, fail) => server.once('error', fail).listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { server, base: `http://127.0.0.1:${port}/` };
}

let server;
let browser;
let base;
try {
  console.log('browser test of the reference site:');
  await step('npm run docs builds the site', () => {
    execFileSync('npm', ['run', '--silent', 'docs'], { cwd: root, stdio: 'pipe' });
    assert(existsSync(join(site, 'index.html')), 'docs/site/index.html was not written');
  });
  if (!results.at(-1).ok) throw new Error('the site did not build: nothing to open');
  if (!existsSync(executablePath)) throw new Error(`${executablePath} is missing: install Debian's chromium (apt-get install -y chromium)`);

  ({ server, base } = await serve(site));
  mkdirSync(artifacts, { recursive: true });
  browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(15_000);
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const failedRequests = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failedRequests.push(`${response.status()} ${response.url()}`);
  });

  await step('the home page renders (title, README, navigation)', async () => {
    const response = await page.goto(base);
    assert(response?.status() === 200, `home page answered ${response?.status()}`);
    assert((await page.title()).includes('chime-sma-kit'), `title is "${await page.title()}"`);
    await page.locator('.col-content h1', { hasText: 'chime-sma-kit' }).first().waitFor();
    await page.locator('#tsd-nav-container a').first().waitFor();
    await page.screenshot({ path: join(artifacts, 'docs-home.png'), fullPage: false });
  });

  await step('the home page links every guide, and each link opens it', async () => {
    const guides = readdirSync(join(root, 'docs'))
      .filter((file) => file.endsWith('.md'))
      .map((file) => {
        const text = readFileSync(join(root, 'docs', file), 'utf8');
        // A title with a colon is quoted in the front matter; the page shows the guide's own heading.
        const title = /^title: "?(.+?)"?$/m.exec(text)?.[1] ?? file;
        return { title, heading: /^# (.+)$/m.exec(text)?.[1] ?? title };
      });
    for (const { title, heading } of guides) {
      await page.goto(base);
      // The README links a guide by its own words ("Call forwarding"); typedoc names the page after its title.
      const link = page.locator(`.col-content a[href^="documents/${title.replace(/[^\w-]/g, '_')}.html"]`);
      assert((await link.count()) > 0, `the home page has no link to the guide "${title}"`);
      await link.first().click();
      await page.locator('.col-content h1', { hasText: heading }).first().waitFor();
    }
  });

  await step('the actions.joinChimeMeeting page is reachable from the navigation', async () => {
    await page.goto(base);
    const link = page.locator(`#tsd-nav-container a[href*="actions.joinChimeMeeting.html"]`);
    await link.first().waitFor({ state: 'attached' });
    // Open the folded branches (module, category, namespace) that hold the link, as a reader would.
    for (let depth = 0; depth < 8 && !(await link.first().isVisible()); depth += 1) {
      const folded = page.locator('#tsd-nav-container details:not([open]):has(a[href*="actions.joinChimeMeeting.html"]) > summary');
      const count = await folded.count();
      if (count === 0) break;
      await folded.first().click();
      // Wait for that branch to open before looking again: clicking it twice would fold it back.
      await page.waitForFunction(
        (before) =>
          document.querySelectorAll('#tsd-nav-container details:not([open]):has(a[href*="actions.joinChimeMeeting.html"])').length < before,
        count,
      );
    }
    await link.first().click();
    await page.waitForURL(JOIN_PAGE);
    await page.locator('.col-content h1', { hasText: 'joinChimeMeeting' }).waitFor();
    const body = await page.locator('.col-content').innerText();
    assert(body.includes('JoinChimeMeeting'), 'the page does not describe the JoinChimeMeeting action');
    assert(body.includes('onLeg'), 'the page does not show the @example');
    await page.screenshot({ path: join(artifacts, 'docs-actions-joinChimeMeeting.png'), fullPage: false });
  });

  await step('the search finds joinChimeMeeting and opens its page', async () => {
    await page.goto(base);
    await page.locator('#tsd-search-trigger').click();
    await page.locator('#tsd-search-input').fill('joinChimeMeeting');
    const hits = page.locator('#tsd-search-results li a');
    await hits.first().waitFor();
    const found = hits.filter({ hasText: 'joinChimeMeeting' });
    assert((await found.count()) > 0, `no result named joinChimeMeeting: ${(await hits.allInnerTexts()).join(' | ')}`);
    await page.screenshot({ path: join(artifacts, 'docs-search.png'), fullPage: false });
    const hrefs = await found.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const member = hrefs.findIndex((href) => href?.includes('actions.joinChimeMeeting.html'));
    assert(member >= 0, `the results do not include actions.joinChimeMeeting: ${hrefs.join(', ')}`);
    await found.nth(member).click();
    await page.waitForURL(JOIN_PAGE);
  });

  await step('the getting-started guide shows the example file and links to the reference', async () => {
    await page.goto(base);
    await page.locator('#tsd-nav-container a', { hasText: 'Getting started' }).first().click();
    await page.waitForURL(/\/documents\/Getting_started\.html$/);
    const code = await page.locator('.col-content pre code').filter({ hasText: 'actions.playAudio' }).first().innerText();
    const example = readFileSync(join(root, 'examples/getting-started.ts'), 'utf8');
    assert(code.trim() === example.trim(), 'the guide does not show examples/getting-started.ts as it is');
    await page.locator('.col-content pre code').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(artifacts, 'docs-getting-started.png'), fullPage: false });
    await page.locator('.col-content a', { hasText: 'actions.joinChimeMeeting' }).first().click();
    await page.waitForURL(JOIN_PAGE);
  });

  await step('no script error and no missing asset while browsing', () => {
    assert(pageErrors.length === 0, `script errors: ${pageErrors.join('; ')}`);
    assert(failedRequests.length === 0, `failed requests: ${failedRequests.join('; ')}`);
  });
} catch (error) {
  results.push({ name: 'the browser session', ok: false });
  console.log(`  ✗ the browser session\n      ${error.stack ?? error}`);
} finally {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done()));
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
recordCounts('browser', passed, failed);
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
