import path from 'node:path';
import type { Diagnostic, FailOn, Finding, Inconclusive, ParsedDocument, Report, Resource, Violation } from './model/index.js';
import { compareDiagnostics, compareFindings, compareStrings, Deadline, DEFAULT_MAX_SCAN_SECONDS, incompleteness, SEVERITIES } from './model/index.js';
import { CatalogIndex, loadCatalog } from './catalog/index.js';
import { discover, type DiscoveredFile, type Discovery } from './discover/index.js';
import { Boundary } from './fs/boundary.js';
import { defaultScanRoot } from './discover/root.js';
import { followDependencies } from './follow.js';
import { applyBaseline, type Baseline } from './baseline/index.js';
import { applySeverityOverrides, type PostureConfig } from './config/index.js';
import { applySuppressions, indexResources, type WaiverUse } from './suppress/index.js';
import { PolicyEngine, defaultPolicyDirectory, evalWorkerEntry, readPolicyBundle, useEvalWorker, type EvaluationMode } from './engine/index.js';
import { buildFindings, findInconclusive } from './findings/index.js';
import { computeScore } from './findings/score.js';
import { buildExcerpts, sourceTexts } from './findings/excerpt.js';
import type { Logger } from './logging.js';
import { normalizeResolved, type Normalized } from './normalize/index.js';
import { resolveDocuments, type ResolveOptions } from './resolve/index.js';
import { loadUserPolicies } from './policies/user.js';
import { parseFiles } from './parsers/pool.js';
import { readVarFiles } from './parsers/terraform/var-files.js';
import { extraSourcePaths, readExtraSources, type ExtraSources } from './sources.js';
import { linkFindingsToTemplates } from './findings/template-link.js';
import { scopeMayMissFiles, unreadFiles, withholdUnreadScope, type UnreadFile } from './findings/unread-scope.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

export type { FailOn } from './model/index.js';

export interface GateOptions {
  paths: string[];
  /**
   * Report paths are relative to this directory, and no file outside it is read. By default the git
   * work tree holding the scanned paths, else their common directory (`defaultScanRoot`): the same
   * files give the same report from anywhere.
   */
  root?: string;
  exclude?: string[];
  failOn: FailOn;
  logger: Logger;
  policyDirectory?: string;
  mode?: EvaluationMode;
  /** Reuse an engine across runs (tests, benchmarks); loaded from policyDirectory otherwise. */
  engine?: PolicyEngine;
  /** Helm charts, Kustomize overlays, AWS Config snapshots and live documents. */
  sources?: ExtraSources;
  /** Values from outside the files: Terraform variables and var files, CloudFormation parameters. */
  resolve?: ResolveOptions;
  /** `.posture.yaml`: exclusions, severity overrides, waivers. */
  config?: PostureConfig;
  /** Accepted findings: those whose fingerprint is in the baseline do not block. */
  baseline?: { file: string; baseline: Baseline };
  /** The date waivers and inline `until=` expiries are judged against; now by default. */
  now?: Date;
  /**
   * Only these frameworks' checks are evaluated and reported (`--framework`); the configuration
   * file's `frameworks` when not given; every check when both are empty.
   */
  frameworks?: string[];
  /** User policy directories or bundles (`--policy`, `policies:`), absolute; evaluated beside the built-in checks. */
  policies?: string[];
  /** Where compiled policy directories are cached (`--cache-dir`); the user's cache directory when absent. */
  cacheDir?: string;
  /** The same scan at a base commit (`--diff-base`): its score is reported beside this one. */
  comparison?: NonNullable<Report['base']>;
  /**
   * CloudFormation templates (files or directories, absolute) read only to show live findings at
   * the line that created the resource (`posture aws --templates`): not evaluated, not reported,
   * except what is wrong with them (their diagnostics).
   */
  templates?: string[];
  /**
   * Strict mode (`--strict`, `strict: true`): an incomplete scan fails. The gate only carries it;
   * the CLI exits 2 and the Action fails the step when `report.incomplete` is set.
   */
  strict?: boolean;
  /**
   * The scan's wall-clock budget (`--max-scan-seconds`, `max-scan-seconds:`, the Action's input);
   * DEFAULT_MAX_SCAN_SECONDS from the start of runGate when not given. Past it, files not yet
   * parsed, resolved, normalised or evaluated are LIMIT_EXCEEDED diagnostics: the scan is incomplete.
   */
  deadline?: Deadline;
}

