import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../errors.js';
import { REPORT_FORMATS } from '../report/index.js';
import { PARSED_COMMANDS, parseCommand } from './args.js';
import { COMMANDS, SCAN_FORMATS, valueFlags } from './commands.js';
import { FLAG_NAMES, FLAGS } from './flags.js';
import { renderCommandHelp, renderOverview } from './help.js';

const usageError = (argv: string[]): string => {
  try {
    parseCommand(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`${argv.join(' ')} was accepted`);
};

describe('the command table', () => {
  it('gives every command a --help that describes each of its flags', () => {
    for (const spec of COMMANDS) {
      const help = renderCommandHelp(spec);
      expect(help).toContain(`Usage: posture ${spec.name}`);
      for (const flag of spec.flags) expect(help).toMatch(new RegExp(`--${flag}\\b.*\\n?.*${FLAGS[flag].help.slice(0, 20).replace(/[()|.?*+[\]\\]/g, '\\$&')}`));
    }
    expect(renderCommandHelp(COMMANDS.find((c) => c.name === 'scan')!).split('\n').filter((l) => /^ +-/.test(l)).length).toBeGreaterThan(30);
  });

  it('parses every command of the table to a request', () => {
    expect([...PARSED_COMMANDS, 'help'].sort()).toEqual(COMMANDS.map((c) => c.name).sort());
  });

  it('uses every flag somewhere, and lists every command in the overview', () => {
    const used = new Set(COMMANDS.flatMap((c) => c.flags));
    expect(FLAG_NAMES.filter((f) => !used.has(f) && f !== 'help' && f !== 'version')).toEqual([]);
    for (const spec of COMMANDS) expect(renderOverview()).toContain(`posture ${spec.name}`);
  });

  it('names the same report formats as the reporters', () => {
    expect([...SCAN_FORMATS].sort()).toEqual([...REPORT_FORMATS].sort());
  });

  it('lists the flags that take a value', () => {
    expect(valueFlags('scan')).toEqual(expect.arrayContaining(['--format', '-f', '--output', '-o', '--config', '-c', '--sarif-category', '--max-scan-seconds', '--helm', '--set']));
    expect(valueFlags('scan')).not.toContain('--strict');
    expect(valueFlags('scan')).not.toContain('--region');
  });
});

describe('help and suggestions', () => {
  it('reads posture help COMMAND and COMMAND --help as that command\'s help', () => {
    expect(parseCommand(['help', 'scan'])).toEqual({ command: 'help', topic: 'scan' });
    expect(parseCommand(['scan', '--help'])).toEqual({ command: 'help', topic: 'scan' });
    expect(parseCommand(['aws', 'history', '-h'])).toEqual({ command: 'help', topic: 'aws history' });
    expect(parseCommand(['help', 'checks', 'list'])).toEqual({ command: 'help', topic: 'checks list' });
    expect(parseCommand(['help'])).toEqual({ command: 'help' });
    expect(parseCommand(['--help'])).toEqual({ command: 'help' });
  });

  it('suggests the nearest flag of the command for an unknown one', () => {
    expect(usageError(['scan', '--formt', 'json'])).toMatch(/^Unknown option '--formt'; did you mean --format\?\nSee `posture help scan`\.$/);
    expect(usageError(['checks', 'list', '--severty', 'high'])).toMatch(/did you mean --severity\?/);
    expect(usageError(['scan', '--fail-onn', 'low'])).toMatch(/did you mean --fail-on\?/);
    expect(usageError(['scan', '--zzzzzzzz'])).not.toMatch(/did you mean/);
  });

  it('suggests the nearest command for an unknown one', () => {
    expect(usageError(['scna'])).toMatch(/^unknown command: scna; did you mean scan\?/);
    expect(usageError(['checks', 'lst'])).toMatch(/did you mean checks list\?/);
    expect(usageError(['help', 'polices', 'build'])).toMatch(/did you mean policies build\?/);
    expect(usageError(['deploy'])).toBe('unknown command: deploy\nSee `posture --help`.');
  });

  it('refuses a flag the command does not read, naming the command\'s help', () => {
    expect(usageError(['checks', 'list', '--helm', 'chart'])).toBe('checks list does not take --helm\nSee `posture help checks list`.');
    expect(usageError(['policies', 'build', 'rego', '--output', 'out', '--fail-on', 'low'])).toMatch(/^policies build does not take --fail-on/);
    // these never exit 1 on findings, and write no table: a verdict or display flag would be ignored
    expect(usageError(['report', 'compliance', '--fail-on', 'low'])).toMatch(/^report compliance does not take --fail-on/);
    expect(usageError(['history', 'list', '--no-fail'])).toMatch(/^history list does not take --no-fail/);
    expect(usageError(['baseline', 'create', '--format', 'json'])).toMatch(/^baseline create does not take --format/);
    expect(parseCommand(['aws', 'history', 'arn:aws:s3:::b', '--fail-on', 'low'])).toMatchObject({ failOn: 'LOW' });
  });
});
