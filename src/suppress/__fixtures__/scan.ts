/**
 * The real pipeline up to findings, for suppression tests: discover → parse → normalise →
 * evaluate → buildFindings, plus the inputs applySuppressions takes. This is also the wiring the
 * gate does (see the report of this increment).
 */
import path from 'node:path';
import type { Finding, Resource } from '../../model/index.js';
import { CatalogIndex, loadCatalog } from '../../catalog/index.js';
import { discover } from '../../discover/index.js';
import { buildFindings } from '../../findings/index.js';
import { normalizeDocuments } from '../../testing/pipeline.js';
import { parseInput } from '../../parsers/index.js';
import { POLICY_DIRECTORY, REPO_ROOT, sharedEngine } from '../../testing/engine.js';
import { silentLogger, type Logger } from '../../logging.js';
import { indexResources } from '../index.js';
import type { SuppressionInput } from '../types.js';

const quiet: Logger = silentLogger;

export interface ScanResult {
  findings: Finding[];
  resources: Resource[];
  catalog: CatalogIndex;
  input: Omit<SuppressionInput, 'waivers' | 'now'>;
}

/** Scans `fixtures/…` paths relative to the repository, the root being the repository. */
export function scanFixture(...paths: string[]): Promise<ScanResult> {
  return scanPaths(REPO_ROOT, paths);
}

/** Scans paths relative to `root`; report paths and scopes are relative to it. */
export async function scanPaths(root: string, paths: string[]): Promise<ScanResult> {
  const catalog = new CatalogIndex(await loadCatalog(POLICY_DIRECTORY));
  const engine = await sharedEngine();
  const discovery = await discover({ paths: paths.map((p) => path.join(root, p)), root, logger: quiet });
  const documents = await Promise.all(discovery.files.map(({ text, ...file }) => parseInput(file, text)));
  const { resources } = normalizeDocuments(documents);
  const findings: Finding[] = [];
  for (const scope of new Set(resources.map((r) => r.scope))) {
    const inScope = resources.filter((r) => r.scope === scope);
    findings.push(...buildFindings(engine.evaluate(inScope), new Map(inScope.map((r) => [r.id, r])), catalog));
  }
  const texts = new Map(discovery.files.map((f) => [f.path, f.text]));
  const input = { findings, texts, ...indexResources(resources), checkOf: (id: string) => catalog.check(id) };
  return { findings, resources, catalog, input };
}