export type Stage = 'discover' | 'parse' | 'resolve' | 'normalize' | 'evaluate' | 'findings';

export interface GateResult {
  report: Report;
  /** Unsuppressed findings at or above fail-on. */
  blocking: Finding[];
  /** Milliseconds spent in each stage. */
  timings: Record<Stage, number>;
  /** Which config waivers matched which findings, and which have expired (for an audit). */
  waiverUse: WaiverUse[];
  /** The normalised resources, attributes included (`--record` stores their configuration). */
  resources?: Resource[];
}

/** The one entry point: discover → parse → resolve → normalize → evaluate → findings → report. */
export async function runGate(options: GateOptions): Promise<GateResult> {
  const startedAt = new Date().toISOString();
  const root = path.resolve(options.root ?? defaultScanRoot(options.paths, process.cwd()));
  const { logger } = options;
  const deadline = options.deadline ?? new Deadline(DEFAULT_MAX_SCAN_SECONDS);
  const timings = {} as Record<Stage, number>;
  const stopPolicies = new AbortController();
  const timed = async <T>(stage: Stage, run: () => Promise<T> | T): Promise<T> => {
    deadline.at(stage);
    const start = performance.now();
    const result = await logger.group(stage, async () => run()).catch((error: unknown) => {
      stopPolicies.abort(); // a scan that fails early does not wait for a policy compile to end
      throw error;
    });
    timings[stage] = performance.now() - start;
    return result;
  };
  const policyDirectory = options.policyDirectory ?? options.engine?.bundle.directory ?? defaultPolicyDirectory();
  // Loaded while the scan discovers and parses: a --policy directory compiles in a worker meanwhile.
  const policies = loadPolicies(options, policyDirectory, stopPolicies.signal);
  policies.catch(() => {}); // awaited before evaluating; a failure is thrown there

  const exclude = [...(options.config?.exclude ?? []), ...(options.exclude ?? [])];
  const include = options.config?.include;
  const boundary = scanBoundary(root, options);
  const scanned = await timed('discover', () => discover({ paths: options.paths, root, include, exclude, logger, boundary }));
  const { documents, discovery, manifests, extra, varFiles } = await timed('parse', async () => {
    const rendered = await readExtraSources(options.sources ?? {}, root, boundary);
    const varFiles = await readVarFiles(options.resolve?.terraform?.varFiles ?? [], root, boundary);
    const parsed = [...(await parseAll(scanned.files, logger, deadline)), ...rendered.documents];
    const followed = await followDependencies(parsed, { root, exclude, logger, parse: (d) => parseAll(d.files, logger, deadline) });
    const merged = mergeDiscoveries(scanned, followed.discovery);
    return { documents: [...parsed, ...followed.documents], discovery: merged, manifests: followed.manifests, extra: rendered, varFiles };
  });
  const resolveOptions = { ...options.resolve, terraform: { ...options.resolve?.terraform, varFileDocuments: varFiles.documents } };
  const resolved = await timed('resolve', () => resolveDocuments(documents, resolveOptions, { manifests, deadline }));
  const normalized = await timed('normalize', () => normalizeResolved(resolved, deadline));
  logger.info(`normalized ${normalized.resources.length} resources`);
  const scopes = groupByScope(normalized.resources);
  const { catalog, engines } = await policies;
  const unread = unreadFiles(documents, discovery.diagnostics);
  const evaluation = { resourceCount: normalized.resources.length, timed, catalog, logger, deadline, unread };
  const collected = await evaluateScopes(scopes, engines, evaluation);
  const { inconclusive } = collected;
  const suppressed = suppress(collected.findings, { options, discovery, resources: normalized.resources, catalog });
  const templates = await readLinkTemplates(options.templates ?? [], { root, include, exclude, logger });
  const findings = linkFindingsToTemplates(suppressed.findings, [...normalized.resources, ...templates.resources], {
    stacks: options.config?.awsStacks,
    warn: (m) => logger.warning(m),
  });
  // masked before it enters the report: nothing downstream ever sees an unmasked line; past the
  // deadline there are none (the report is what matters then, and it is due)
  const excerpts = deadline.expired() ? {} : buildExcerpts(findings, await sourceTexts(findings, new Map(discovery.files.map((f) => [f.path, f.text])), root, boundary));
  if (deadline.expiredDuring !== undefined) {
    logger.warning(`the scan passed --max-scan-seconds ${deadline.seconds} during ${deadline.expiredDuring}: what was not reached is reported as not read, and the scan is incomplete`);
  }
  logger.info(`${findings.length} findings, ${inconclusive.length} inconclusive`);
  const stages = Object.entries(timings).map(([stage, ms]) => `${stage} ${Math.round(ms)}ms`);
  logger.info(`scanned ${documents.length} documents in ${Math.round(sum(Object.values(timings)))}ms (${stages.join(', ')})`);

  const diagnostics = [
    ...discovery.diagnostics,
    ...extra.diagnostics,
    ...varFiles.diagnostics,
    ...documents.flatMap((d) => d.diagnostics),
    ...normalized.diagnostics,
    ...collected.diagnostics,
    ...suppressed.diagnostics,
    ...templates.diagnostics,
  ].sort(compareDiagnostics);
  const incomplete = incompleteness(diagnostics);
  const report: Report = {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    root,
    startedAt,
    files: { scanned: [...new Set(documents.map((d) => d.file.path))].sort(), skipped: discovery.skipped },
    resources: normalized.resources
      .map((r) => ({ id: r.id, type: r.type, format: r.source.format, path: r.source.path }))
      .sort((a, b) => compareStrings(a.path, b.path) || compareStrings(a.id, b.id)),
    findings,
    inconclusive,
    diagnostics,
    ...(incomplete ? { incomplete } : {}),
    // a resource whose scope was not evaluated (deadline) is neither passing nor failing
    score: computeScore(normalized.resources.filter((r) => collected.evaluated.has(r.scope)), findings, catalog),
    catalog: catalog.catalog,
    excerpts,
    ...(options.comparison ? { base: options.comparison } : {}),
  };
  const result = { report, blocking: blockingFindings(findings, options.failOn), timings, waiverUse: suppressed.waiverUse };
  return { ...result, resources: normalized.resources };
}

