/**
 * `posture report compliance --format csv`: one row per failing resource of each control, and one
 * row (no resource) per control with none, for a spreadsheet or a GRC tool. Cells that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) are prefixed with `'`:
 * resource ids and paths come from the scanned files.
 */
import type { Report } from '../model/index.js';
import { buildCompliance } from './compliance.js';

const HEADER = ['framework', 'framework_version', 'requirement', 'control', 'status', 'check', 'resource', 'location'];

export function renderComplianceCsv(report: Report): string {
  const rows: string[][] = [HEADER];
  for (const framework of buildCompliance(report)) {
    for (const requirement of framework.requirements) {
      for (const control of requirement.controls) {
        const base = [framework.id, framework.version, requirement.id, control.id, control.status];
        if (control.failing.length === 0) rows.push([...base, control.checks.join(' '), '', '']);
        for (const f of control.failing) rows.push([...base, f.checkId, f.resourceId, `${f.location.path}:${f.location.startLine}`]);
      }
    }
  }
  // RFC 4180: CRLF line ends
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** One RFC 4180 field, defused against formula injection. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
