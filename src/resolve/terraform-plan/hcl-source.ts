import { posix } from 'node:path';
import type { ParsedDocument } from '../../model/index.js';
import type { ConfigModule } from '../../parsers/terraform-plan/index.js';
import type { HclBlock, HclFile } from '../../parsers/terraform/index.js';
import { isLocalSource, joinDir } from '../terraform/config-tree.js';

/** What a module directory declares: `type.name` of its resources and `module.name` of its calls. */
function declarations(docs: ParsedDocument<HclFile>[]): Set<string> {
  const out = new Set<string>();
  for (const block of docs.flatMap((d) => d.value.body.blocks)) {
    if (block.type === 'resource' && block.labels.length === 2) out.add(block.labels.join('.'));
    if (block.type === 'module' && block.labels.length === 1) out.add(`module.${block.labels[0]}`);
  }
  return out;
}

function configDeclarations(module: ConfigModule): Set<string> {
  const resources = (Array.isArray(module.resources) ? module.resources : []).filter((r) => r?.mode !== 'data').map((r) => `${r.type}.${r.name}`);
  return new Set([...resources, ...Object.keys(module.module_calls ?? {}).map((name) => `module.${name}`)]);
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/** A call's source as a directory relative to the caller's; undefined for a registry or remote source. */
function localSource(dir: string, source: unknown): string | undefined {
  return typeof source === 'string' && isLocalSource(source) ? joinDir(dir, source) : undefined;
}

/** The scanned Terraform configuration files by directory: where a plan's resources were written. */
export class HclIndex {
  private readonly byDir = new Map<string, ParsedDocument<HclFile>[]>();

  constructor(docs: ParsedDocument[]) {
    for (const doc of docs) {
      if (doc.file.format !== 'terraform' || doc.value === undefined || !/\.tf(\.json)?$/.test(doc.file.path)) continue;
      const dir = posix.dirname(doc.file.path);
      (this.byDir.get(dir) ?? this.byDir.set(dir, []).get(dir)!).push(doc as ParsedDocument<HclFile>);
    }
  }

  /**
   * The root module directory a plan was made from: the directory whose files declare exactly
   * the resources and module calls of the plan's root module, preferring the plan's own directory
   * (where `terraform show -json` is usually run); undefined when none or several others match.
   */
  rootFor(planPath: string, root: ConfigModule | undefined): string | undefined {
    if (root === undefined || typeof root !== 'object') return undefined;
    const wanted = configDeclarations(root);
    if (wanted.size === 0) return undefined;
    const own = posix.dirname(planPath);
    const matches = (dir: string): boolean => sameSet(declarations(this.byDir.get(dir) ?? []), wanted);
    if (matches(own)) return own;
    const others = [...this.byDir.keys()].filter(matches);
    return others.length === 1 ? others[0] : undefined;
  }

  /** The directory of the module `calls` lead to from `root`; undefined past a non-local source. */
  moduleDir(root: string, config: ConfigModule | undefined, calls: string[]): string | undefined {
    let dir: string | undefined = root;
    let module = config;
    for (const call of calls) {
      const next = module?.module_calls?.[call];
      dir = dir === undefined ? undefined : localSource(dir, next?.source);
      module = next?.module;
    }
    return dir;
  }

  /** The `resource "type" "name"` block in a directory's files. */
  resourceBlock(dir: string, type: string, name: string): HclBlock | undefined {
    for (const doc of this.byDir.get(dir) ?? []) {
      const block = doc.value.body.blocks.find((b) => b.type === 'resource' && b.labels[0] === type && b.labels[1] === name);
      if (block) return block;
    }
    return undefined;
  }
}
