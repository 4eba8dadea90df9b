import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../errors.js';
import { isValidScanSeconds, parseFailOn, SEVERITIES, type FailOn, type Severity } from '../model/index.js';
import type { LogLevel } from '../logging.js';
import { awsConfigResourceTypes } from '../normalize/aws-config/index.js';
import type { HelmInput } from '../sources.js';
import { REPORT_FORMATS } from '../report/index.js';
import type { ImportCommand } from './import/command.js';
import type { ColorMode } from './terminal.js';
import { findCommand, type CommandSpec } from './commands.js';
import { parseArgsOptions } from './flags.js';
import { renderOverview, suggestCommand, suggestFlag } from './help.js';

/** `posture --help`: the commands, generated from the command table (./commands.ts). */
export const USAGE = renderOverview();

/** One more report of the same scan: `--output FORMAT=FILE`. */
export interface ReportTarget {
  format: string;
  file: string;
}

/** `--sarif-category`, `--sarif-suppressed`: how the SARIF report meets GitHub code scanning. */
export interface SarifFlags {
  /** `runs[].automationDetails.id` (a `/` is appended); `posture-gate/<scanned paths>/` when not given. */
  category?: string;
  /** Suppressed results are left out unless this is `include`. */
  includeSuppressed?: boolean;
}

/** Flags shared by every command that scans and reports. */
export interface ReportFlags {
  format: string;
  output?: string;
  /** `--output FORMAT=FILE`, in order: reports of the same scan besides the `--format` one (scan and aws only). */
  reports?: ReportTarget[];
  sarif?: SarifFlags;
  /** Undefined when not given: `.posture.yaml`'s fail-on, then `high`, apply. */
  failOn?: FailOn;
  config?: string;
  root?: string;
  logLevel: LogLevel;
  /** `--framework`: only these frameworks' checks are evaluated and reported. */
  frameworks: string[];
  /** `--policy PATH`: user policy directories (Rego) or compiled bundles. */
  policies: string[];
  /** `--cache-dir DIR`: where compiled policy directories are kept (the user's cache directory by default). */
  cacheDir?: string;
  /** `--strict`: an incomplete scan exits 2. Undefined when not given (`.posture.yaml`'s `strict` applies). */
  strict?: boolean;
  /** `--max-scan-seconds`: undefined when not given (`.posture.yaml`'s, then the default, apply). */
  maxScanSeconds?: number;
  /** `--show LEVEL`: the table lists findings at or above it only; gating is unchanged. */
  show?: Severity;
  /** `--color auto|always|never` (default auto: FORCE_COLOR, NO_COLOR, then whether stdout is a terminal). */
  color?: ColorMode;
}

export interface ScanCommand extends ReportFlags {
  command: 'scan';
  paths: string[];
  exclude: string[];
  cfnParams?: string;
  varFiles: string[];
  /** `--var name=value`, in order. */
  vars: Record<string, string>;
  helm: HelmInput[];
  kustomize: string[];
  /** kustomize may fetch remote bases; without it a kustomization that has one is refused. */
  kustomizeAllowRemote?: boolean;
  /** `--helm-bin FILE`: the helm to run; PATH (never the scanned tree) otherwise. */
  helmBin?: string;
  /** `--kustomize-bin FILE`: kustomize or kubectl; PATH (never the scanned tree) otherwise. */
  kustomizeBin?: string;
  /** `--skip-external-modules`: no findings in Terraform modules from remote sources. */
  skipExternalModules?: boolean;
  awsConfigSnapshots: string[];
  /** `--endpoint URL`: where `s3://` snapshots are read from (moto, LocalStack). */
  endpoint?: string;
  /** `--profile NAME`: the AWS profile `s3://` snapshots are read with. */
  profile?: string;
  baseline?: string;
  /** `--diff-base REF`: block only on findings that are new since this commit. */
  diffBase?: string;
  /** `--record`: append the scan to the history file. */
  record?: boolean;
  /** `--history FILE`: the history file (`.posture/history.sqlite` under the root by default). */
  history?: string;
}

