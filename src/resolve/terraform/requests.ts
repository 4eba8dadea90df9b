import { posix } from 'node:path';
import type { ParsedDocument } from '../../model/index.js';
import type { HclFile } from '../../parsers/terraform/index.js';
import { isConfigFile, isLocalSource, joinDir, moduleSources } from './config-tree.js';

/** One entry of `.terraform/modules/modules.json`: a module call key and the directory `terraform init` put it in. */
export interface ManifestEntry {
  Key: string;
  Dir: string;
}

/** The manifests read so far, by the directory (relative to the scan root) of the root module they belong to. */
export type Manifests = ReadonlyMap<string, readonly ManifestEntry[]>;

/**
 * What the module tree needs that is not loaded yet, as `terraform init` walks it: the directory of
 * every local module call (relative to the directory of the file that calls it), and of every
 * module a manifest lists. Directories are relative to the scan root (`a/b`, `.`), and may start
 * with `../` when a call leaves the root: the caller refuses those.
 */
export function moduleDirectoryRequests(docs: readonly ParsedDocument[], manifests: Manifests, loaded: ReadonlySet<string>): string[] {
  const wanted = new Set<string>();
  for (const doc of docs) {
    if (doc.file.format !== 'terraform' || !isConfigFile(doc.file.path) || doc.value === undefined) continue;
    const dir = posix.dirname(doc.file.path);
    for (const { source } of moduleSources([doc as ParsedDocument<HclFile>])) {
      if (source !== undefined && isLocalSource(source)) wanted.add(joinDir(dir, source));
    }
  }
  for (const [root, entries] of manifests) for (const entry of entries) wanted.add(joinDir(root, entry.Dir));
  return [...wanted].filter((dir) => !loaded.has(dir)).sort();
}

/** Directories holding Terraform configuration files among `docs`: where manifests may be. */
export function configDirectories(docs: readonly ParsedDocument[]): string[] {
  const dirs = docs.filter((d) => d.file.format === 'terraform' && isConfigFile(d.file.path)).map((d) => posix.dirname(d.file.path));
  return [...new Set(dirs)].sort();
}
