// Runs the command line as users do: the bin is bundled from src/cli/index.ts with esbuild (as
// tsup does for dist/cli.js) and run by `node` in a child process. The consumer test runs the
// packed dist/cli.js itself. `simulate` has its own file, simulate.test.ts.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWav } from '../audio/wav.js';
import { type Run, buildCli, lines, runBin } from './bin.js';

let dir = '';
let cli = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chime-sma-kit-cli-'));
  cli = await buildCli(dir);
  writeFileSync(join(dir, 'welcome.wav'), makeWav({ frames: 12_000 }));
  writeFileSync(join(dir, 'cd quality.wav'), makeWav({ sampleRate: 44_100, channels: 2 }));
  writeFileSync(join(dir, 'float.wav'), makeWav({ formatTag: 3, bitsPerSample: 32 }));
  writeFileSync(join(dir, '+14155550100.wav'), makeWav());
  mkdirSync(join(dir, 'folder.wav'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const run = (args: string[], input?: string | Uint8Array): Run => runBin(cli, dir, args, input);

describe('chime-sma-kit usage', () => {
  it('prints help for the program and for each command, exit 0', () => {
    const top = run(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('Usage: chime-sma-kit <command> [options]');
    expect(top.stdout).toMatch(/^ {2}check-audio FILE\.\.\. +Check WAV prompt files/m);
    expect(top.stdout).toMatch(/^ {2}validate FILE\.\.\.\|- +Validate a Lambda response or a single action/m);
    expect(top.stdout).toContain('Exit status: 0 no errors (warnings allowed), 1 errors found, 2 bad arguments or unreadable input.');
    expect(run(['-h']).stdout).toBe(top.stdout);
    expect(run(['help']).stdout).toBe(top.stdout);
    expect(top.stdout).toMatch(/^ {2}simulate HANDLER_MODULE +Run a handler module through the local call simulator/m);
    for (const command of ['check-audio', 'validate', 'simulate']) {
      const help = run([command, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout.startsWith(`Usage: chime-sma-kit ${command} [options] `)).toBe(true);
      expect(help.stdout).toMatch(/^ {2}--json +print one JSON document/m);
      expect(run(['help', command]).stdout).toBe(help.stdout);
      expect(run([command, '-h', 'ignored.json']).stdout).toBe(help.stdout);
    }
    expect(run(['check-audio', '--help']).stdout).toContain('ContentType audio/wav');
  });

  it('exits 2 with the usage on stderr for bad arguments', () => {
    const none = run([]);
    expect(none).toMatchObject({ code: 2, stdout: '' });
    expect(lines(none.stderr)[0]).toBe('chime-sma-kit: no command given');
    const unknown = run(['transcode', 'a.wav']);
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toContain('chime-sma-kit: unknown command transcode');
    expect(run(['help', 'transcode']).code).toBe(2);
    const option = run(['validate', '--token=secret-value-123', 'a.json']);
    expect(option).toMatchObject({ code: 2, stdout: '' });
    expect(lines(option.stderr)).toEqual([
      'chime-sma-kit validate: unknown option --token',
      'Usage: chime-sma-kit validate [options] FILE...|-',
      'Run "chime-sma-kit validate --help" for help.',
    ]);
    expect(run(['--verbose', 'validate', 'a.json']).stderr).toContain('chime-sma-kit: unknown option --verbose');
    expect(run(['check-audio', '--json=yes', 'a.wav']).stderr).toContain('option --json does not take a value');
    expect(run(['check-audio']).stderr).toContain('check-audio needs at least one FILE (or - for standard input)');
    expect(run(['validate', '-', '-']).stderr).toContain('standard input (-) can be read only once');
  });

  it('takes --json before or after the command', () => {
    const before = run(['--json', 'check-audio', 'welcome.wav']);
    expect(before.code).toBe(0);
    expect(before.stdout).toBe(run(['check-audio', 'welcome.wav', '--json']).stdout);
    expect(JSON.parse(before.stdout).ok).toBe(true);
  });
});

describe('chime-sma-kit check-audio', () => {
  it('passes a good prompt and prints the upload reminder, exit 0', () => {
    const result = run(['check-audio', 'welcome.wav']);
    expect(result).toEqual({
      code: 0,
      stdout:
        'welcome.wav: ok (PCM, 8000 Hz, mono, 16-bit, 1.50 s)\n' +
        '  upload: aws s3 cp welcome.wav s3://BUCKET/welcome.wav --content-type audio/wav\n',
      stderr: '',
    });
  });

  it('prints one line per issue; warnings still pass, errors exit 1 without a reminder', () => {
    const result = run(['check-audio', 'cd quality.wav', 'float.wav']);
    expect(result.code).toBe(1);
    expect(lines(result.stdout)).toEqual([
      'cd quality.wav:fmt.NumChannels: warning: is 2; mono (1 channel) is recommended, as calls are mono [channels]',
      'cd quality.wav:fmt.SampleRate: warning: is 44100 Hz; 8000 Hz (8 kHz) is recommended [sample_rate]',
      'cd quality.wav: ok with 2 warnings (PCM, 44100 Hz, 2 channels, 16-bit, 0.02 s)',
      "  upload: aws s3 cp 'cd quality.wav' s3://BUCKET/'cd quality.wav' --content-type audio/wav",
      'float.wav:fmt.AudioFormat: error: is 3 (IEEE float); the service plays only uncompressed PCM WAV (AudioFormat 1) [not_pcm]',
      'float.wav:fmt.BitsPerSample: warning: is 32; 16-bit PCM is expected [bit_depth]',
      'float.wav: 1 error, 1 warning (IEEE float, 8000 Hz, mono, 32-bit)',
    ]);
    expect(run(['check-audio', 'cd quality.wav']).code).toBe(0);
  });

  it('reports a missing file or a directory on stderr, checks the others, exit 2', () => {
    const result = run(['check-audio', 'missing.wav', 'welcome.wav', 'folder.wav']);
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toEqual([
      'missing.wav: cannot read: no such file (ENOENT)',
      'folder.wav: cannot read: is a directory (EISDIR)',
    ]);
    expect(lines(result.stdout)[0]).toBe('welcome.wav: ok (PCM, 8000 Hz, mono, 16-bit, 1.50 s)');
  });

  it('reads standard input for -', () => {
    const good = run(['check-audio', '-'], makeWav({ frames: 4000 }));
    expect(good).toEqual({
      code: 0,
      stdout: '<stdin>: ok (PCM, 8000 Hz, mono, 16-bit, 0.50 s)\n  upload: aws s3 cp FILE s3://BUCKET/KEY --content-type audio/wav\n',
      stderr: '',
    });
    const mp3 = run(['check-audio', '-'], 'ID3\u0004 not audio');
    expect(mp3.code).toBe(1);
    expect(lines(mp3.stdout)).toEqual([
      '<stdin>: error: The file is not a RIFF/WAVE file: it starts with "ID3\\x04" ' +
        'instead of "RIFF" (it looks like an MP3 file) [not_riff]',
      '<stdin>: 1 error',
    ]);
  });

  it('prints one JSON document with --json', () => {
    const result = run(['check-audio', '--json', 'welcome.wav', 'float.wav', 'missing.wav']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    expect(report.ok).toBe(false);
    expect(report.files).toHaveLength(3);
    expect(report.files[0]).toEqual({
      file: 'welcome.wav',
      ok: true,
      issues: [],
      byteLength: 24_044,
      wav: {
        formatTag: 1,
        subFormat: null,
        encoding: 'PCM',
        pcm: true,
        sampleRate: 8000,
        channels: 1,
        bitsPerSample: 16,
        blockAlign: 2,
        dataBytes: 24_000,
        durationSeconds: 1.5,
      },
      upload: 'aws s3 cp welcome.wav s3://BUCKET/welcome.wav --content-type audio/wav',
    });
    expect(report.files[1]).toMatchObject({
      file: 'float.wav',
      ok: false,
      upload: null,
      issues: [{ path: 'fmt.AudioFormat', code: 'not_pcm', severity: 'error' }, { code: 'bit_depth' }],
    });
    expect(report.files[2]).toEqual({ file: 'missing.wav', error: { code: 'ENOENT', message: 'no such file' } });
    expect(JSON.parse(run(['check-audio', '--json', 'float.wav']).stdout).ok).toBe(false);
  });

  it('masks phone numbers in file names, in text and JSON', () => {
    for (const args of [
      ['check-audio', '+14155550100.wav'],
      ['check-audio', '--json', '+14155550100.wav'],
      ['check-audio', '+14155559999.wav'],
    ]) {
      const result = run(args);
      expect(result.stdout + result.stderr).not.toMatch(/4155550100|4155559999/);
    }
    expect(run(['check-audio', '+14155550100.wav']).stdout).toContain('upload: aws s3 cp +*******0100.wav s3://BUCKET/+*******0100.wav');
    expect(run(['check-audio', '+14155559999.wav']).stderr).toBe('+*******9999.wav: cannot read: no such file (ENOENT)\n');
  });
});

describe('chime-sma-kit validate', () => {
  const playAudio = { Type: 'PlayAudio', Parameters: { AudioSource: { Type: 'S3', BucketName: 'prompts', Key: 'welcome.wav' } } };

  it('passes a valid action and a valid response, exit 0', () => {
    writeFileSync(join(dir, 'action.json'), JSON.stringify(playAudio));
    writeFileSync(join(dir, 'response.json'), JSON.stringify({ SchemaVersion: '1.0', Actions: [playAudio] }));
    const result = run(['validate', 'action.json', 'response.json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(lines(result.stdout)).toEqual(['action.json: ok (action)', 'response.json: ok (response)']);
  });

  it('prints the issues of an action with their paths; warnings alone exit 0', () => {
    const both = { ...playAudio, Parameters: { ...playAudio.Parameters, CallId: 'call-1', ParticipantTag: 'LEG-A', Repeat: 0 } };
    writeFileSync(join(dir, 'both.json'), JSON.stringify(both));
    const result = run(['validate', 'both.json']);
    expect(result.code).toBe(1);
    expect(lines(result.stdout)).toEqual([
      'both.json:Parameters.ParticipantTag: warning: ' +
        'is ignored because CallId is also set (CallId overrides ParticipantTag) [target_conflict]',
      'both.json:Parameters.Repeat: error: must be greater than 0, got 0 [min]',
      'both.json: 1 error, 1 warning (action)',
    ]);
    writeFileSync(join(dir, 'warn.json'), JSON.stringify({ ...both, Parameters: { ...both.Parameters, Repeat: 2 } }));
    expect(run(['validate', 'warn.json'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('warn.json: ok with 1 warning (action)'),
    });
  });

  it('prints the issues of each action of a response at Actions[i]', () => {
    const response = {
      SchemaVersion: '1.0',
      Actions: [playAudio, { Type: 'PlayAudio', Parameters: { AudioSource: { Type: 'S3', BucketName: 'prompts' } } }],
    };
    const result = run(['validate', '-'], JSON.stringify(response));
    expect(result.code).toBe(1);
    expect(lines(result.stdout)).toEqual([
      '<stdin>:Actions[1].Parameters.AudioSource.Key: error: is required (a string) [required]',
      '<stdin>: 1 error (response)',
    ]);
  });

  it('checks the response envelope: schema version and the 10-action limit', () => {
    const response = { SchemaVersion: '2.0', Actions: Array.from({ length: 11 }, () => playAudio) };
    const result = run(['validate', '-'], JSON.stringify(response));
    expect(result.code).toBe(1);
    const output = lines(result.stdout);
    expect(output.some((line) => line.startsWith('<stdin>:SchemaVersion: error:'))).toBe(true);
    expect(output.some((line) => line.startsWith('<stdin>:Actions: error:') && /10/.test(line))).toBe(true);
  });

  it('reads standard input and prints JSON with --json', () => {
    const result = run(['validate', '--json', '-'], JSON.stringify({ Type: 'Frobnicate' }));
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      ok: false,
      files: [
        {
          file: '<stdin>',
          kind: 'action',
          ok: false,
          issues: [
            {
              path: 'Type',
              code: 'unknown_action_type',
              message: 'Type is not a returnable action type, got "Frobnicate"',
              severity: 'error',
            },
          ],
        },
      ],
    });
  });

  it('reports invalid JSON, empty input and other shapes without echoing the input, exit 1', () => {
    const broken = run(['validate', '-'], '{\n  "Type": "JoinChimeMeeting",\n  "Parameters": { "JoinToken": "secret-token-42", }\n}');
    expect(broken.code).toBe(1);
    expect(lines(broken.stdout)).toEqual([
      '<stdin>: error: The input is not valid JSON (at line 3, column 51) [invalid_json]',
      '<stdin>: 1 error',
    ]);
    expect(run(['validate', '-'], '  \n').stdout).toContain(
      '<stdin>: error: The input is empty: expected a JSON response or action [invalid_json]',
    );
    expect(run(['validate', '-'], Uint8Array.from([0x7b, 0xff, 0x7d])).stdout).toContain('The input is not UTF-8 text [invalid_json]');
    const array = run(['validate', '-'], JSON.stringify([playAudio]));
    expect(array.code).toBe(1);
    expect(array.stdout).toContain('<stdin>: error: The input is an array: expected a Lambda response');
    expect(run(['validate', '-'], '{"Parameters": {}}').stdout).toContain('The input is an object without Type, SchemaVersion or Actions');
    expect(run(['validate', '-'], '"PlayAudio"').stdout).toContain('The input is a JSON string');
    expect(run(['validate', '-'], '\uFEFF' + JSON.stringify(playAudio)).code).toBe(0);
  });

  it('exits 2 for a file it cannot read', () => {
    const result = run(['validate', 'nowhere.json']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'nowhere.json: cannot read: no such file (ENOENT)\n' });
  });

  it('never prints a join token or a phone number', () => {
    const token = 'secret-join-token-0123456789';
    const join = { Type: 'JoinChimeMeeting', Parameters: { JoinToken: [token], ParticipantTag: 'LEG-A' } };
    const phone = { Type: 'PlayAudio', Parameters: { AudioSource: { Type: '+14155550100', BucketName: 'b', Key: 'k' } } };
    for (const value of [join, phone, { SchemaVersion: '1.0', Actions: [join, phone] }]) {
      for (const flags of [[], ['--json']]) {
        const result = run(['validate', ...flags, '-'], JSON.stringify(value));
        expect(result.code).toBe(1);
        expect(result.stdout).not.toContain(token);
        expect(result.stdout).not.toContain('4155550100');
      }
    }
    expect(run(['validate', '-'], JSON.stringify(phone)).stdout).toContain('got "+*******0100"');
  });

  it('masks credential-like text it prints (a token in a file name or a message), never a UUID', () => {
    const token = 'ZTAzNzhmYWEtMDdmZi00ZjQ1LTk1YzAtOWRhYWYyNjI0NWNh';
    expect(run(['validate', `${token}.json`]).stderr).toBe(
      `[redacted, ${token.length} characters].json: cannot read: no such file (ENOENT)\n`,
    );
    const uuid = '1e6bf4f5-f4b5-4917-b8c9-bda45c340706';
    expect(run(['validate', `${uuid}.json`]).stderr).toBe(`${uuid}.json: cannot read: no such file (ENOENT)\n`);
    const tagged = { Type: 'PlayAudio', Parameters: { ParticipantTag: token, AudioSource: { Type: 'S3', BucketName: 'b', Key: 'k' } } };
    for (const flags of [[], ['--json']]) {
      const result = run(['validate', ...flags, '-'], JSON.stringify(tagged));
      expect(result.code).toBe(1);
      expect(result.stdout).not.toContain(token.slice(0, 24));
    }
  });
});

describe('the bundled bin', () => {
  it('starts with the node shebang', () => {
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});
