import { execFileSync } from 'node:child_process';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { builderParameterDocs } from '../types/builder-docs.js';

// What users read first is the editor: every builder parameter, at every depth, must show the docs
// of the wire field it becomes (text, allowed values, @defaultValue, @see). The camelCase types are
// generated from the wire types (scripts/generate-builder-params.mjs); this measures the result
// with the language service, as an editor sees it.
const hoverFile = 'hover.ts';
const hoverSource = [
  "import { actions } from './src/index.js';",
  "actions.joinChimeMeeting({ joinToken: 't' });",
  "actions.playAudio({ audioSource: { type: 'S3', bucketName: 'b', key: 'k' } });",
  "actions.callAndBridge({ callerIdNumber: '+14155550100', callTimeoutSeconds: 30,",
  "  endpoints: [{ bridgeEndpointType: 'PSTN', uri: '+14155550199' }] });",
].join('\n');
const { service, path, parameters } = builderParameterDocs({ [hoverFile]: hoverSource });
/** Link targets differ on purpose (a field links the camelCase shape); the text must not. */
const text = (docs: string): string => docs.replace(/\{@link [^}]*\}/g, '{@link}');
const linkFree = (tags: string[]): string[] => tags.map(text);

describe('builder parameter docs (language service)', () => {
  it('walks every builder parameter at every depth', () => {
    const paths = parameters.map((p) => p.path);
    expect(paths.length).toBeGreaterThan(80);
    expect(paths).toEqual(
      expect.arrayContaining([
        'joinChimeMeeting.joinToken',
        'playAudio.audioSource.bucketName',
        'callAndBridge.endpoints.uri',
        'startBotConversation.configuration.welcomeMessages.contentType',
      ]),
    );
  });

  it("shows the wire field's text and tags on every parameter", () => {
    const missing = parameters.filter(
      (p) =>
        p.docs === '' || !text(p.docs).includes(text(p.wireDocs)) || !linkFree(p.wireTags).every((tag) => linkFree(p.tags).includes(tag)),
    );
    expect(missing.map((p) => p.path)).toEqual([]);
    const defaults = parameters.filter((p) => p.wireTags.some((tag) => tag.startsWith('@defaultValue')));
    expect(defaults.length).toBeGreaterThan(30);
    expect(defaults.filter((p) => !p.tags.some((tag) => tag.startsWith('@defaultValue'))).map((p) => p.path)).toEqual([]);
  });

  it('hover on a typed parameter shows its docs, @defaultValue and @see', () => {
    const hover = (word: string) => {
      const info = service.getQuickInfoAtPosition(path(hoverFile), hoverSource.indexOf(word) + 1);
      return {
        docs: ts.displayPartsToString(info?.documentation),
        tags: (info?.tags ?? []).map((tag) => `@${tag.name} ${ts.displayPartsToString(tag.text)}`),
      };
    };
    expect(hover('joinToken').docs).toContain("The attendee's join token");
    expect(hover('joinToken').tags).toContain('@see https://docs.aws.amazon.com/chime-sdk/latest/dg/join-chime-meeting.html');
    expect(hover('bucketName').docs).toContain('The S3 bucket.');
    expect(hover('callTimeoutSeconds').tags).toContain('@defaultValue 30');
    expect(hover('uri').docs).not.toBe('');
  });

  it("hover on a builder of `actions` shows the builder's own docs", () => {
    const at = (word: string, from = 0) => service.getQuickInfoAtPosition(path(hoverFile), hoverSource.indexOf(word, from) + 1);
    const join = at('joinChimeMeeting');
    expect(ts.displayPartsToString(join?.documentation)).toContain('Builds a `JoinChimeMeeting` action');
    expect(ts.displayPartsToString(join?.documentation)).toContain('Only `LEG-A` can join');
    expect((join?.tags ?? []).map((tag) => tag.name)).toEqual(expect.arrayContaining(['example', 'throws']));
    expect(ts.displayPartsToString(at('playAudio')?.documentation)).toContain('Builds a `PlayAudio` action');
  });

  it('the generated camelCase types are up to date with the wire types', () => {
    // Exits 1, naming `npm run generate`, when a wire field or its TSDoc changed without it.
    expect(() => execFileSync(process.execPath, ['scripts/generate-builder-params.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  }, 60_000);
});
