import { isUnknown, type AttributePath } from '../model/index.js';

export interface AttributeChange {
  path: AttributePath;
  /** Absent when the attribute is new. */
  before?: unknown;
  /** Absent when the attribute was removed. */
  after?: unknown;
}

/**
 * The leaves that differ between two normalised configurations, in path order. Lists compare by
 * position (a rule inserted first shifts the rest, as in a plan). Unknown values are leaves.
 */
export function diffAttributes(before: Record<string, unknown>, after: Record<string, unknown>): AttributeChange[] {
  const left = flatten(before);
  const right = flatten(after);
  const changes: AttributeChange[] = [];
  for (const [key, { path, value }] of left) {
    const other = right.get(key);
    if (!other) changes.push({ path, before: value });
    else if (JSON.stringify(other.value) !== JSON.stringify(value)) changes.push({ path, before: value, after: other.value });
  }
  for (const [key, { path, value }] of right) if (!left.has(key)) changes.push({ path, after: value });
  return changes.sort((a, b) => (formatPath(a.path) < formatPath(b.path) ? -1 : 1));
}

type Leaves = Map<string, { path: AttributePath; value: unknown }>;

function flatten(value: unknown, at: AttributePath = [], leaves: Leaves = new Map()): Leaves {
  const children: [string | number, unknown][] | undefined = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : value !== null && typeof value === 'object' && !isUnknown(value)
      ? Object.entries(value)
      : undefined;
  if (children === undefined || children.length === 0) {
    if (at.length > 0) leaves.set(JSON.stringify(at), { path: at, value });
    return leaves;
  }
  for (const [key, item] of children) flatten(item, [...at, key], leaves);
  return leaves;
}

/** `versioning.enabled`, `ingress[0].cidr_blocks[1]`, `tags["app.kubernetes.io/name"]`. */
export function formatPath(path: AttributePath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/** A value as a diff line shows it: JSON, unknowns as `(unknown: reason)`, absence as `(absent)`. */
export function formatValue(value: unknown, present: boolean): string {
  if (!present) return '(absent)';
  if (isUnknown(value)) return value.reason ? `(unknown: ${value.reason})` : '(unknown)';
  const text = JSON.stringify(value) ?? 'null';
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** `versioning.enabled: true → false`. */
export function formatChange(change: AttributeChange): string {
  return `${formatPath(change.path)}: ${formatValue(change.before, 'before' in change)} → ${formatValue(change.after, 'after' in change)}`;
}

/** Whether a finding's attribute path and a changed path touch: one contains the other. */
export function pathsOverlap(a: AttributePath, b: AttributePath): boolean {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false;
  return true;
}
