import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../errors.js';
import { parseCommand } from './args.js';

describe('parseCommand', () => {
  it('reads a scan with every flag', () => {
    expect(
      parseCommand(['scan', 'infra', 'k8s', '--format', 'sarif', '-o', 'out.sarif', '--fail-on', 'medium', '--exclude', '**/test/**', '--root', '/r', '-q']),
    ).toEqual({
      command: 'scan',
      paths: ['infra', 'k8s'],
      format: 'sarif',
      output: 'out.sarif',
      failOn: 'MEDIUM',
      exclude: ['**/test/**'],
      root: '/r',
      logLevel: 'warning',
    });
  });

  it('defaults to the current directory, table output and fail-on high', () => {
    expect(parseCommand(['scan'])).toMatchObject({ paths: ['.'], format: 'table', failOn: 'HIGH', logLevel: 'info' });
  });

  it('--no-fail never blocks', () => {
    expect(parseCommand(['scan', '--no-fail', '--fail-on', 'low'])).toMatchObject({ failOn: 'none' });
  });

  it('reads checks list', () => {
    expect(parseCommand(['checks', 'list', '--format', 'json'])).toEqual({ command: 'checks-list', format: 'json' });
  });

  it('answers help and version', () => {
    expect(parseCommand([])).toEqual({ command: 'help' });
    expect(parseCommand(['--version'])).toEqual({ command: 'version' });
  });

  it.each([
    [['scan', '--fail-on', 'severe'], /--fail-on must be one of/],
    [['scan', '--bogus'], /Unknown option '--bogus'/],
    [['deploy'], /unknown command: deploy/],
    [['checks', 'list', '--format', 'sarif'], /checks list: --format must be table or json/],
    [['scan', '-q', '-v'], /exclude each other/],
  ])('rejects %j as a usage error', (argv, message) => {
    expect(() => parseCommand(argv)).toThrow(ConfigError);
    expect(() => parseCommand(argv)).toThrow(message);
  });
});