/** `posture history list|diff|trend`. */
export interface HistoryCommand extends Omit<ScanCommand, 'command' | 'format'> {
  command: 'history-list' | 'history-diff' | 'history-trend';
  format: 'table' | 'json' | 'markdown';
  /** `history diff A B`: the two sides, each a scan id, `latest`, `latest~N` or a git ref. */
  sides?: [string, string];
  /** Whether PATHs were given (`history diff` otherwise scans a git ref with the recorded scan's paths). */
  pathsGiven: boolean;
}

/** `posture baseline create`: the scan's current findings, written as accepted. */
export interface BaselineCreateCommand extends Omit<ScanCommand, 'command'> {
  command: 'baseline-create';
}

export interface AwsCommand extends ReportFlags {
  command: 'aws';
  regions: string[];
  resourceTypes: string[];
  aggregator?: string;
  endpoint?: string;
  /** `--profile NAME`: a profile of the shared AWS config and credentials files. */
  profile?: string;
  /** `--templates PATH`: CloudFormation templates read only to show live findings at the line that created them. */
  templates: string[];
  /** `--timeout SECONDS` in ms: the longest one AWS API call may take, retries included (default 60 s). */
  callTimeoutMs?: number;
}

/** `posture aws history ARN`: one resource's configuration timeline, with the findings at each point. */
export interface AwsHistoryCommand extends Omit<ReportFlags, 'format'> {
  command: 'aws-history';
  format: 'table' | 'json';
  arn: string;
  region?: string;
  resourceType?: string;
  resourceId?: string;
  endpoint?: string;
  profile?: string;
  /** At most this many configuration items, oldest first. */
  limit?: number;
  /** `--timeout SECONDS` in ms, as for `posture aws`. */
  callTimeoutMs?: number;
}

/** `posture waivers audit`: the scan's waivers, expired, unused or active. */
export interface WaiversAuditCommand extends Omit<ScanCommand, 'command' | 'format'> {
  command: 'waivers-audit';
  format: 'table' | 'json';
}

export interface ChecksListCommand {
  command: 'checks-list';
  format: 'table' | 'json';
  filter: CheckFilter;
  /** `--policy PATH`: user checks listed beside the built-in ones. */
  policies: string[];
  cacheDir?: string;
}

/** `checks list` filters; an empty list does not filter. */
export interface CheckFilter {
  frameworks: string[];
  severities: string[];
  sources: string[];
  resourceTypes: string[];
}

export interface ChecksShowCommand {
  command: 'checks-show';
  id: string;
  format: 'text' | 'json';
  /** `--policy PATH`: user checks that may be shown. */
  policies: string[];
  cacheDir?: string;
}

/** `posture report compliance`: requirement → control → checks, pass/fail and scores. */
export interface ComplianceReportCommand extends Omit<ScanCommand, 'command' | 'format'> {
  command: 'report-compliance';
  format: 'markdown' | 'json' | 'csv';
}

/** `posture policies build DIR --output OUT`: compile user Rego once, where opa is installed. */
export interface PoliciesBuildCommand {
  command: 'policies-build';
  directory: string;
  output: string;
}

export type Command =
  | ScanCommand
  | BaselineCreateCommand
  | WaiversAuditCommand
  | AwsCommand
  | AwsHistoryCommand
  | ChecksListCommand
  | ChecksShowCommand
  | ComplianceReportCommand
  | PoliciesBuildCommand
  | ImportCommand
  | HistoryCommand
  /** `posture --help`, `posture help scan`, `posture scan --help`: topic is the command's name. */
  | { command: 'help'; topic?: string }
  | { command: 'version' };

/** The resource types the built-in checks read from AWS Config: every type the Config normaliser reads. */
export const DEFAULT_AWS_RESOURCE_TYPES: readonly string[] = awsConfigResourceTypes();

const OPTIONS = parseArgsOptions();

type Values = Record<string, string | boolean | string[] | undefined>;

