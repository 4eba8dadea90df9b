/**
 * `.checkov.yaml` (skip-check, check, soft-fail, soft-fail-on, hard-fail-on) and `.checkov.baseline`
 * → `.posture.yaml` waivers and settings. Checkov config keys: https://www.checkov.io (CLI
 * reference); the baseline is `checkov --create-baseline`'s JSON.
 */
import { parse } from 'yaml';
import { ConfigError } from '../../errors.js';
import { parseFailOn, SEVERITIES, type FailOn, type Severity } from '../../model/index.js';
import type { PeerIndex } from './peer-map.js';
import { waiveSkipped } from './peer-waivers.js';
import { peerResourceGlob } from './resource-ids.js';
import type { ImportResult } from './types.js';

const HINTS: Record<string, string> = {
  'skip-path': 'write exclude: globs in .posture.yaml (checkov takes regular expressions)',
  framework: 'posture-gate scans every format it finds',
  'external-checks-dir': 'port custom checks to Rego (posture policies build)',
  'var-file': 'list the files under var-files: in .posture.yaml',
};
const READ = new Set(['skip-check', 'check', 'soft-fail', 'soft-fail-on', 'hard-fail-on']);

export function importCheckovConfig(text: string, file: string, index: PeerIndex, result: ImportResult): void {
  const config = parseMapping(text, file);
  const skips = items(config['skip-check']);
  const ids = skips.filter((item) => !isSeverity(item) && !item.includes('*'));
  for (const item of skips.filter((s) => !ids.includes(s))) {
    result.unmapped.push(`${file} skip-check ${item}: ${isSeverity(item) ? 'skips by severity; posture-gate sets which severities block with fail-on' : 'a wildcard; list the check ids'}`);
  }
  waiveSkipped({ ids, origin: `${file} skip-check` }, index, result);
  if (config.check !== undefined) {
    result.unmapped.push(`${file} check ${items(config.check).join(', ')}: posture-gate runs every check; waive the ones you do not want, or narrow the scan with frameworks`);
  }
  readFailLevels(config, file, index, result);
  for (const key of Object.keys(config).filter((k) => !READ.has(k))) {
    result.unmapped.push(`${file} ${key}: not imported${HINTS[key] ? `; ${HINTS[key]}` : ' (no equivalent setting)'}`);
  }
}

/** hard-fail-on wins over soft-fail-on, which wins over soft-fail, as in checkov. */
function readFailLevels(config: Record<string, unknown>, file: string, index: PeerIndex, result: ImportResult): void {
  const hard = items(config['hard-fail-on']);
  const soft = items(config['soft-fail-on']);
  const hardLevels = hard.filter(isSeverity).map(toSeverity);
  const softLevels = soft.filter(isSeverity).map(toSeverity);
  let failOn: FailOn | undefined;
  if (config['soft-fail'] === true) failOn = 'none';
  if (softLevels.length > 0) failOn = above(highest(softLevels));
  if (hardLevels.length > 0) failOn = lowest(hardLevels);
  if (failOn !== undefined) result.failOn = failOn;
  for (const id of hard.filter((item) => !isSeverity(item))) {
    result.unmapped.push(`${file} hard-fail-on ${id}: posture-gate blocks by severity; raise the check's level under severity: if it must always block`);
  }
  const softIds = soft.filter((item) => !isSeverity(item));
  const { covered, partial } = index.match(softIds);
  for (const { checkId } of covered) result.severity[checkId] = 'LOW';
  if (covered.length > 0) {
    result.approximate.push(`${file} soft-fail-on: ${covered.map((c) => c.checkId).join(', ')} set to severity low: reported without blocking while fail-on is above low`);
  }
  for (const { checkId, missing, narrower } of partial) {
    const why = narrower ? `${narrower.join(', ')} covers only part of it` : `it also covers ${missing.join(', ')}`;
    result.unmapped.push(`${file} soft-fail-on: ${checkId}: ${why}; left as is`);
  }
  for (const id of softIds.filter((i) => !index.knows(i))) result.unmapped.push(`${file} soft-fail-on ${id}: no posture-gate check is the same control`);
}

interface BaselineFile {
  file?: unknown;
  findings?: { resource?: unknown; check_ids?: unknown }[];
}

/** `.checkov.baseline`: the failures accepted when it was made, per file and resource. */
export function importCheckovBaseline(text: string, file: string, index: PeerIndex, result: ImportResult): void {
  let baseline: { failed_checks?: BaselineFile[] };
  try {
    baseline = JSON.parse(text) as typeof baseline;
  } catch (cause) {
    throw new ConfigError(`${file}: not a checkov baseline (JSON): ${(cause as Error).message}`, { cause });
  }
  if (!Array.isArray(baseline?.failed_checks)) throw new ConfigError(`${file}: not a checkov baseline: no failed_checks list`);
  const unknown = new Map<string, number>();
  for (const entry of baseline.failed_checks) {
    const path = typeof entry.file === 'string' ? entry.file.replace(/^\/+/, '') : undefined;
    for (const finding of Array.isArray(entry.findings) ? entry.findings : []) {
      const ids = items(finding.check_ids);
      const named = typeof finding.resource === 'string' && ids.some((id) => index.knows(id));
      const resource = named ? peerResourceGlob(finding.resource as string, file, result) : undefined;
      waiveSkipped({ ids, origin: file, scope: { ...(resource ? { resource } : {}), ...(path ? { path } : {}) }, quietUnknown: true }, index, result);
      for (const id of ids.filter((i) => !index.knows(i))) unknown.set(id, (unknown.get(id) ?? 0) + 1);
    }
  }
  for (const [id, count] of unknown) result.unmapped.push(`${file}: ${id} (${count} resource${count > 1 ? 's' : ''}): no posture-gate check is the same control; nothing to waive`);
}

function parseMapping(text: string, file: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = parse(text);
  } catch (cause) {
    throw new ConfigError(`${file}: not valid YAML: ${(cause as Error).message.split('\n')[0]}`, { cause });
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new ConfigError(`${file}: expected a mapping of checkov settings`);
  return value as Record<string, unknown>;
}

/** A list, or checkov's comma-separated string form (also inside list items: `- CKV_AWS_1,CKV_AWS_2`). */
function items(value: unknown): string[] {
  const list: unknown[] = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  return list.flatMap((item) => String(item).split(',')).map((item) => item.trim()).filter((item) => item !== '');
}

function isSeverity(item: string): boolean {
  return parseFailOn(item) !== undefined && item.toLowerCase() !== 'none';
}

function toSeverity(item: string): Severity {
  return parseFailOn(item) as Severity;
}

/** SEVERITIES runs from CRITICAL down to LOW. */
function highest(levels: Severity[]): Severity {
  return SEVERITIES.find((s) => levels.includes(s))!;
}

function lowest(levels: Severity[]): Severity {
  return [...SEVERITIES].reverse().find((s) => levels.includes(s))!;
}

/** The fail-on level that lets `level` and everything below it pass. */
function above(level: Severity): FailOn {
  const at = SEVERITIES.indexOf(level);
  return at === 0 ? 'none' : SEVERITIES[at - 1];
}
