import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handler } from '../../examples/readme.js';
import { validateResponse } from '../../src/index.js';
import { merge } from '../events/fixtures.js';
import newInboundCall from '../fixtures/invocation.NEW_INBOUND_CALL.use-case.json' with { type: 'json' };
import digitsReceived from '../fixtures/invocation.ACTION_SUCCESSFUL.PlayAudioAndGetDigits.use-case.json' with { type: 'json' };
import hangup from '../fixtures/invocation.HANGUP.use-case.json' with { type: 'json' };

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const examples = readdirSync(new URL('examples/', root)).filter((file) => file.endsWith('.ts'));
const exampleText = (file: string) => readFileSync(new URL(`examples/${file}`, root), 'utf8');

describe('README.md', () => {
  const blocks = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => match[1] ?? '');

  it('shows examples/readme.ts exactly', () => {
    expect(blocks).toContain(exampleText('readme.ts'));
  });

  it('every TypeScript block is an examples/ file, character for character (type-checked and tested)', () => {
    for (const block of blocks)
      expect(
        examples.filter((file) => exampleText(file) === block),
        block.slice(0, 80),
      ).toHaveLength(1);
  });

  it('links every guide of docs/ (the README is the home page of the site)', () => {
    const guides = readdirSync(new URL('docs/', root)).filter((file) => file.endsWith('.md'));
    const links = [...readme.matchAll(/\]\((docs\/[\w-]+\.md)\)/g)].map((match) => match[1] ?? '');
    expect(links.filter((link) => !existsSync(new URL(link, root)))).toEqual([]);
    expect(guides.map((guide) => `docs/${guide}`).filter((guide) => !links.includes(guide))).toEqual([]);
  });

  it('is task-first: who it is for, install, a first handler, its test, the CLI, then links; the two commands kept', () => {
    const sections = [...readme.matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(sections.slice(0, 5)).toEqual(['Who it is for', 'Install', 'A first handler', 'Test it with the simulator', 'The command line']);
    expect(sections).toEqual(
      expect.arrayContaining(['Cookbook', 'Guides', 'Supported versions', 'Prompt audio', 'Working on chime-sma-kit', 'License']),
    );
    expect(readme).toMatch(/npm ci && npm run demo[^\n]*\nnpm ci && npm test/);
    expect(blocks).toContain(exampleText('readme-test.ts'));
  });

  it('says who the package is for now, with the dates and their sources', () => {
    const status = readme.slice(readme.indexOf('## Who it is for'), readme.indexOf('## Install'));
    expect(status).toMatch(/run SIP media application Lambdas today, and teams moving off them/);
    for (const date of ['2026-10-29', '2025-02-26', '2026-02-20']) expect(status).toContain(date);
    expect(status).toContain('https://docs.aws.amazon.com/chime-sdk/latest/ag/migrate-pstn-audio-to-connect.html');
    expect(status).toContain('https://docs.aws.amazon.com/chime-sdk/latest/dg/sdk-use-pstn-service.html');
  });

  it('keeps the performance detail on its own page', () => {
    expect(readme).not.toMatch(/^## Performance/m);
    expect(readme).toContain('](docs/performance.md)');
    expect(readFileSync(new URL('docs/performance.md', root), 'utf8')).toMatch(/^\| What \| Target \| Before \| Measured \|/m);
  });
});

describe('examples/readme.ts (the README example)', () => {
  const pin = (digits: string) => merge(digitsReceived, { ActionData: { ReceivedDigits: digits } });
  const askForPin = {
    Type: 'PlayAudioAndGetDigits',
    Parameters: {
      ParticipantTag: 'LEG-A',
      AudioSource: { Type: 'S3', BucketName: 'my-prompts', Key: 'enter-pin.wav' },
      FailureAudioSource: { Type: 'S3', BucketName: 'my-prompts', Key: 'wrong-pin.wav' },
      MinNumberOfDigits: 6,
      MaxNumberOfDigits: 6,
      RepeatDurationInMilliseconds: 10000,
    },
  };

  it('asks for the PIN, asks again after a wrong one, joins the meeting with the right one, then stops', async () => {
    const answers = [await handler(newInboundCall), await handler(pin('000000')), await handler(pin('123456')), await handler(hangup)];
    expect(answers).toStrictEqual([
      { SchemaVersion: '1.0', Actions: [askForPin] },
      { SchemaVersion: '1.0', Actions: [askForPin] },
      {
        SchemaVersion: '1.0',
        Actions: [
          {
            Type: 'JoinChimeMeeting',
            Parameters: { ParticipantTag: 'LEG-A', MeetingId: '1e6bf4f5-f4b5-4917-b8c9-bda45c340706', JoinToken: 'am9pbi10b2tlbg' },
          },
        ],
      },
      { SchemaVersion: '1.0', Actions: [] },
    ]);
    for (const answer of answers) expect(validateResponse(answer)).toEqual({ ok: true, issues: [] });
  });
});

// The README's simulator test is a test file of its own: importing it runs its test here.
await import('../../examples/readme-test.js');
