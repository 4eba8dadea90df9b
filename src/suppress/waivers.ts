/** `.posture.yaml` waivers: minimatch globs over check id, resource id and file path. */
import { minimatch } from 'minimatch';
import type { Finding } from '../model/index.js';
import type { Waiver } from '../config/index.js';

const GLOB = { dot: true, nocomment: true, nonegate: true } as const;

export function waiverMatches(waiver: Waiver, finding: Finding): boolean {
  return (
    minimatch(finding.checkId, waiver.check, GLOB) &&
    (waiver.resource === undefined || minimatch(finding.resourceId, waiver.resource, GLOB)) &&
    (waiver.path === undefined || minimatch(finding.location.path, waiver.path, GLOB))
  );
}

/** The justification shown in every report: the reason, and who owns the accepted risk. */
export function waiverJustification(waiver: Waiver): string {
  return waiver.owner === undefined ? waiver.reason : `${waiver.reason} (owner: ${waiver.owner})`;
}

/** True when the check pattern is a plain id rather than a glob, so it can be checked against the catalogue. */
export function isLiteralCheck(pattern: string): boolean {
  return !/[*?[\]{}!+@()]/.test(pattern);
}