/**
 * Where the scan may read: the git work tree holding the root (else the root), plus any path the
 * user named outside it (scanned paths, charts, overlays, snapshot files). A file reached through
 * a link is read only when its real path lies inside.
 */
function scanBoundary(root: string, options: GateOptions): Boundary {
  return Boundary.of(root, [...options.paths, ...extraSourcePaths(options.sources ?? {})]);
}

/** The built-in checks and the user's, as one catalogue (seen through --framework) and their engines. */
async function loadPolicies(options: GateOptions, policyDirectory: string, signal?: AbortSignal): Promise<{ catalog: CatalogIndex; engines: PolicyEngine[] }> {
  const frameworks = options.frameworks?.length ? options.frameworks : (options.config?.frameworks ?? []);
  const [builtIn, engine] = await Promise.all([
    loadCatalog(policyDirectory),
    options.engine ?? readPolicyBundle(policyDirectory).then((bundle) => PolicyEngine.load({ bundle, mode: options.mode, rawForCanonical: false })),
  ]);
  const users = await loadUserPolicies(options.policies ?? [], builtIn, { ...(options.cacheDir === undefined ? {} : { cacheDir: options.cacheDir }), signal });
  for (const user of users) options.logger.info(`loaded ${user.catalog.checks.length} checks from ${user.source}${user.cached ? ' (compiled earlier: cached)' : ''}`);
  const merged = {
    ...builtIn,
    checks: [...builtIn.checks, ...users.flatMap((u) => u.catalog.checks)],
    frameworks: [...builtIn.frameworks, ...users.flatMap((u) => u.catalog.frameworks)],
  };
  const userEngines = await Promise.all(users.map((u) => PolicyEngine.load({ bundle: u.bundle, mode: options.mode })));
  return { catalog: new CatalogIndex(merged).restrictedTo(frameworks), engines: [engine, ...userEngines] };
}

