/** Skipped peer ids → waivers for the checks they cover whole, and a line for each id that waives nothing. */
import type { PeerIndex } from './peer-map.js';
import type { ImportedWaiver, ImportResult } from './types.js';

export interface SkipSet {
  /** The peer ids skipped together (for one resource, one path, or everywhere). */
  ids: string[];
  /** Where they come from, for reasons and messages: `.checkov.yaml skip-check`. */
  origin: string;
  /** Waiver fields shared by the waivers this set gives (resource, path, expires). */
  scope?: Omit<ImportedWaiver, 'check' | 'reason'>;
  /** The reason the peer file gives, if any. */
  statement?: string;
  /** Leave ids no check lists to the caller (a baseline names them once per resource). */
  quietUnknown?: boolean;
}

export function waiveSkipped(set: SkipSet, index: PeerIndex, result: ImportResult): void {
  const { covered, partial } = index.match(set.ids);
  for (const { checkId, by } of covered) {
    const reason = set.statement ?? `imported from ${set.origin} (${by.join(', ')})`;
    addWaiver(result, { check: checkId, ...set.scope, reason });
  }
  const where = set.scope?.resource ? ` for ${set.scope.resource}` : set.scope?.path ? ` for ${set.scope.path}` : '';
  for (const { checkId, missing, narrower } of partial) {
    if (narrower) result.unmapped.push(`${set.origin}${where}: ${narrower.join(', ')} covers only part of what ${checkId} checks; not waived`);
    else result.unmapped.push(`${set.origin}${where}: ${checkId} also covers ${missing.join(', ')}, which ${missing.length > 1 ? 'are' : 'is'} not skipped; not waived`);
  }
  if (set.quietUnknown) return;
  for (const id of set.ids.filter((id) => !index.knows(id))) {
    result.unmapped.push(`${set.origin}${where}: ${id}: no posture-gate check is the same control; nothing to waive`);
  }
}

function addWaiver(result: ImportResult, waiver: ImportedWaiver): void {
  const key = (w: ImportedWaiver) => `${w.check}\u0000${w.resource ?? ''}\u0000${w.path ?? ''}`;
  if (result.waivers.some((existing) => key(existing) === key(waiver))) return;
  result.waivers.push(waiver);
}
