import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { posix } from 'node:path';
import type { Diagnostic, ParsedDocument, SourceFormat } from './model/index.js';
import { fileStart } from './model/index.js';
import { discover, type Discovery } from './discover/index.js';
import { isWithin } from './fs/boundary.js';
import type { Logger } from './logging.js';
import { configDirectories, moduleDirectoryRequests, type ManifestEntry } from './resolve/terraform/requests.js';
import { MAX_STACK_DEPTH, nestedTemplateRequests } from './resolve/cloudformation/index.js';

/** How deep module calls are followed outside the scanned paths (Terraform itself has no limit; 16 levels is far past real trees). */
const MAX_ROUNDS = 16;
/** The most module directories read for one scan, beyond the scanned paths. */
const MAX_DIRECTORIES = 2_000;
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
const MANIFEST = '.terraform/modules/modules.json';

export interface FollowContext {
  root: string;
  exclude: string[];
  logger: Logger;
  parse: (discovery: Discovery) => Promise<ParsedDocument[]>;
}

export interface Followed {
  /** The files read as dependencies (their texts, for suppressions and excerpts). */
  discovery: Discovery;
  documents: ParsedDocument[];
  /** `.terraform/modules/modules.json` of each Terraform directory that has one, by directory. */
  manifests: Map<string, ManifestEntry[]>;
}

/**
 * Reads what the scanned files need and do not contain, as `terraform init` would: the directories
 * of local modules called from outside the scanned paths and of vendored modules; and the local
 * child templates of CloudFormation nested stacks. Each is
 * discovered and parsed like any scanned file (its errors are diagnostics), marked `dependency`.
 * Nothing outside the scan root is read; a call there stays unresolved (the resolver says so).
 */
export async function followDependencies(documents: readonly ParsedDocument[], context: FollowContext): Promise<Followed> {
  const out: Followed = { discovery: { files: [], skipped: [], diagnostics: [] }, documents: [], manifests: new Map() };
  const all = [...documents];
  const loaded = new Set(configDirectories(documents));
  const checked = new Set<string>();
  const rootReal = await realpath(context.root).catch(() => context.root);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    for (const dir of configDirectories(all)) {
      if (checked.has(dir)) continue;
      checked.add(dir);
      const manifest = await readManifest(context.root, rootReal, dir, out.discovery.diagnostics);
      if (manifest) out.manifests.set(dir, manifest);
    }
    const requests = moduleDirectoryRequests(all, out.manifests, loaded).filter((dir) => !dir.startsWith('../') && dir !== '..');
    if (requests.length === 0) break;
    if (loaded.size + requests.length > MAX_DIRECTORIES) {
      out.discovery.diagnostics.push(limitReached(requests[0]!));
      break;
    }
    for (const dir of requests) loaded.add(dir);
    const files = (await Promise.all(requests.map((dir) => configFiles(context.root, rootReal, dir, out.discovery.diagnostics)))).flat();
    if (files.length === 0) continue;
    all.push(...(await readDependencies(files, context, out)));
  }
  if (out.documents.length > 0) context.logger.info(`read ${out.documents.length} Terraform files of modules called from the scanned paths`);
  await followNestedTemplates(all, context, rootReal, out);
  return out;
}

/**
 * The child templates of CloudFormation nested stacks (`AWS::CloudFormation::Stack` TemplateURL,
 * `AWS::Serverless::Application` Location) given as local paths and not among the scanned files,
 * as `aws cloudformation package` reads them: each round reads one more level of nesting, as deep
 * as the resolver follows. A template outside the scan root is not read (the resolver reports it).
 */
async function followNestedTemplates(all: ParsedDocument[], context: FollowContext, rootReal: string, out: Followed): Promise<void> {
  const loaded = new Set(all.filter((d) => d.file.format === 'cloudformation').map((d) => d.file.path));
  let read = 0;
  for (let round = 0; round < MAX_STACK_DEPTH; round++) {
    const requests = nestedTemplateRequests(all, loaded);
    if (requests.length === 0) break;
    for (const file of requests) loaded.add(file);
    const files = (await Promise.all(requests.map((file) => templateFile(context.root, rootReal, file)))).flatMap((f) => (f === undefined ? [] : [f]));
    if (files.length === 0) break;
    // the parent names them as templates: one that does not look like one is still read as one
    const parsed = await readDependencies(files, context, out, 'cloudformation');
    all.push(...parsed);
    read += parsed.length;
  }
  if (read > 0) context.logger.info(`read ${read} CloudFormation templates of nested stacks in the scanned templates`);
}