export function parseCommand(argv: string[]): Command {
  try {
    return parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof ConfigError) || error.code !== 'USAGE') throw error;
    // one line saying where the flags are, not the whole usage after every mistake
    const spec = findCommand(leadingWords(argv));
    const where = spec && spec.name !== 'help' ? `posture help ${spec.name}` : 'posture --help';
    throw new ConfigError(`${error.message}\nSee \`${where}\`.`, { cause: error.cause ?? error, code: 'USAGE' });
  }
}

/** The words before the first flag: the command's name when it is written first, as usual. */
function leadingWords(argv: string[]): string[] {
  const end = argv.findIndex((arg) => arg.startsWith('-'));
  return end < 0 ? argv : argv.slice(0, end);
}

function parseCommandLine(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (cause) {
    throw new ConfigError(unknownOption(cause as Error, argv), { cause, code: 'USAGE' });
  }
  const { values, positionals } = parsed as { values: Values; positionals: string[] };
  if (values.version) return { command: 'version' };
  if (positionals[0] === 'help') return helpCommand(positionals.slice(1));
  if (values.help || positionals.length === 0) return helpCommand(positionals);
  const reports = splitOutputs(values);
  const [name, ...rest] = positionals;
  const spec = findCommand(positionals);
  const scanning = spec?.name === 'scan' || spec?.name === 'aws';
  if (!scanning && reports.length > 0) throw usage('--output FORMAT=FILE goes with posture scan and posture aws; elsewhere give --output FILE');
  if (name === 'import') return importCommand(rest, values);
  // A flag the command does not read would be ignored without a word: refused instead.
  if (spec) rejectFlags(values, spec);
  if (name === 'history' && !spec) return historyCommand(rest, values);
  const command = spec && PARSERS[spec.name]?.(positionals.slice(spec.name.split(' ').length), values, reports);
  if (command) return command;
  if (spec) throw usage(`unknown command: ${positionals.join(' ')} (usage: posture ${spec.name} ${spec.operands})`);
  throw unknownCommand(positionals);
}

/** parse → request for each command of the table (src/cli/commands.ts); undefined when the operands do not fit. */
type Parse = (operands: string[], values: Values, reports: ReportTarget[]) => Command | undefined;

const PARSERS: Record<string, Parse> = {
  scan: (operands, values, reports) => {
    const scan = withReports(scanCommand(operands, values), reports, values);
    const html = scan.format === 'html' || reports.some((r) => r.format === 'html');
    if (scan.history !== undefined && !scan.record && !html) throw usage('--history goes with --record, or with --format html or --output html=FILE (a Trend section)');
    return scan;
  },
  'baseline create': (operands, values) => ({ ...scanCommand(operands, values), command: 'baseline-create', format: 'baseline' }),
  aws: (operands, values, reports) => (operands.length === 0 ? withReports(awsCommand(values), reports, values) : undefined),
  'aws history': (operands, values) => awsHistoryCommand(operands, values),
  'waivers audit': (operands, values) => {
    const format = values.format ?? 'table';
    if (format !== 'table' && format !== 'json') throw usage(`waivers audit: --format must be table or json, not ${format}`);
    return { ...scanCommand(operands, { ...values, format: undefined }), command: 'waivers-audit', format };
  },
  'checks list': (operands, values) => (operands.length === 0 ? checksListCommand(values) : undefined),
  'checks show': (operands, values) => {
    if (operands.length !== 1) return undefined;
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw usage(`checks show: --format must be text or json, not ${format}`);
    return { command: 'checks-show', id: operands[0]!, format, ...policyFlags(values) };
  },
  'policies build': (operands, values) => {
    if (operands.length !== 1) return undefined;
    if (typeof values.output !== 'string') throw usage('policies build: give --output DIR for the compiled bundle');
    return { command: 'policies-build', directory: operands[0]!, output: values.output };
  },
  'report compliance': (operands, values) => {
    const format = values.format ?? 'markdown';
    if (format !== 'markdown' && format !== 'json' && format !== 'csv') throw usage(`report compliance: --format must be markdown, json or csv, not ${format}`);
    return { ...scanCommand(operands, { ...values, format: undefined }), command: 'report-compliance', format };
  },
  import: (operands, values) => importCommand(operands, values),
  'history list': (operands, values) => historyCommand(['list', ...operands], values),
  'history diff': (operands, values) => historyCommand(['diff', ...operands], values),
  'history trend': (operands, values) => historyCommand(['trend', ...operands], values),
};

