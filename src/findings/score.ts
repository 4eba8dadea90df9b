import type { Finding, PostureScore, Resource, ScoreLine } from '../model/index.js';
import type { CatalogIndex } from '../catalog/index.js';

/** Group keys: overall, a framework, one of its requirements, one of its controls. */
const OVERALL = '*';
const frameworkKey = (framework: string): string => `f\u0000${framework}`;
const requirementKey = (framework: string, requirement: string): string => `r\u0000${framework}\u0000${requirement}`;
const controlKey = (framework: string, control: string): string => `c\u0000${framework}\u0000${control}`;

/**
 * Posture score = resources with no unsuppressed finding / resources scanned (a finding accepted
 * by a baseline or `--diff-base` still counts: it is known debt, not an accepted risk). A resource counts
 * as scanned when at least one check applies to its type: a resource no check reads says
 * nothing about posture and would only inflate the score. Applicability is by type and format:
 * a check that runs on Terraform only says nothing about a CloudFormation bucket, so a control
 * whose checks never ran on a resource's format does not count it as passing. Per framework, requirement and
 * control, the same over the resources that group's checks apply to, counting only that
 * group's findings. Controls no check automates have no score (they are manual).
 *
 * The groups a resource belongs to depend only on its type, so totals are counted per type
 * rather than by adding every resource to every group's set: a 100,000-resource account
 * times a few hundred groups per type would be tens of millions of set insertions.
 */
export function computeScore(resources: Resource[], findings: Finding[], catalog: CatalogIndex): PostureScore {
  const groups = new GroupKeys(catalog);
  const typesById = new Map<string, Set<string>>();
  for (const resource of resources) addTo(typesById, `${resource.scope}\u0000${resource.id}`, `${resource.type}\u0000${resource.source.format}`);
  const keysById = new Map<string, ReadonlySet<string>>();
  const resourcesByKeys = new Map<ReadonlySet<string>, number>();
  for (const [id, types] of typesById) {
    const keys = types.size === 1 ? groups.ofType(types.values().next().value!) : union([...types].map((type) => groups.ofType(type)));
    keysById.set(id, keys);
    resourcesByKeys.set(keys, (resourcesByKeys.get(keys) ?? 0) + 1);
  }
  const total = new Map<string, number>();
  for (const [keys, count] of resourcesByKeys) for (const key of keys) total.set(key, (total.get(key) ?? 0) + count);
  const failing = failingCounts(findings, keysById, groups);
  const line = (key: string): ScoreLine => scoreLine(total.get(key) ?? 0, failing.get(key) ?? 0);
  const score: PostureScore = { overall: line(OVERALL), byFramework: {}, byRequirement: {}, byControl: {} };
  for (const framework of catalog.catalog.frameworks) {
    score.byFramework[framework.id] = line(frameworkKey(framework.id));
    const requirements: Record<string, ScoreLine> = {};
    for (const requirement of framework.requirements) {
      if (total.has(requirementKey(framework.id, requirement.id))) requirements[requirement.id] = line(requirementKey(framework.id, requirement.id));
    }
    const controls: Record<string, ScoreLine> = {};
    for (const control of framework.controls) {
      if (total.has(controlKey(framework.id, control.id))) controls[control.id] = line(controlKey(framework.id, control.id));
    }
    score.byRequirement[framework.id] = requirements;
    score.byControl[framework.id] = controls;
  }
  return score;
}

/**
 * Per group, the resources with at least one counted finding there. A resource's failing groups
 * follow from which checks fail on it, so resources are counted per set of failing checks and
 * each distinct set is expanded into groups once.
 */
