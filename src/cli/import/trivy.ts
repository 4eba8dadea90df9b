/**
 * `.trivyignore` (one id a line, `exp:YYYY-MM-DD` for an expiry, `#` comments) and
 * `.trivyignore.yaml` (`misconfigurations:` entries with id, paths, statement, expired_at) →
 * `.posture.yaml` waivers. Vulnerability, secret and licence entries have nothing to map to.
 */
import { parse } from 'yaml';
import { isCalendarDate } from '../../config/index.js';
import { ConfigError } from '../../errors.js';
import type { PeerIndex } from './peer-map.js';
import { waiveSkipped } from './peer-waivers.js';
import type { ImportResult } from './types.js';

/** Package vulnerabilities and advisories: Trivy's other scanners. */
const NOT_MISCONFIGURATION = /^(?:CVE|GHSA|GO|PYSEC|RUSTSEC|OSV|DLA|DSA|RHSA|ALAS|USN)-/i;

interface Ignored {
  id: string;
  expires?: string;
  line: number;
}

export function importTrivyIgnore(text: string, file: string, index: PeerIndex, result: ImportResult): void {
  const entries: Ignored[] = [];
  text.split('\n').forEach((raw, i) => {
    const [id, ...options] = raw.trim().split(/\s+/);
    if (!id || id.startsWith('#')) return;
    const expiry = options.find((option) => option.startsWith('exp:'))?.slice('exp:'.length);
    if (expiry !== undefined && !isCalendarDate(expiry)) {
      result.unmapped.push(`${file}:${i + 1} ${id}: expiry ${expiry} is not a date (YYYY-MM-DD); not imported`);
      return;
    }
    if (NOT_MISCONFIGURATION.test(id)) result.unmapped.push(`${file}:${i + 1} ${id}: a vulnerability id; posture-gate does not scan packages`);
    else entries.push({ id, line: i + 1, ...(expiry ? { expires: expiry } : {}) });
  });
  waiveEntries(entries, file, index, result);
}

/** Ids ignored together; a waiver ends at the earliest expiry of the ids that make it (fail closed). */
function waiveEntries(entries: Ignored[], origin: string, index: PeerIndex, result: ImportResult, scope: { path?: string; statement?: string } = {}): void {
  const before = result.waivers.length;
  waiveSkipped({ ids: entries.map((e) => e.id), origin, ...(scope.path ? { scope: { path: scope.path } } : {}), ...(scope.statement ? { statement: scope.statement } : {}) }, index, result);
  for (const waiver of result.waivers.slice(before)) {
    const reaching = entries.filter((e) => reaches(index, e.id, waiver.check));
    const dates = reaching.map((e) => e.expires).filter((d): d is string => d !== undefined).sort();
    if (dates.length > 0) waiver.expires = dates[0];
  }
}

/** Whether the id is one of the check's peer ids (part of a union the entries cover together). */
function reaches(index: PeerIndex, id: string, checkId: string): boolean {
  const { covered, partial } = index.match([id]);
  return covered.some((c) => c.checkId === checkId) || partial.some((p) => p.checkId === checkId);
}

interface YamlEntry {
  id?: unknown;
  paths?: unknown;
  statement?: unknown;
  expired_at?: unknown;
}

export function importTrivyIgnoreYaml(text: string, file: string, index: PeerIndex, result: ImportResult): void {
  let doc: Record<string, unknown>;
  try {
    doc = (parse(text) ?? {}) as Record<string, unknown>;
  } catch (cause) {
    throw new ConfigError(`${file}: not valid YAML: ${(cause as Error).message.split('\n')[0]}`, { cause });
  }
  if (typeof doc !== 'object' || Array.isArray(doc)) throw new ConfigError(`${file}: expected a mapping (misconfigurations:, vulnerabilities:, …)`);
  for (const [section, value] of Object.entries(doc)) {
    if (section === 'misconfigurations') continue;
    const count = Array.isArray(value) ? value.length : 0;
    result.unmapped.push(`${file} ${section}: ${count} entr${count === 1 ? 'y' : 'ies'} not imported; posture-gate checks configuration only`);
  }
  const list = Array.isArray(doc.misconfigurations) ? (doc.misconfigurations as YamlEntry[]) : [];
  // entries that share their paths and statement are ignored together (a union check needs all its ids)
  const groups = new Map<string, { paths: string[]; statement?: string; entries: Ignored[] }>();
  list.forEach((entry, i) => {
    if (typeof entry?.id !== 'string') return result.unmapped.push(`${file} misconfigurations[${i}]: no id; not imported`);
    const expires = entry.expired_at === undefined ? undefined : dateText(entry.expired_at);
    if (entry.expired_at !== undefined && expires === undefined) return result.unmapped.push(`${file} misconfigurations[${i}] ${entry.id}: expired_at is not a date; not imported`);
    const paths = Array.isArray(entry.paths) ? entry.paths.map(String) : [];
    const statement = typeof entry.statement === 'string' ? entry.statement : undefined;
    const key = JSON.stringify([paths, statement ?? null]);
    const group = groups.get(key) ?? { paths, ...(statement ? { statement } : {}), entries: [] };
    group.entries.push({ id: entry.id, line: i, ...(expires ? { expires } : {}) });
    groups.set(key, group);
  });
  for (const group of groups.values()) {
    for (const path of group.paths.length > 0 ? group.paths : [undefined]) {
      waiveEntries(group.entries, `${file} misconfigurations`, index, result, { ...(path ? { path } : {}), ...(group.statement ? { statement: group.statement } : {}) });
    }
  }
}

/** `expired_at: 2026-12-31` reads as a Date in YAML 1.1 and a string in 1.2. */
function dateText(value: unknown): string | undefined {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return isCalendarDate(text) ? text : undefined;
}