/** The commands of the table that parse to a request (all but help, which is answered before). */
export const PARSED_COMMANDS: readonly string[] = Object.keys(PARSERS);

/** `posture import checkov|trivy [PATH...] [--output FILE]`: no other flag means anything to it. */
function importCommand(rest: string[], values: Values): ImportCommand {
  const [tool, ...paths] = rest;
  if (tool !== 'checkov' && tool !== 'trivy') throw usage(`import: name the tool to import from, checkov or trivy${tool ? `, not ${tool}` : ''}`);
  const extra = Object.keys(values).filter((key) => key !== 'output' && values[key] !== undefined);
  if (extra.length > 0) throw usage(`import ${tool} takes only --output, not --${extra[0]}`);
  return { command: 'import', tool, paths, ...(typeof values.output === 'string' ? { output: values.output } : {}) };
}

function checksListCommand(values: Values): ChecksListCommand {
  const format = values.format ?? 'table';
  if (format !== 'table' && format !== 'json') throw usage(`checks list: --format must be table or json, not ${format}`);
  const severities = list(values.severity).flatMap(splitCommas).map((s) => s.toUpperCase());
  for (const severity of severities) {
    if (!SEVERITIES.includes(severity as Severity)) throw usage(`checks list: --severity must be critical, high, medium or low, not ${severity.toLowerCase()}`);
  }
  const sources = list(values.source).flatMap(splitCommas);
  for (const source of sources) {
    if (!SOURCE_FORMATS.includes(source)) throw usage(`checks list: --source must be one of ${SOURCE_FORMATS.join(', ')}, not ${source}`);
  }
  return {
    command: 'checks-list',
    format,
    filter: { frameworks: list(values.framework).flatMap(splitCommas), severities, sources, resourceTypes: list(values['resource-type']).flatMap(splitCommas) },
    ...policyFlags(values),
  };
}

const SOURCE_FORMATS = ['terraform', 'cloudformation', 'kubernetes', 'aws-config'];

function scanCommand(paths: string[], values: Values): ScanCommand {
  const helmCharts = list(values.helm);
  if (helmCharts.length === 0 && (values.values || values.set)) throw usage('--values and --set go with --helm CHART_DIR');
  const helm = helmCharts.map((chartDir) => ({ chartDir, valuesFiles: list(values.values), set: list(values.set) }));
  const kustomize = list(values.kustomize);
  const awsConfigSnapshots = list(values['aws-config-snapshot']);
  const hasOtherSources = helm.length + kustomize.length + awsConfigSnapshots.length > 0;
  const endpoint = values.endpoint as string | undefined;
  if (endpoint !== undefined && !awsConfigSnapshots.some((s) => s.startsWith('s3://'))) throw usage('scan: --endpoint goes with --aws-config-snapshot s3://…');
  const profile = values.profile as string | undefined;
  if (profile !== undefined && !awsConfigSnapshots.some((s) => s.startsWith('s3://'))) throw usage('scan: --profile goes with --aws-config-snapshot s3://…');
  return {
    command: 'scan',
    ...reportFlags(values),
    paths: paths.length > 0 || hasOtherSources ? paths : ['.'],
    exclude: list(values.exclude),
    cfnParams: values['cfn-params'] as string | undefined,
    varFiles: list(values['var-file']),
    vars: parseVars(list(values.var)),
    helm,
    kustomize,
    ...(values['kustomize-allow-remote'] ? { kustomizeAllowRemote: true } : {}),
    ...(values['helm-bin'] === undefined ? {} : { helmBin: values['helm-bin'] as string }),
    ...(values['kustomize-bin'] === undefined ? {} : { kustomizeBin: values['kustomize-bin'] as string }),
    ...(values['skip-external-modules'] ? { skipExternalModules: true } : {}),
    awsConfigSnapshots,
    ...(endpoint === undefined ? {} : { endpoint }),
    ...(profile === undefined ? {} : { profile }),
    baseline: values.baseline as string | undefined,
    diffBase: values['diff-base'] as string | undefined,
    record: values.record ? true : undefined,
    history: values.history as string | undefined,
  };
}

