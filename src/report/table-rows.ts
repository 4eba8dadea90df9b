/**
 * The terminal table's rows: one per finding, except that a module's finding reached through
 * several `module` calls (the same check, resource, place and message) is one row listing its
 * callers, instead of the same line ten times with nothing telling them apart.
 */
import type { Finding, ModuleCallSite, Severity } from '../model/index.js';
import { compareFindings, compareStrings } from '../model/order.js';
import { sanitize } from './ansi.js';

export interface TableRow {
  finding: Finding;
  /** `examples/complete/main.tf:20 (module "vpc")`, one per distinct caller; empty outside modules. */
  callers: string[];
}

const SEVERITY_RANK: Record<Severity, number> = { CRITICAL: 0, HIGH: 1, MEDIUM: 2, LOW: 3 };

/** Rows grouped by file (in path order), CRITICAL first within a file, then by line. */
export function tableRows(findings: readonly Finding[]): Map<string, TableRow[]> {
  const rows = new Map<string, TableRow>();
  for (const finding of [...findings].sort(compareFindings)) {
    const key = rowKey(finding);
    const caller = callerOf(finding.moduleCalls);
    const row = rows.get(key);
    if (row === undefined) rows.set(key, { finding, callers: caller === undefined ? [] : [caller] });
    else if (caller !== undefined && !row.callers.includes(caller)) row.callers.push(caller);
  }
  const groups = new Map<string, TableRow[]>();
  for (const row of rows.values()) {
    const path = row.finding.location.path;
    (groups.get(path) ?? groups.set(path, []).get(path)!).push(row);
  }
  for (const group of groups.values()) group.sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || compareFindings(a.finding, b.finding));
  return new Map([...groups].sort(([a], [b]) => compareStrings(a, b)));
}

/** What makes two findings one row: all a reader sees of them, except where they were called from. */
function rowKey(finding: Finding): string {
  const { path, startLine, startColumn } = finding.location;
  const suppression = finding.suppression ? [finding.suppression.kind, finding.suppression.justification, finding.suppression.expires ?? ''] : [];
  return JSON.stringify([path, startLine, startColumn, finding.checkId, finding.severity, finding.resourceId, finding.message, finding.attributePath, suppression]);
}

/**
 * The call in the root module that led to the finding (where a user changes the inputs), named
 * by the innermost module's address: `main.tf:20 (module "vpc")`, or
 * `main.tf:3 (module.net[0].module.subnets["a"])` through nested modules.
 */
export function callerOf(calls: readonly ModuleCallSite[] | undefined): string | undefined {
  if (calls === undefined || calls.length === 0) return undefined;
  const { path, startLine } = calls[0]!.location;
  const address = calls[calls.length - 1]!.address;
  const simple = /^module\.([\w-]+)$/.exec(address);
  return `${sanitize(path)}:${startLine} (${simple ? `module "${simple[1]}"` : sanitize(address)})`;
}

/** `called from a.tf:20 (module "vpc")`; several callers: `called from 3 callers: a.tf:20, b.tf:9 (module "vpc"); c.tf:4 (module "x")`. */
export function describeCallers(callers: readonly string[]): string | undefined {
  if (callers.length === 0) return undefined;
  if (callers.length === 1) return `called from ${callers[0]}`;
  const byModule = new Map<string, string[]>();
  for (const caller of callers) {
    const split = caller.lastIndexOf(' (');
    const module = caller.slice(split);
    (byModule.get(module) ?? byModule.set(module, []).get(module)!).push(caller.slice(0, split));
  }
  const parts = [...byModule].map(([module, places]) => `${places.join(', ')}${module}`);
  return `called from ${callers.length} callers: ${parts.join('; ')}`;
}
