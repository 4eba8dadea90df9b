import { parseArgs } from 'node:util';
import { ConfigError } from '../errors.js';
import type { FailOn } from '../gate.js';
import type { LogLevel } from '../logging.js';

export const USAGE = `Usage:
  posture scan [PATH...] [--format table|json|sarif] [--output FILE] [--fail-on critical|high|medium|low|none]
               [--no-fail] [--exclude GLOB]... [--root DIR] [--quiet|--verbose]
  posture checks list [--format table|json]
  posture --version | --help

Exit codes: 0 nothing at or above --fail-on (default: high), 1 blocking findings,
2 usage or configuration error, 3 policy or internal error.`;

export interface ScanCommand {
  command: 'scan';
  paths: string[];
  format: string;
  output?: string;
  failOn: FailOn;
  exclude: string[];
  root?: string;
  logLevel: LogLevel;
}

export interface ChecksListCommand {
  command: 'checks-list';
  format: 'table' | 'json';
}

export type Command = ScanCommand | ChecksListCommand | { command: 'help' } | { command: 'version' };

const FAIL_ON: FailOn[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'none'];

export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        'no-fail': { type: 'boolean' },
        exclude: { type: 'string', multiple: true },
        root: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        verbose: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (cause) {
    throw new ConfigError(`${(cause as Error).message}\n${USAGE}`, { cause, code: 'USAGE' });
  }
  const { values, positionals } = parsed;
  if (values.version) return { command: 'version' };
  if (values.help || positionals.length === 0) return { command: 'help' };
  const [name, ...rest] = positionals;
  if (name === 'scan') return scanCommand(rest, values);
  if (name === 'checks' && rest[0] === 'list' && rest.length === 1) {
    const format = values.format ?? 'table';
    if (format !== 'table' && format !== 'json') throw usage(`checks list: --format must be table or json, not ${format}`);
    return { command: 'checks-list', format };
  }
  throw usage(`unknown command: ${positionals.join(' ')}`);
}

function scanCommand(paths: string[], values: Record<string, string | boolean | string[] | undefined>): ScanCommand {
  const failOnText = String(values['fail-on'] ?? 'high');
  const failOn = FAIL_ON.find((level) => level.toLowerCase() === failOnText.toLowerCase());
  if (!failOn) throw usage(`--fail-on must be one of critical, high, medium, low, none; got ${failOnText}`);
  if (values.quiet && values.verbose) throw usage('--quiet and --verbose exclude each other');
  return {
    command: 'scan',
    paths: paths.length > 0 ? paths : ['.'],
    format: String(values.format ?? 'table'),
    output: values.output as string | undefined,
    failOn: values['no-fail'] ? 'none' : failOn,
    exclude: (values.exclude as string[] | undefined) ?? [],
    root: values.root as string | undefined,
    logLevel: values.quiet ? 'warning' : values.verbose ? 'debug' : 'info',
  };
}

function usage(message: string): ConfigError {
  return new ConfigError(`${message}\n${USAGE}`, { code: 'USAGE' });
}