function awsCommand(values: Values): AwsCommand {
  const regions = list(values.region).flatMap(splitCommas);
  if (regions.length === 0) throw usage('aws: give at least one --region');
  const resourceTypes = list(values['resource-types']).flatMap(splitCommas);
  for (const type of resourceTypes) {
    if (!/^AWS::\w+::\w+$/.test(type)) throw usage(`aws: --resource-types takes AWS Config types like AWS::S3::Bucket, not ${type}`);
  }
  return {
    command: 'aws',
    ...reportFlags(values),
    regions,
    resourceTypes: resourceTypes.length > 0 ? resourceTypes : [...DEFAULT_AWS_RESOURCE_TYPES],
    aggregator: values.aggregator as string | undefined,
    endpoint: values.endpoint as string | undefined,
    profile: values.profile as string | undefined,
    templates: list(values.templates),
    ...callTimeout(values, 'aws'),
  };
}

/** `--timeout SECONDS`: a positive number of seconds (fractions allowed, for tests and fast links). */
function callTimeout(values: Values, label: string): { callTimeoutMs?: number } {
  const text = values.timeout as string | undefined;
  if (text === undefined) return {};
  const seconds = Number(text);
  if (!(Number.isFinite(seconds) && seconds > 0 && seconds <= 3600)) throw usage(`${label}: --timeout takes seconds, more than 0 and at most 3600, not ${text}`);
  return { callTimeoutMs: Math.ceil(seconds * 1000) };
}

function reportFlags(values: Values): ReportFlags {
  const failOnText = values['fail-on'] as string | undefined;
  const failOn = failOnText === undefined ? undefined : parseFailOn(failOnText);
  if (failOnText !== undefined && !failOn) throw usage(`--fail-on must be one of critical, high, medium, low, none; got ${failOnText}`);
  if (values.quiet && values.verbose) throw usage('--quiet and --verbose exclude each other');
  return {
    format: String(values.format ?? 'table'),
    output: values.output as string | undefined,
    failOn: values['no-fail'] ? 'none' : failOn,
    config: values.config as string | undefined,
    root: values.root as string | undefined,
    logLevel: values.quiet ? 'warning' : values.verbose ? 'debug' : 'info',
    frameworks: list(values.framework).flatMap(splitCommas),
    ...policyFlags(values),
    ...(values.strict ? { strict: true } : {}),
    ...scanBudget(values),
    ...displayFlags(values),
  };
}

/** `--show LEVEL` (the table's display filter) and `--color auto|always|never`. */
function displayFlags(values: Values): { show?: Severity; color?: ColorMode } {
  const show = (values.show as string | undefined)?.toUpperCase();
  if (show !== undefined && !SEVERITIES.includes(show as Severity)) throw usage(`--show must be critical, high, medium or low, not ${show.toLowerCase()}`);
  if (show !== undefined && (values.format ?? 'table') !== 'table') throw usage('--show filters the table; it does not go with --format ' + String(values.format));
  const color = values.color as string | undefined;
  if (color !== undefined && !['auto', 'always', 'never'].includes(color)) throw usage(`--color must be auto, always or never, not ${color}`);
  return { ...(show === undefined ? {} : { show: show as Severity }), ...(color === undefined ? {} : { color: color as ColorMode }) };
}

/** `--max-scan-seconds N` (a positive number); `--max-memory-mb` is read by the watchdog (src/cli/supervise.ts), only checked here. */
function scanBudget(values: Values): { maxScanSeconds?: number } {
  const memory = values['max-memory-mb'] as string | undefined;
  if (memory !== undefined && !(Number.isInteger(Number(memory)) && Number(memory) >= 64)) throw usage(`--max-memory-mb takes a whole number of megabytes, at least 64, not ${memory}`);
  const text = values['max-scan-seconds'] as string | undefined;
  if (text === undefined) return {};
  const seconds = Number(text);
  if (text.trim() === '' || !isValidScanSeconds(seconds)) throw usage(`--max-scan-seconds takes a positive number of seconds, not ${text}`);
  return { maxScanSeconds: seconds };
}

