/**
 * Baselines: the fingerprints of findings accepted at one point in time, so a gate blocks only
 * new findings. A fingerprint is check + scope + resource + attribute path, never the line, so
 * moving code or reformatting a file does not turn accepted findings into new ones.
 *
 * Findings already suppressed inline or by a `.posture.yaml` waiver are left out of a new
 * baseline: those suppressions carry their own expiry, and copying them here would defeat it.
 */
import { readFile } from 'node:fs/promises';
import { ConfigError, getErrorMessage } from '../errors.js';
import type { Finding } from '../model/index.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  fingerprint: string;
  /** For humans reading or reviewing the file; matching uses the fingerprint only. */
  checkId: string;
  scope: string;
  resourceId: string;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  tool: { name: string; version: string };
  findings: BaselineEntry[];
}

export interface BaselineResult {
  findings: Finding[];
  /** Findings newly marked suppressed by the baseline. */
  matched: number;
  /** Entries no finding matched any more (fixed or removed): candidates to prune. */
  stale: BaselineEntry[];
}

/** The baseline file for these findings: sorted, deduplicated, without times, so it diffs well. */
export function createBaseline(findings: readonly Finding[], tool = { name: TOOL_NAME, version: TOOL_VERSION }): string {
  const entries = new Map<string, BaselineEntry>();
  for (const finding of findings) {
    if (finding.suppression && finding.suppression.kind !== 'baseline') continue;
    const { fingerprint, checkId, scope, resourceId } = finding;
    entries.set(fingerprint, { fingerprint, checkId, scope, resourceId });
  }
  const baseline: Baseline = { version: BASELINE_VERSION, tool, findings: [...entries.values()].sort(compareEntries) };
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** Marks unsuppressed findings whose fingerprint is in the baseline; `file` names it in the justification. */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline, file: string): BaselineResult {
  const accepted = new Set(baseline.findings.map((entry) => entry.fingerprint));
  const seen = new Set<string>();
  let matched = 0;
  const out = findings.map((finding): Finding => {
    seen.add(finding.fingerprint);
    if (finding.suppression || !accepted.has(finding.fingerprint)) return finding;
    matched++;
    return { ...finding, suppression: { kind: 'baseline', justification: `accepted in baseline ${file}` } };
  });
  const stale = baseline.findings.filter((entry) => !seen.has(entry.fingerprint));
  return { findings: out, matched, stale };
}

export async function readBaseline(file: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new ConfigError(`baseline ${file} cannot be read; create it with \`posture baseline create --output ${file}\``, {
      cause,
      code: 'INPUT_MISSING',
    });
  }
  return parseBaseline(text, file);
}

export function parseBaseline(text: string, file: string): Baseline {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    throw new ConfigError(`baseline ${file} is not JSON (${getErrorMessage(cause)}); recreate it with \`posture baseline create\``, { cause });
  }
  const object = value as Partial<Baseline> | null;
  if (typeof object !== 'object' || object === null || Array.isArray(object)) throw invalid(file, 'the top level must be an object');
  if (object.version !== BASELINE_VERSION) {
    throw invalid(file, `version ${JSON.stringify(object.version)} is not supported (expected ${BASELINE_VERSION})`);
  }
  if (!Array.isArray(object.findings)) throw invalid(file, '"findings" must be a list');
  object.findings.forEach((entry, i) => {
    if (typeof entry?.fingerprint !== 'string' || !/^[0-9a-f]{64}$/.test(entry.fingerprint)) {
      throw invalid(file, `findings[${i}].fingerprint must be a sha256 in hex`);
    }
  });
  const tool = object.tool ?? { name: TOOL_NAME, version: 'unknown' };
  return { version: BASELINE_VERSION, tool, findings: object.findings };
}

function invalid(file: string, detail: string): ConfigError {
  return new ConfigError(`baseline ${file} is invalid: ${detail}; recreate it with \`posture baseline create\``);
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  for (const key of ['checkId', 'scope', 'resourceId', 'fingerprint'] as const) {
    if (a[key] !== b[key]) return a[key] < b[key] ? -1 : 1;
  }
  return 0;
}
