import type { Finding, PostureScore, Resource, ScoreLine } from '../model/index.js';
import type { CatalogIndex } from '../catalog/index.js';

/**
 * Posture score = resources with no unsuppressed finding / resources scanned. A resource counts
 * as scanned when at least one check applies to its type: a resource no check reads says
 * nothing about posture and would only inflate the score. Per framework, the same over the
 * resources that framework's checks apply to, counting only that framework's findings.
 */
export function computeScore(resources: Resource[], findings: Finding[], catalog: CatalogIndex): PostureScore {
  const failing = new Map<string, Set<string>>();
  for (const finding of findings) {
    if (finding.suppression) continue;
    const frameworks = new Set(finding.controls.map((c) => c.framework));
    for (const key of ['*', ...frameworks]) {
      (failing.get(key) ?? failing.set(key, new Set()).get(key)!).add(`${finding.scope}\u0000${finding.resourceId}`);
    }
  }
  const applicable = new Map<string, Set<string>>();
  for (const resource of resources) {
    for (const check of catalog.checksFor(resource.type)) {
      for (const key of ['*', ...Object.keys(check.frameworks)]) {
        (applicable.get(key) ?? applicable.set(key, new Set()).get(key)!).add(`${resource.scope}\u0000${resource.id}`);
      }
    }
  }
  const line = (key: string): ScoreLine => scoreLine(applicable.get(key), failing.get(key));
  const byFramework: Record<string, ScoreLine> = {};
  for (const framework of catalog.catalog.frameworks) byFramework[framework.id] = line(framework.id);
  return { overall: line('*'), byFramework };
}

function scoreLine(applicable = new Set<string>(), failing = new Set<string>()): ScoreLine {
  const total = applicable.size;
  const passing = [...applicable].filter((id) => !failing.has(id)).length;
  return { passing, total, score: total === 0 ? 1 : passing / total };
}
