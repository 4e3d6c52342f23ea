// The reference site, built as `npm run docs` builds it (into a temporary folder): the task words
// a newcomer types into its search find the cookbook, and the source references of the guides
// are real links to the AWS pages.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { Application } from 'typedoc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The lunr typedoc builds its index with (typedoc's own dependency, resolved from typedoc). */
interface SearchIndex {
  search(query: string): { ref: string; score: number }[];
}
const require = createRequire(import.meta.url);
const lunr = createRequire(require.resolve('typedoc'))('lunr') as { Index: { load(data: object): SearchIndex } };

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const out = mkdtempSync(join(tmpdir(), 'chime-sma-kit-site-'));
let rows: { name: string; url: string }[] = [];
let index: SearchIndex;

/** The site's search as its page runs it: every word as `*word*`, then a boost for names that start with the query; the first ten shown. */
function search(query: string): string[] {
  const results = index.search(
    query
      .split(' ')
      .map((word) => `*${word}*`)
      .join(' '),
  );
  for (const result of results) {
    const row = rows[Number(result.ref)];
    if (row?.name.toLowerCase().startsWith(query.toLowerCase())) result.score *= 10 / (1 + Math.abs(row.name.length - query.length));
  }
  return results
    .sort((a, b) => b.score - a.score)
    .slice(0, 10)
    .map((result) => rows[Number(result.ref)]?.url ?? '');
}

beforeAll(async () => {
  const app = await Application.bootstrapWithPlugins({ options: join(root, 'docs/typedoc.config.mjs'), out, logLevel: 'Error' });
  const project = await app.convert();
  if (project === undefined) throw new Error('typedoc could not convert the project');
  await app.generateOutputs(project);
  if (app.logger.hasErrors() || app.logger.hasWarnings()) throw new Error('the site built with warnings (npm run docs shows them)');
  const script = readFileSync(join(out, 'assets/search.js'), 'utf8');
  const data = JSON.parse(inflateSync(Buffer.from(/"([^"]+)"/.exec(script)?.[1] ?? '', 'base64')).toString('utf8')) as {
    rows: typeof rows;
    index: object;
  };
  rows = data.rows;
  index = lunr.Index.load(data.index);
}, 600_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the site search finds the cookbook first by task words', () => {
  it.each([
    ['forward', 'Cookbook__call_forwarding'],
    ['forwarding', 'Cookbook__call_forwarding'],
    ['menu', 'Cookbook__an_IVR_menu'],
    ['IVR', 'Cookbook__an_IVR_menu'],
    ['transfer', 'Cookbook__'],
    ['record', 'Cookbook__recording_a_call'],
    ['recording', 'Cookbook__recording_a_call'],
    ['outbound', 'Cookbook__an_outbound_call'],
    ['Lex', 'Cookbook__a_Lex_bot'],
    ['SIP headers', 'Cookbook__context_in_SIP_headers'],
  ])('"%s" finds the guide %s first', (query, page) => {
    const urls = search(query);
    expect(urls[0], `${query}: ${urls.join(', ')}`).toMatch(new RegExp(`^documents/${page}`));
  });

  // An API's own name finds its typed request builders first (a name match), and the task guide
  // among the first results the search box shows.
  it('"UpdateSipMediaApplicationCall" finds the guide Cookbook__controlling_a_live_call among the first five', () => {
    const urls = search('UpdateSipMediaApplicationCall').slice(0, 5);
    expect(
      urls.some((url) => url.startsWith('documents/Cookbook__controlling_a_live_call')),
      urls.join(', '),
    ).toBe(true);
  });
});

describe('the Service quirks page', () => {
  it('links its AWS source references to the AWS pages, never to fake http://name.md hosts', () => {
    const page = readdirSync(join(out, 'documents')).find((file) => /service_quirks/i.test(file));
    expect(page).toBeDefined();
    const html = readFileSync(join(out, 'documents', page ?? ''), 'utf8');
    expect(html).not.toMatch(/href="https?:\/\/[\w-]+\.md"/);
    const links = [
      ...html.matchAll(/<a href="(https:\/\/docs\.aws\.amazon\.com\/chime-sdk\/latest\/dg\/[\w-]+\.html)">([\w-]+)\.md<\/a>/g),
    ];
    expect(links.length).toBeGreaterThanOrEqual(20);
    expect(links.map((link) => link[1])).toContain('https://docs.aws.amazon.com/chime-sdk/latest/dg/pstn-invocations.html');
    for (const [, url, name] of links) expect(url).toBe(`https://docs.aws.amazon.com/chime-sdk/latest/dg/${name}.html`);
  });
});
