import type { AttributePath } from '../../model/source.js';

/**
 * A value inside one configuration item, with the path where it is written in the item. The
 * path stops at a JSON string: values the API encodes as strings (`configuration`, every
 * `supplementaryConfiguration` value) have no positions of their own, so their contents are
 * located at the string.
 */
export interface Located {
  value: unknown;
  readonly at: AttributePath;
  /** True once the path went through a JSON string: `at` cannot go deeper. */
  opaque: boolean;
}

/**
 * A Located that knows only its parent and its own key: the path is put together when asked for
 * (provenance asks only for values a finding points at), instead of copying the parent's path
 * into a new array at every step of every item.
 */
class ItemNode implements Located {
  constructor(
    readonly value: unknown,
    readonly opaque: boolean,
    private readonly parent?: ItemNode,
    private readonly key?: string | number,
    /** A root's own path, when it is not the item itself. */
    private readonly base: AttributePath = [],
  ) {}

  get at(): AttributePath {
    if (this.parent === undefined) return this.base;
    return this.key === undefined ? this.parent.at : [...this.parent.at, this.key];
  }
}

/** Top-level item fields whose name differs between the snapshot and the API. */
const ALIASES: Record<string, string[]> = {
  arn: ['ARN', 'arn'],
  accountId: ['awsAccountId', 'accountId'],
};

export function itemRoot(item: unknown): Located {
  return new ItemNode(item, false);
}

/**
 * Decodes a JSON-encoded string, repeatedly: the API encodes `configuration` and supplementary
 * values as strings, and some writers (moto's AccessControlList) encode them twice. A string
 * that is not JSON stays as it is.
 */
export function decodeJson(value: unknown): unknown {
  let current = value;
  for (let depth = 0; depth < 3 && typeof current === 'string'; depth++) {
    const text = current.trim();
    if (!/^[[{"]/.test(text)) break;
    try {
      current = JSON.parse(text) as unknown;
    } catch {
      break;
    }
  }
  return current;
}

/**
 * The child `key` of `parent`. Object keys match exactly first, then ignoring case, because
 * the snapshot, the API and older items spell some names differently (`ARN`/`arn`,
 * `sseAlgorithm`/`SSEAlgorithm`). A missing child has `value: undefined`.
 */
export function child(parent: Located, key: string | number): Located {
  const decoded = decodeJson(parent.value);
  const opaque = parent.opaque || decoded !== parent.value;
  let found: string | number | undefined;
  let value: unknown;
  if (typeof key === 'number') {
    if (Array.isArray(decoded) && key < decoded.length) {
      found = key;
      value = decoded[key];
    }
  } else if (decoded !== null && typeof decoded === 'object' && !Array.isArray(decoded)) {
    const record = decoded as Record<string, unknown>;
    found = findKey(record, ALIASES[key] ?? [key]);
    value = found === undefined ? undefined : record[found];
  }
  const node = parent instanceof ItemNode ? parent : new ItemNode(parent.value, parent.opaque, undefined, undefined, parent.at);
  return new ItemNode(value, opaque, node, opaque ? undefined : found);
}

/** `child` along a path. */
export function dig(parent: Located, ...path: (string | number)[]): Located {
  return path.reduce<Located>((node, key) => child(node, key), parent);
}

function findKey(record: Record<string, unknown>, names: string[]): string | undefined {
  for (const name of names) if (Object.prototype.hasOwnProperty.call(record, name)) return name;
  const lower = new Set(names.map((name) => name.toLowerCase()));
  return Object.keys(record).find((key) => lower.has(key.toLowerCase()));
}

/** The elements of a list (decoded), each located; [] when the value is not a list. */
export function elements(node: Located): Located[] {
  const decoded = decodeJson(node.value);
  if (!Array.isArray(decoded)) return [];
  return decoded.map((_, i) => child(node, i));
}

/** A string value, or undefined for anything else (null included: Config writes null for "not set"). */
export function text(node: Located): string | undefined {
  const value = decodeJson(node.value);
  return typeof value === 'string' ? value : undefined;
}

/** A boolean, also from the strings "true"/"false" that some items use (`IsRequesterPaysEnabled`). */
export function bool(node: Located): boolean | undefined {
  const value = decodeJson(node.value);
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  return undefined;
}

export function num(node: Located): number | undefined {
  const value = decodeJson(node.value);
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value);
  return undefined;
}

/** True when the node holds something: Config writes null for a block that is not set. */
export function present(node: Located): boolean {
  const value = decodeJson(node.value);
  return value !== undefined && value !== null;
}
