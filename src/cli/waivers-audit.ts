import type { Waiver } from '../config/index.js';
import type { WaiverUse } from '../suppress/index.js';
import { formatColumns } from './columns.js';

export type WaiverStatus = 'active' | 'expired' | 'unused';

export interface WaiverAuditRow extends Omit<Waiver, 'source'> {
  status: WaiverStatus;
  findings: number;
  /** Where the waiver is written: `.posture.yaml:12`. */
  source: string;
}

/**
 * `posture waivers audit`: every waiver of the configuration with what it did in this scan. An
 * expired waiver no longer suppresses anything; an unused one matches nothing (the risk is gone,
 * or its globs are wrong): both are worth a look, so either makes the audit fail.
 */
export function auditWaivers(usage: WaiverUse[]): WaiverAuditRow[] {
  return usage.map(({ waiver: { source, ...waiver }, expired, fingerprints }) => ({
    ...waiver,
    status: expired ? 'expired' : fingerprints.length === 0 ? 'unused' : 'active',
    findings: fingerprints.length,
    source: `${source.path}:${source.startLine}`,
  }));
}

export function renderWaiverAudit(rows: WaiverAuditRow[], format: 'table' | 'json'): string {
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  if (rows.length === 0) return 'No waivers in the configuration.\n';
  const header = ['STATUS', 'FINDINGS', 'CHECK', 'RESOURCE', 'PATH', 'EXPIRES', 'OWNER', 'WHERE', 'REASON'];
  const cells = rows.map((r) => [r.status, String(r.findings), r.check, r.resource ?? '*', r.path ?? '*', r.expires ?? '-', r.owner ?? '-', r.source, r.reason]);
  return formatColumns([header, ...cells]);
}