function failingCounts(findings: Finding[], keysById: ReadonlyMap<string, ReadonlySet<string>>, groups: GroupKeys): Map<string, number> {
  const checksById = new Map<string, Set<string>>();
  const keysByCheck = new Map<string, readonly string[]>();
  for (const finding of findings) {
    // a baseline only stops old findings from blocking; they still count against the posture
    if (finding.suppression && finding.suppression.kind !== 'baseline') continue;
    const id = `${finding.scope}\u0000${finding.resourceId}`;
    if (!keysById.has(id)) continue;
    addTo(checksById, id, finding.checkId);
    if (!keysByCheck.has(finding.checkId)) {
      keysByCheck.set(finding.checkId, [OVERALL, ...finding.controls.flatMap(({ framework, control }) => groups.ofControl(framework, control))]);
    }
  }
  const resourcesBySignature = new Map<string, { applicable: ReadonlySet<string>; checks: Set<string>; count: number }>();
  for (const [id, checks] of checksById) {
    const applicable = keysById.get(id)!;
    const signature = `${groups.signatureOf(applicable)}\u0001${[...checks].sort().join('\u0000')}`;
    const entry = resourcesBySignature.get(signature);
    if (entry) entry.count++;
    else resourcesBySignature.set(signature, { applicable, checks, count: 1 });
  }
  const counts = new Map<string, number>();
  for (const { applicable, checks, count } of resourcesBySignature.values()) {
    const keys = new Set([...checks].flatMap((check) => keysByCheck.get(check)!).filter((key) => applicable.has(key)));
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + count);
  }
  return counts;
}

/** The groups of one control and of one resource type, each worked out once per score. */
class GroupKeys {
  private readonly byControl = new Map<string, string[]>();
  private readonly byType = new Map<string, ReadonlySet<string>>();
  private readonly signatures = new Map<ReadonlySet<string>, string>();

  constructor(private readonly catalog: CatalogIndex) {}

  ofControl(framework: string, control: string): string[] {
    const cacheKey = controlKey(framework, control);
    let keys = this.byControl.get(cacheKey);
    if (keys === undefined) {
      const requirement = this.catalog.requirementOf(framework, control);
      keys = [frameworkKey(framework), cacheKey, ...(requirement === undefined ? [] : [requirementKey(framework, requirement)])];
      this.byControl.set(cacheKey, keys);
    }
    return keys;
  }

  /** Every group a resource of this `type\0format` is scanned for: none when no check reads the type in that format. */
  ofType(typeAndFormat: string): ReadonlySet<string> {
    let keys = this.byType.get(typeAndFormat);
    if (keys === undefined) {
      const [type, format] = typeAndFormat.split('\u0000') as [string, string];
      const checks = this.catalog.checksFor(type).filter((check) => coversFormat(check.formats, format));
      const set = new Set<string>(checks.length > 0 ? [OVERALL] : []);
      for (const check of checks) {
        for (const [framework, controls] of Object.entries(check.frameworks)) {
          for (const control of controls) for (const key of this.ofControl(framework, control)) set.add(key);
        }
      }
      keys = set;
      this.byType.set(typeAndFormat, keys);
    }
    return keys;
  }

  /** A name for one set this class handed out (the same set object → the same name). */
  signatureOf(keys: ReadonlySet<string>): string {
    let name = this.signatures.get(keys);
    if (name === undefined) this.signatures.set(keys, (name = String(this.signatures.size)));
    return name;
  }
}

/**
 * Whether a check judges resources read from `format`. A plan's resources are Terraform's own,
 * normalised alike, so a Terraform check covers them (its formats list `terraform-plan` only
 * where the plan has its own examples).
 */
function coversFormat(formats: readonly string[], format: string): boolean {
  return formats.includes(format) || (format === 'terraform-plan' && formats.includes('terraform'));
}

function union(sets: ReadonlySet<string>[]): ReadonlySet<string> {
  return new Set(sets.flatMap((set) => [...set]));
}

function addTo(groups: Map<string, Set<string>>, key: string, value: string): void {
  (groups.get(key) ?? groups.set(key, new Set()).get(key)!).add(value);
}

function scoreLine(total: number, failing: number): ScoreLine {
  const passing = total - failing;
  return { passing, total, score: total === 0 ? 1 : passing / total };
}