async function parseAll(files: DiscoveredFile[], logger: Logger, deadline?: Deadline): Promise<ParsedDocument[]> {
  const { documents, workers, retried } = await parseFiles(files.map(({ text, ...file }) => ({ file, text })), logger, { deadline });
  const errors = documents.filter((d) => d.diagnostics.some((x) => x.level === 'error')).length;
  const threads = workers === 0 ? '' : ` with ${workers} parse worker(s)${retried > 0 ? `, ${retried} retried in the main thread` : ''}`;
  logger.info(`parsed ${documents.length} files${threads} (${errors} with errors)`);
  return documents;
}

/** The CloudFormation resources of the `templates` paths, for linking only; what is wrong with them is kept as diagnostics. */
async function readLinkTemplates(
  paths: string[],
  context: { root: string; include?: string[]; exclude: string[]; logger: Logger },
): Promise<{ resources: Resource[]; diagnostics: Diagnostic[] }> {
  if (paths.length === 0) return { resources: [], diagnostics: [] };
  const discovery = await discover({ paths, ...context });
  const documents = (await parseAll(discovery.files, context.logger)).filter((d) => d.file.format === 'cloudformation');
  const normalized: Normalized = normalizeResolved(resolveDocuments(documents));
  const resources = normalized.resources.filter((r) => r.source.format === 'cloudformation');
  context.logger.info(`templates: ${resources.length} CloudFormation resources in ${documents.length} files, for linking live findings`);
  // nested stacks' templates are not followed here: one that is not among these paths is not a gap in the live scan
  const diagnostics = normalized.diagnostics.filter((d) => d.code !== 'STACK_UNRESOLVED');
  return { resources, diagnostics: [...discovery.diagnostics, ...documents.flatMap((d) => d.diagnostics), ...diagnostics] };
}

function mergeDiscoveries(a: Discovery, b: Discovery): Discovery {
  return { files: [...a.files, ...b.files], skipped: [...a.skipped, ...b.skipped], diagnostics: [...a.diagnostics, ...b.diagnostics] };
}

function groupByScope(resources: Resource[]): Map<string, Resource[]> {
  const scopes = new Map<string, Resource[]>();
  for (const resource of resources) {
    (scopes.get(resource.scope) ?? scopes.set(resource.scope, []).get(resource.scope)!).push(resource);
  }
  return scopes;
}

interface EvaluationContext {
  resourceCount: number;
  timed: <T>(stage: Stage, run: () => Promise<T> | T) => Promise<T>;
  catalog: CatalogIndex;
  logger: Logger;
  /** Checked before each scope: a scope not reached in time is not evaluated, and its files say so. */
  deadline: Deadline;
  /** Files not read in full: a cross-resource check's violations in a scope that may miss one are inconclusive. */
  unread: UnreadFile[];
}

/**
 * Evaluates every scope and joins the violations into findings. With a worker thread (a big
 * scan of several scopes) the 'evaluate' stage only serialises and sends each scope, and the
 * 'findings' stage builds each scope's findings as soon as its violations arrive, while the
 * worker evaluates the next: the stage times then overlap rather than add up.
 */