function policyFlags(values: Values): { policies: string[]; cacheDir?: string } {
  const cacheDir = values['cache-dir'] as string | undefined;
  return { policies: list(values.policy), ...(cacheDir !== undefined ? { cacheDir } : {}) };
}

/**
 * `--format` once; `--output FILE` once (where the `--format` report goes, stdout otherwise);
 * `--output FORMAT=FILE` any number of times. Leaves the first two in `values` as single strings
 * and returns the FORMAT=FILE pairs.
 */
function splitOutputs(values: Values): ReportTarget[] {
  const formats = list(values.format);
  if (formats.length > 1) throw usage(`give --format once, not ${formats.join(' and ')}; for more reports of the same scan add --output FORMAT=FILE`);
  values.format = formats[0];
  const files: string[] = [];
  const reports: ReportTarget[] = [];
  for (const output of list(values.output)) {
    const match = /^([a-z][a-z-]*)=(.+)$/.exec(output);
    if (!match) files.push(output);
    else if (REPORT_FORMATS.includes(match[1])) reports.push({ format: match[1], file: match[2] });
    else throw usage(`--output ${output}: unknown report format ${match[1]} (use one of ${REPORT_FORMATS.join(', ')}); for a file of that name write ./${output}`);
  }
  if (files.length > 1) throw usage(`give --output FILE once, not ${files.join(' and ')}; for more reports of the same scan use --output FORMAT=FILE`);
  values.output = files[0];
  return reports;
}

/** Adds the FORMAT=FILE reports and the SARIF flags to a scan or aws command; the same file twice is refused. */
function withReports<T extends ReportFlags>(command: T, reports: ReportTarget[], values: Values): T {
  const files = [...(command.output ? [command.output] : []), ...reports.map((r) => r.file)];
  const same = files.map((file) => path.normalize(file));
  const twice = files.find((_, i) => same.indexOf(same[i]!) !== i);
  if (twice !== undefined) throw usage(`--output ${twice} is given twice; each report needs its own file`);
  const sarif = sarifFlags(values);
  if (sarif && command.format !== 'sarif' && !reports.some((r) => r.format === 'sarif')) {
    throw usage('--sarif-category and --sarif-suppressed go with a SARIF report (--format sarif, or --output sarif=FILE)');
  }
  return { ...command, ...(reports.length > 0 ? { reports } : {}), ...(sarif ? { sarif } : {}) };
}

function sarifFlags(values: Values): SarifFlags | undefined {
  const category = values['sarif-category'] as string | undefined;
  const suppressed = values['sarif-suppressed'] as string | undefined;
  if (category === undefined && suppressed === undefined) return undefined;
  if (category !== undefined && !/^\S{1,200}$/.test(category)) throw usage(`--sarif-category takes a name without spaces (at most 200 characters), not ${JSON.stringify(category)}`);
  if (suppressed !== undefined && suppressed !== 'include' && suppressed !== 'omit') throw usage(`--sarif-suppressed must be include or omit, not ${suppressed}`);
  return { ...(category === undefined ? {} : { category }), ...(suppressed === 'include' ? { includeSuppressed: true } : {}) };
}

function rejectFlags(values: Values, spec: CommandSpec): void {
  const given = Object.keys(values).filter((flag) => values[flag] !== undefined && flag !== 'help' && !(spec.flags as readonly string[]).includes(flag));
  const explained = given.map((flag) => spec.refused?.[flag as keyof typeof spec.refused]).find((message) => message !== undefined);
  if (explained !== undefined) throw usage(explained);
  if (given.length > 0) throw usage(`${spec.name} does not take --${given.join(', --')}`);
}

