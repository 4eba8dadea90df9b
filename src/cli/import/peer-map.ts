/**
 * Peer ids → built-in checks, through the catalogue's `peers`. A check that is the union of several
 * peer checks (AWS-0002: the four Block Public Access settings) is waived only when every one of
 * them is skipped: skipping one of four must not silence the other three (fail closed).
 */
import type { CheckMeta } from '../../model/index.js';
import { peerCoverage, peerGroups } from '../../catalog/peer-groups.js';

export type PeerTool = 'checkov' | 'trivy';

export interface PeerMatch {
  /** Checks every peer check of which is skipped: safe to waive; `by`: the skipped ids that reach it. */
  covered: { checkId: string; by: string[] }[];
  /**
   * Checks some but not all of whose peer checks are skipped (`missing`: the ids still not
   * skipped), or reached by a skipped peer check narrower than ours (`narrower`: those ids).
   */
  partial: { checkId: string; missing: string[]; narrower?: string[] }[];
}

export class PeerIndex {
  private readonly checks: { meta: CheckMeta; groups: string[][] }[];

  constructor(checks: readonly CheckMeta[], private readonly tool: PeerTool) {
    this.checks = checks.filter((c) => !c.deprecated).map((meta) => ({ meta, groups: peerGroups(meta.peers, tool).map((g) => g.map(upper)) }));
  }

  /** Whether any of our checks lists the id. */
  knows(id: string): boolean {
    const wanted = upper(id);
    return this.checks.some((c) => c.groups.some((g) => g.includes(wanted)));
  }

  /** Our checks that the skipped ids reach, split into fully and partly covered. */
  match(skipped: Iterable<string>): PeerMatch {
    const original = new Map([...skipped].map((id) => [upper(id), id]));
    const set = new Set(original.keys());
    const covered: PeerMatch['covered'] = [];
    const partial: PeerMatch['partial'] = [];
    for (const { meta, groups } of this.checks) {
      const coverage = peerCoverage(meta, this.tool, set);
      if (coverage === 'none') continue;
      if (coverage === 'whole') {
        covered.push({ checkId: meta.id, by: [...set].filter((id) => groups.some((g) => g.includes(id))).map((id) => original.get(id)!) });
        continue;
      }
      const missing = groups.filter((group) => !group.some((id) => set.has(id))).map((group) => group[0]);
      const narrower = (meta.partialPeers ?? []).filter((id) => set.has(upper(id)));
      partial.push({ checkId: meta.id, missing, ...(narrower.length > 0 ? { narrower } : {}) });
    }
    return { covered, partial };
  }
}

function upper(id: string): string {
  return id.toUpperCase();
}