async function evaluateScopes(
  allScopes: Map<string, Resource[]>,
  engines: PolicyEngine[],
  { resourceCount, timed, catalog, logger, deadline, unread }: EvaluationContext,
): Promise<{ findings: Finding[]; inconclusive: Inconclusive[]; diagnostics: Diagnostic[]; evaluated: Set<string> }> {
  const scopes = new Map<string, Resource[]>();
  const diagnostics: Diagnostic[] = [];
  const entry = useEvalWorker(resourceCount, allScopes.size) ? evalWorkerEntry() : undefined;
  if (entry !== undefined) {
    for (const engine of engines) engine.startWorker(entry);
    logger.info(`evaluating ${allScopes.size} scopes in a worker thread`);
  }
  try {
    const pending = await timed('evaluate', () => {
      const sent: Promise<Violation[]>[] = [];
      for (const [scope, resources] of allScopes) {
        if (deadline.expired()) {
          for (const file of new Set(resources.map((r) => r.source.path))) diagnostics.push(deadline.notReached(file, 'evaluate'));
          continue;
        }
        deadline.at('evaluate', scope);
        scopes.set(scope, resources);
        sent.push(Promise.all(engines.map((engine) => engine.evaluateAsync(resources))).then((lists) => lists.flat()));
      }
      return sent;
    });
    // awaited in order below; a later scope's failure must not surface as an unhandled rejection first
    for (const violations of pending) violations.catch(() => undefined);
    return { ...(await timed('findings', () => collectFindings(scopes, pending, catalog, unread))), diagnostics, evaluated: new Set(scopes.keys()) };
  } finally {
    await Promise.all(engines.map((engine) => engine.release()));
  }
}

async function collectFindings(scopes: Map<string, Resource[]>, violations: Promise<Violation[]>[], catalog: CatalogIndex, unread: UnreadFile[]) {
  const findings: Finding[] = [];
  const inconclusive: Inconclusive[] = [];
  let index = 0;
  for (const resources of scopes.values()) {
    // checks outside the selected frameworks ran (one wasm evaluation covers all) but do not count
    const scopeViolations = (await violations[index++]).filter((v) => catalog.check(v.checkId) !== undefined);
    const byId = new Map(resources.map((r) => [r.id, r]));
    // a violation withheld as inconclusive is not also counted inconclusive for an unknown it reads
    const { violations: conclusive, inconclusive: withheld } = scopeMayMissFiles(resources, unread)
      ? withholdUnreadScope(scopeViolations, byId, catalog)
      : { violations: scopeViolations, inconclusive: [] };
    for (const finding of buildFindings(conclusive, byId, catalog)) findings.push(finding);
    for (const entry of [...withheld, ...findInconclusive(resources, scopeViolations, catalog)]) inconclusive.push(entry);
  }
  return { findings: findings.sort(compareFindings), inconclusive };
}

interface SuppressContext {
  options: GateOptions;
  discovery: Discovery;
  resources: Resource[];
  catalog: CatalogIndex;
}

/** Severity overrides, then inline suppressions and waivers, then the baseline (in that precedence). */
function suppress(found: Finding[], { options, discovery, resources, catalog }: SuppressContext) {
  const findings = options.config ? applySeverityOverrides(found, options.config.severity) : found;
  const result = applySuppressions({
    findings,
    texts: new Map(discovery.files.map((f) => [f.path, f.text])),
    ...indexResources(resources),
    waivers: options.config?.waivers ?? [],
    checkOf: (id) => catalog.check(id),
    now: options.now ?? new Date(),
  });
  if (!options.baseline) return result;
  const baselined = applyBaseline(result.findings, options.baseline.baseline, options.baseline.file);
  return { ...result, findings: baselined.findings };
}

export function blockingFindings(findings: Finding[], failOn: FailOn): Finding[] {
  if (failOn === 'none') return [];
  const threshold = SEVERITIES.indexOf(failOn);
  return findings.filter((f) => !f.suppression && SEVERITIES.indexOf(f.severity) <= threshold);
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

