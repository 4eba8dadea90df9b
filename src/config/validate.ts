/** `.posture.yaml` node tree → PostureConfig, or a ConfigError naming the line and field. */
import { isScalar, type Node } from 'yaml';
import type { Severity } from '../model/index.js';
import { FAIL_ON_LEVELS, isValidScanSeconds, parseFailOn, SEVERITIES } from '../model/index.js';
import type { ConfigFailOn, PostureConfig, StackTemplate, Waiver } from './types.js';
import type { YamlReader } from './yaml-reader.js';

export const CONFIG_KEYS = ['include', 'exclude', 'fail-on', 'frameworks', 'severity', 'var-files', 'policies', 'waivers', 'skip-external-modules', 'strict', 'max-scan-seconds', 'aws'] as const;
const AWS_KEYS = ['stacks'] as const;
const WAIVER_KEYS = ['check', 'resource', 'path', 'reason', 'owner', 'expires'] as const;

export function validateConfig(root: Node | null, reader: YamlReader): PostureConfig {
  const config: PostureConfig = {
    path: reader.file,
    include: [],
    exclude: [],
    frameworks: [],
    severity: {},
    varFiles: [],
    policies: [],
    waivers: [],
  };
  // An empty file is a valid config that changes nothing.
  if (root === null || (isScalar(root) && root.value === null)) return config;
  const entries = reader.map(root, '', CONFIG_KEYS);
  const value = (key: string): Node | null => entries.get(key)?.value ?? null;
  config.include = reader.stringList(value('include'), 'include');
  config.exclude = reader.stringList(value('exclude'), 'exclude');
  config.frameworks = reader.stringList(value('frameworks'), 'frameworks');
  config.varFiles = reader.stringList(value('var-files'), 'var-files');
  config.policies = reader.stringList(value('policies'), 'policies');
  if (entries.has('skip-external-modules')) config.skipExternalModules = readBoolean(value('skip-external-modules'), 'skip-external-modules', reader);
  if (entries.has('strict')) config.strict = readBoolean(value('strict'), 'strict', reader);
  if (entries.has('max-scan-seconds')) config.maxScanSeconds = readSeconds(value('max-scan-seconds'), reader);
  if (entries.has('fail-on')) config.failOn = readFailOn(value('fail-on'), reader);
  if (entries.has('severity')) config.severity = readSeverityOverrides(value('severity'), reader);
  config.waivers = reader.sequence(value('waivers'), 'waivers').map((node, i) => readWaiver(node, `waivers[${i}]`, reader));
  if (entries.has('aws')) config.awsStacks = readAwsStacks(value('aws'), reader);
  return config;
}

function readBoolean(node: Node | null, field: string, reader: YamlReader): boolean {
  if (!isScalar(node) || typeof node.value !== 'boolean') throw reader.error(node, `${field} must be true or false`);
  return node.value;
}

function readSeconds(node: Node | null, reader: YamlReader): number {
  const seconds = isScalar(node) ? node.value : undefined;
  if (!isValidScanSeconds(seconds)) throw reader.error(node, 'max-scan-seconds must be a positive number of seconds');
  return seconds;
}

function readFailOn(node: Node | null, reader: YamlReader): ConfigFailOn {
  const text = isScalar(node) ? String(node.value) : '';
  const level = parseFailOn(text);
  if (!level) throw reader.error(node, `fail-on must be one of ${FAIL_ON_LEVELS.map((l) => l.toLowerCase()).join(', ')}`);
  return level;
}

function readSeverity(node: Node | null, field: string, reader: YamlReader): Severity {
  const text = isScalar(node) ? String(node.value) : '';
  const level = SEVERITIES.find((candidate) => candidate.toLowerCase() === text.toLowerCase());
  if (!level) throw reader.error(node, `${field} must be one of ${SEVERITIES.map((l) => l.toLowerCase()).join(', ')}`);
  return level;
}

/** `severity: {AWS-0003: low}`; check ids are free-form here, the catalogue is not loaded yet. */
function readSeverityOverrides(node: Node | null, reader: YamlReader): Record<string, Severity> {
  const overrides: Record<string, Severity> = {};
  if (node === null || (isScalar(node) && node.value === null)) return overrides;
  for (const [checkId, { value }] of reader.map(node, 'severity')) {
    overrides[checkId] = readSeverity(value, `severity.${checkId}`, reader);
  }
  return overrides;
}

/** `aws: {stacks: {<stack name or glob>: <template path>}}`; an empty `aws:` or `stacks:` maps nothing. */
function readAwsStacks(node: Node | null, reader: YamlReader): StackTemplate[] {
  if (node === null || (isScalar(node) && node.value === null)) return [];
  const stacks = reader.map(node, 'aws', AWS_KEYS).get('stacks')?.value ?? null;
  if (stacks === null || (isScalar(stacks) && stacks.value === null)) return [];
  return [...reader.map(stacks, 'aws.stacks')].map(([stack, { key, value }]) => ({
    stack,
    template: reader.string(value, `aws.stacks.${stack}`),
    source: reader.range(key),
  }));
}

function readWaiver(node: Node, field: string, reader: YamlReader): Waiver {
  const entries = reader.map(node, field, WAIVER_KEYS);
  const optional = (key: string, read: (n: Node | null, f: string) => string): string | undefined =>
    entries.has(key) ? read(entries.get(key)!.value, `${field}.${key}`) : undefined;
  const text = (n: Node | null, f: string) => reader.string(n, f);
  if (!entries.has('check')) throw reader.error(node, `${field} needs a check (a check id or glob, such as AWS-0001)`);
  if (!entries.has('reason')) throw reader.error(node, `${field} needs a reason: say why the risk is accepted`);
  const waiver: Waiver = {
    check: text(entries.get('check')!.value, `${field}.check`),
    reason: text(entries.get('reason')!.value, `${field}.reason`),
    source: reader.range(node),
  };
  const resource = optional('resource', text);
  const path = optional('path', text);
  const owner = optional('owner', text);
  const expires = optional('expires', (n, f) => reader.date(n, f));
  return {
    ...waiver,
    ...(resource === undefined ? {} : { resource }),
    ...(path === undefined ? {} : { path }),
    ...(owner === undefined ? {} : { owner }),
    ...(expires === undefined ? {} : { expires }),
  };
}
