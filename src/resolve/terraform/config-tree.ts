import { isAbsolute, posix, relative, resolve, sep } from 'node:path';
import { Boundary, pathRefused } from '../../fs/boundary.js';
import { listTree } from '../../fs/tree.js';
import type { Diagnostic, ParsedDocument } from '../../model/index.js';
import type { HclFile } from '../../parsers/terraform/index.js';
import type { FileAccess } from './eval/scope.js';
import type { FileLister } from './eval/functions/files.js';
import type { Manifests } from './requests.js';

/** A `.tf` or `.tf.json` file (not a `.tfvars`). */
export const isConfigFile = (path: string): boolean => /\.tf(\.json)?$/.test(path);

/** The literal `source` of every `module` block in a directory's files. */
export function moduleSources(docs: ParsedDocument<HclFile>[]): { name: string; source: string | undefined }[] {
  return docs.flatMap((doc) =>
    doc.value.body.blocks
      .filter((b) => b.type === 'module' && b.labels[0] !== undefined)
      .map((b) => {
        const expr = b.body.attributes.source?.expr;
        return { name: b.labels[0], source: expr?.kind === 'literal' && typeof expr.value === 'string' ? expr.value : undefined };
      }),
  );
}

export const isLocalSource = (source: string): boolean => source.startsWith('./') || source.startsWith('../');

/** The directory a local source names, in the form directories are keyed by (`a/b`, `.`). */
export function joinDir(dir: string, source: string): string {
  // posix.join keeps one trailing slash at most (`a/b/`); `/` alone stays
  const joined = posix.join(dir, source);
  return joined.length > 1 && joined.endsWith('/') ? joined.slice(0, -1) : joined;
}

/**
 * Every Terraform document of a scan, by directory (relative to the scan root): the scanned ones and
 * those read because a module call needs them (`InputFile.dependency`), the manifests of modules
 * `terraform init` vendored under `.terraform/modules`, and the scan root on disk for `file()`.
 */
export class ConfigTree {
  readonly config = new Map<string, ParsedDocument<HclFile>[]>();
  readonly varDocs = new Map<string, ParsedDocument<HclFile>[]>();
  readonly scanRoot: string | undefined;
  /** Every file()/fileset() read resolves its real path inside this (the git work tree, else the scan root). */
  private readonly boundary: Boundary | undefined;
  private readonly dependencies = new Set<string>();
  private readonly warned = new Set<string>();

  constructor(
    docs: ParsedDocument<HclFile>[],
    readonly diagnostics: Diagnostic[],
    private readonly manifests: Manifests = new Map(),
  ) {
    for (const doc of docs) {
      if (doc.file.dependency === true) this.dependencies.add(posix.dirname(doc.file.path));
      const dir = posix.dirname(doc.file.path);
      const into = isConfigFile(doc.file.path) ? this.config : this.varDocs;
      (into.get(dir) ?? into.set(dir, []).get(dir)!).push(doc);
      const abs = doc.file.absolutePath.split(sep).join('/');
      if (this.scanRoot === undefined && abs.endsWith(`/${doc.file.path}`)) this.scanRoot = abs.slice(0, -doc.file.path.length - 1);
    }
    this.boundary = this.scanRoot === undefined ? undefined : Boundary.of(this.scanRoot);
  }

  /** A warning about a block, once per scan however many module instances evaluate the block. */
  warnOnce(diagnostic: Diagnostic): void {
    const key = `${diagnostic.range.path}:${diagnostic.range.startLine}:${diagnostic.message}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.diagnostics.push(diagnostic);
  }

  /**
   * Directories no scanned module calls with a local source; then any left unreached (call cycles).
   * A directory read only because a call needs it is never a root.
   */
  roots(): string[] {
    const called = new Set<string>();
    for (const [dir, docs] of this.config) {
      for (const { source } of moduleSources(docs)) if (source !== undefined && isLocalSource(source)) called.add(joinDir(dir, source));
    }
    const dirs = [...this.config.keys()].filter((d) => !this.dependencies.has(d)).sort();
    const roots = dirs.filter((d) => !called.has(d));
    const reached = new Set<string>();
    const visit = (dir: string): void => {
      if (reached.has(dir)) return;
      reached.add(dir);
      for (const { source } of moduleSources(this.config.get(dir) ?? [])) if (source !== undefined && isLocalSource(source)) visit(joinDir(dir, source));
    };
    roots.forEach(visit);
    for (const dir of dirs) {
      if (reached.has(dir)) continue;
      roots.push(dir);
      visit(dir);
    }
    return roots;
  }

  /** A module `terraform init` installed for `root`: `.terraform/modules/modules.json` maps the call key to a directory. */
  vendoredModule(root: string, key: string): { dir: string; docs: ParsedDocument<HclFile>[] } | undefined {
    const entry = this.manifests.get(root)?.find((m) => m.Key === key);
    if (entry === undefined) return undefined;
    const dir = joinDir(root, entry.Dir);
    const docs = this.config.get(dir);
    return docs === undefined ? undefined : { dir, docs };
  }

  /**
   * `file()` and `fileset()` for a root module: paths resolve from the root's directory, and a
   * file is read only when its real path (links followed) is inside the repository boundary. A
   * refused read is a PATH_REFUSED diagnostic naming the path in the repository.
   */
  fileAccess(root: string): (FileAccess & FileLister) | undefined {
    const { scanRoot, boundary } = this;
    if (scanRoot === undefined || boundary === undefined) return undefined;
    const where = (path: string): { abs: string; shown: string } => {
      const abs = isAbsolute(path) ? path : resolve(scanRoot, root, path);
      const inside = relative(scanRoot, abs);
      return { abs, shown: inside.startsWith('..') || isAbsolute(inside) ? abs : inside.split(sep).join('/') };
    };
    return {
      read: (path: string) => {
        const { abs, shown } = where(path);
        const result = boundary.readText(abs);
        if ('text' in result) return { text: result.text };
        if ('refused' in result) this.warnOnce(pathRefused(shown, `file("${path}")`, result.refused));
        return { error: 'refused' in result ? 'the file is outside the repository boundary' : 'the file cannot be read' };
      },
      list: (path: string) => {
        const { abs, shown } = where(path);
        const listing = listTree(boundary, abs);
        for (const r of listing.refused) this.warnOnce(pathRefused(r.relative === '.' ? shown : posix.join(shown, r.relative), `fileset("${path}")`, r.reason));
        if (listing.refused.some((r) => r.relative === '.')) return { error: 'the directory is outside the repository boundary' };
        if (listing.truncated) return { error: 'the directory holds too many files' };
        return { files: listing.files.map((f) => f.relative) };
      },
    };
  }
}