/** Discovers and parses `files` as dependencies of the scan, into `out`; returns what was parsed. */
async function readDependencies(files: string[], context: FollowContext, out: Followed, assume?: SourceFormat): Promise<ParsedDocument[]> {
  const discovery = await discover({ paths: files, root: context.root, exclude: context.exclude, logger: context.logger, ...(assume ? { assume } : {}) });
  for (const file of discovery.files) file.dependency = true;
  const parsed = await context.parse(discovery);
  out.discovery.files.push(...discovery.files);
  out.discovery.skipped.push(...discovery.skipped);
  out.discovery.diagnostics.push(...discovery.diagnostics);
  out.documents.push(...parsed);
  return parsed;
}

/** `file` (relative to the root) as an absolute path, when it is a regular file inside the root on disk. */
async function templateFile(root: string, rootReal: string, file: string): Promise<string | undefined> {
  if (file === '..' || file.startsWith('../')) return undefined;
  const absolute = path.join(root, ...file.split('/'));
  const real = await realpath(absolute).catch(() => undefined);
  if (real === undefined || !isWithin(rootReal, real)) return undefined;
  const stats = await stat(real).catch(() => undefined);
  return stats?.isFile() === true ? absolute : undefined;
}

/**
 * The `.tf` and `.tf.json` files directly in `dir` (a module is one directory), when it lies inside
 * the root on disk; a directory that leads out through a link is PATH_REFUSED, naming it.
 */
async function configFiles(root: string, rootReal: string, dir: string, diagnostics: Diagnostic[]): Promise<string[]> {
  const absolute = path.join(root, ...dir.split('/'));
  const real = await realpath(absolute).catch(() => undefined);
  if (real === undefined) return [];
  if (!isWithin(rootReal, real)) {
    const message = `module directory ${dir} resolves to ${real}, outside the scan root; its files are not read`;
    diagnostics.push({ code: 'PATH_REFUSED', level: 'error', message, range: fileStart(dir) });
    return [];
  }
  const entries = await readdir(absolute, { withFileTypes: true }).catch(() => []);
  // regular files only: a link is not followed (it could lead out of the repository)
  return entries.filter((e) => e.isFile() && /\.tf(\.json)?$/.test(e.name)).map((e) => path.join(absolute, e.name)).sort();
}

async function readManifest(root: string, rootReal: string, dir: string, diagnostics: Diagnostic[]): Promise<ManifestEntry[] | undefined> {
  const file = path.join(root, ...dir.split('/'), ...MANIFEST.split('/'));
  const real = await realpath(file).catch(() => undefined);
  if (real === undefined) return undefined; // terraform init was not run here
  const shown = posix.join(dir, MANIFEST);
  if (!isWithin(rootReal, real)) {
    diagnostics.push({ code: 'PATH_REFUSED', level: 'error', message: `${shown} leads outside the scan root; its modules are not read`, range: fileStart(shown) });
    return undefined;
  }
  try {
    const text = await readFile(real);
    if (text.length > MAX_MANIFEST_BYTES) throw new Error(`larger than ${MAX_MANIFEST_BYTES / 1024 / 1024} MiB`);
    const parsed = JSON.parse(text.toString('utf8')) as { Modules?: unknown };
    const modules = Array.isArray(parsed.Modules) ? (parsed.Modules as { Key?: unknown; Dir?: unknown }[]) : [];
    return modules.flatMap((m) => (typeof m.Key === 'string' && typeof m.Dir === 'string' && m.Key !== '' ? [{ Key: m.Key, Dir: m.Dir }] : []));
  } catch (error) {
    const message = `cannot read ${shown}: ${error instanceof Error ? error.message : String(error)}; the modules it lists are not read`;
    diagnostics.push({ code: 'FILE_UNREADABLE', level: 'error', message, range: fileStart(shown) });
    return undefined;
  }
}

function limitReached(dir: string): Diagnostic {
  return {
    code: 'LIMIT_EXCEEDED',
    level: 'error',
    message: `more than ${MAX_DIRECTORIES} module directories called from the scanned paths; ${dir} and later ones are not read`,
    range: fileStart(dir),
  };
}