/** `posture help [COMMAND]`, `posture COMMAND --help`. */
function helpCommand(words: string[]): Command {
  if (words.length === 0) return { command: 'help' };
  const spec = findCommand(words);
  if (!spec) throw unknownCommand(words);
  return { command: 'help', topic: spec.name };
}

function unknownCommand(words: string[]): ConfigError {
  const near = suggestCommand(words);
  return usage(`unknown command: ${words.join(' ')}${near ? `; did you mean ${near}?` : ''}`);
}

/** parseArgs' message; for an unknown flag, the nearest one the command takes. */
function unknownOption(error: Error, argv: string[]): string {
  const flag = /^Unknown option '(-{1,2}[^']+)'/.exec(error.message)?.[1];
  const near = flag === undefined ? undefined : suggestFlag(flag, findCommand(leadingWords(argv)));
  return near ? `Unknown option '${flag}'; did you mean ${near}?` : error.message;
}

function list(value: string | boolean | string[] | undefined): string[] {
  return Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
}

function parseVars(entries: string[]): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const entry of entries) {
    const match = /^([A-Za-z_][\w-]*)=([\s\S]*)$/.exec(entry);
    if (!match) throw usage(`--var takes NAME=VALUE, got ${entry}`);
    vars[match[1]] = match[2];
  }
  return vars;
}

function splitCommas(value: string): string[] {
  return value.split(',').map((part) => part.trim()).filter(Boolean);
}

function usage(message: string): ConfigError {
  return new ConfigError(message, { code: 'USAGE' });
}

const HISTORY_FORMATS: Record<string, string[]> = { list: ['table', 'json'], diff: ['table', 'json', 'markdown'], trend: ['table', 'json'] };

function historyCommand(rest: string[], values: Values): HistoryCommand {
  const [action, ...operands] = rest;
  const formats = HISTORY_FORMATS[action];
  if (!formats) throw usage(`history: expected list, diff or trend, got ${action ?? 'nothing'}`);
  const format = String(values.format ?? 'table');
  if (!formats.includes(format)) throw usage(`history ${action}: --format must be ${formats.join(' or ')}, not ${format}`);
  if (action === 'diff' && operands.length < 2) throw usage('history diff takes two scans: A B (a scan id, latest, latest~N, or a git ref)');
  if (action !== 'diff' && operands.length > 0) throw usage(`history ${action} takes no operands, got ${operands.join(' ')}`);
  const paths = action === 'diff' ? operands.slice(2) : [];
  const scan = scanCommand(paths, { ...values, format: undefined, history: undefined });
  return {
    ...scan,
    history: values.history as string | undefined,
    command: `history-${action}` as HistoryCommand['command'],
    format: format as HistoryCommand['format'],
    ...(action === 'diff' ? { sides: [operands[0], operands[1]] as [string, string] } : {}),
    pathsGiven: paths.length > 0,
  };
}

function awsHistoryCommand(operands: string[], values: Values): AwsHistoryCommand {
  if (operands.length !== 1) throw usage('aws history takes one ARN');
  const format = String(values.format ?? 'table');
  if (format !== 'table' && format !== 'json') throw usage(`aws history: --format must be table or json, not ${format}`);
  const single = (flag: string): string | undefined => {
    const given = list(values[flag]);
    if (given.length > 1) throw usage(`aws history: give --${flag} once`);
    return given[0];
  };
  const limitText = values.limit as string | undefined;
  const limit = limitText === undefined ? undefined : Number(limitText);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) throw usage(`aws history: --limit takes a positive whole number, not ${limitText}`);
  const resourceType = single('resource-type');
  if (resourceType !== undefined && !/^AWS::\w+::\w+$/.test(resourceType)) throw usage(`aws history: --resource-type takes an AWS Config type like AWS::S3::Bucket, not ${resourceType}`);
  return {
    command: 'aws-history',
    ...reportFlags(values),
    format,
    arn: operands[0]!,
    region: single('region'),
    resourceType,
    resourceId: values['resource-id'] as string | undefined,
    endpoint: values.endpoint as string | undefined,
    profile: values.profile as string | undefined,
    limit,
    ...callTimeout(values, 'aws history'),
  };
}
