import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import type { Diagnostic, ParsedDocument } from '../../model/index.js';
import { parseTerraformLoaded, type HclFile } from '../../parsers/terraform/index.js';
import type { FileAccess } from './eval/scope.js';

const isConfig = (path: string): boolean => /\.tf(\.json)?$/.test(path);

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
  return posix.join(dir, source).replace(/(.)\/+$/, '$1');
}

/**
 * Every Terraform document of a scan, by directory (relative to the scan root), plus the scan
 * root on disk for `file()` and for modules `terraform init` vendored under `.terraform/modules`.
 */
export class ConfigTree {
  readonly config = new Map<string, ParsedDocument<HclFile>[]>();
  readonly varDocs = new Map<string, ParsedDocument<HclFile>[]>();
  readonly scanRoot: string | undefined;
  private readonly vendored = new Map<string, ParsedDocument<HclFile>[] | undefined>();
  private readonly warned = new Set<string>();

  constructor(docs: ParsedDocument<HclFile>[], readonly diagnostics: Diagnostic[]) {
    for (const doc of docs) {
      const dir = posix.dirname(doc.file.path);
      const into = isConfig(doc.file.path) ? this.config : this.varDocs;
      into.set(dir, [...(into.get(dir) ?? []), doc]);
      const abs = doc.file.absolutePath.split(sep).join('/');
      if (this.scanRoot === undefined && abs.endsWith(`/${doc.file.path}`)) this.scanRoot = abs.slice(0, -doc.file.path.length - 1);
    }
  }

  /** A warning about a block, once per scan however many module instances evaluate the block. */
  warnOnce(diagnostic: Diagnostic): void {
    const key = `${diagnostic.range.path}:${diagnostic.range.startLine}:${diagnostic.message}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.diagnostics.push(diagnostic);
  }

  /** Directories no scanned module calls with a local source; then any left unreached (call cycles). */
  roots(): string[] {
    const called = new Set<string>();
    for (const [dir, docs] of this.config) {
      for (const { source } of moduleSources(docs)) if (source !== undefined && isLocalSource(source)) called.add(joinDir(dir, source));
    }
    const dirs = [...this.config.keys()].sort();
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
    if (this.scanRoot === undefined) return undefined;
    const manifest = join(this.scanRoot, root, '.terraform', 'modules', 'modules.json');
    const entry = this.readManifest(manifest).find((m) => m.Key === key);
    if (entry === undefined || typeof entry.Dir !== 'string') return undefined;
    const dir = posix.normalize(posix.join(root, entry.Dir));
    if (dir.startsWith('../')) return undefined;
    if (!this.vendored.has(dir)) this.vendored.set(dir, this.readDirectory(dir));
    const docs = this.vendored.get(dir);
    return docs === undefined ? undefined : { dir, docs };
  }

  private readManifest(path: string): { Key?: unknown; Dir?: unknown }[] {
    try {
      const parsed = JSON.parse(readFileSync(path, 'utf8')) as { Modules?: unknown };
      return Array.isArray(parsed.Modules) ? (parsed.Modules as { Key?: unknown; Dir?: unknown }[]) : [];
    } catch {
      return []; // no manifest: terraform init was not run
    }
  }

  private readDirectory(dir: string): ParsedDocument<HclFile>[] | undefined {
    const abs = join(this.scanRoot ?? '.', dir);
    if (!existsSync(abs)) return undefined;
    const names = readdirSync(abs).filter(isConfig).sort();
    const docs = names.map((name) => parseTerraformLoaded({ absolutePath: join(abs, name), path: `${dir}/${name}`, format: 'terraform' }, readFileSync(join(abs, name), 'utf8')));
    return docs.every((d) => d !== undefined) ? (docs as ParsedDocument<HclFile>[]) : undefined;
  }

  /** `file()` for a root module: paths resolve from the root's directory and must stay inside the scan root. */
  fileAccess(root: string): FileAccess | undefined {
    const scanRoot = this.scanRoot;
    if (scanRoot === undefined) return undefined;
    return {
      read(path: string) {
        const abs = isAbsolute(path) ? path : resolve(scanRoot, root, path);
        const inside = relative(scanRoot, abs);
        if (inside.startsWith('..') || isAbsolute(inside)) return { error: 'the file is outside the scan root' };
        try {
          return { text: readFileSync(abs, 'utf8') };
        } catch {
          return { error: 'the file cannot be read' };
        }
      },
    };
  }
}
