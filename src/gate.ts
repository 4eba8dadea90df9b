import path from 'node:path';
import type { Diagnostic, Finding, Inconclusive, ParsedDocument, Report, Resource, Severity, Violation } from './model/index.js';
import { SEVERITIES } from './model/index.js';
import { CatalogIndex, loadCatalog } from './catalog/index.js';
import { discover, type DiscoveredFile } from './discover/index.js';
import { PolicyEngine, defaultPolicyDirectory, readPolicyBundle, type EvaluationMode } from './engine/index.js';
import { buildFindings, compareFindings, findInconclusive } from './findings/index.js';
import { computeScore } from './findings/score.js';
import type { Logger } from './logging.js';
import { normalizeDocuments } from './normalize/index.js';
import { parseInput } from './parsers/index.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

export type FailOn = Severity | 'none';

export interface GateOptions {
  paths: string[];
  /** Report paths are relative to this directory; the current directory by default. */
  root?: string;
  exclude?: string[];
  failOn: FailOn;
  logger: Logger;
  policyDirectory?: string;
  mode?: EvaluationMode;
  /** Reuse an engine across runs (tests, benchmarks); loaded from policyDirectory otherwise. */
  engine?: PolicyEngine;
}

export type Stage = 'discover' | 'parse' | 'normalize' | 'evaluate' | 'findings';

export interface GateResult {
  report: Report;
  /** Unsuppressed findings at or above fail-on. */
  blocking: Finding[];
  /** Milliseconds spent in each stage. */
  timings: Record<Stage, number>;
}

/** The one entry point: discover → parse → normalize → evaluate → findings. */
export async function runGate(options: GateOptions): Promise<GateResult> {
  const startedAt = new Date().toISOString();
  const root = path.resolve(options.root ?? process.cwd());
  const { logger } = options;
  const timings = {} as Record<Stage, number>;
  const timed = async <T>(stage: Stage, run: () => Promise<T> | T): Promise<T> => {
    const start = performance.now();
    const result = await logger.group(stage, async () => run());
    timings[stage] = performance.now() - start;
    return result;
  };
  const policyDirectory = options.policyDirectory ?? options.engine?.bundle.directory ?? defaultPolicyDirectory();
  const [catalog, engine] = await Promise.all([
    loadCatalog(policyDirectory).then((c) => new CatalogIndex(c)),
    options.engine ?? readPolicyBundle(policyDirectory).then((bundle) => PolicyEngine.load({ bundle, mode: options.mode })),
  ]);

  const discovery = await timed('discover', () => discover({ paths: options.paths, root, exclude: options.exclude, logger }));
  const documents = await timed('parse', () => parseAll(discovery.files, logger));
  const normalized = await timed('normalize', () => normalizeDocuments(documents));
  logger.info(`normalized ${normalized.resources.length} resources`);
  const scopes = groupByScope(normalized.resources);
  const violations = await timed('evaluate', () => [...scopes.values()].map((resources) => engine.evaluate(resources)));
  const { findings, inconclusive } = await timed('findings', () => collectFindings(scopes, violations, catalog));
  logger.info(`${findings.length} findings, ${inconclusive.length} inconclusive`);
  const stages = Object.entries(timings).map(([stage, ms]) => `${stage} ${Math.round(ms)}ms`);
  logger.info(`scanned ${discovery.files.length} files in ${Math.round(sum(Object.values(timings)))}ms (${stages.join(', ')})`);

  const diagnostics = [...discovery.diagnostics, ...documents.flatMap((d) => d.diagnostics), ...normalized.diagnostics].sort(compareDiagnostics);
  const report: Report = {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    root,
    startedAt,
    files: { scanned: discovery.files.map((f) => f.path), skipped: discovery.skipped },
    resources: normalized.resources
      .map((r) => ({ id: r.id, type: r.type, format: r.source.format, path: r.source.path }))
      .sort((a, b) => a.path.localeCompare(b.path) || a.id.localeCompare(b.id)),
    findings,
    inconclusive,
    diagnostics,
    score: computeScore(normalized.resources, findings, catalog),
    catalog: catalog.catalog,
  };
  return { report, blocking: blockingFindings(findings, options.failOn), timings };
}

async function parseAll(files: DiscoveredFile[], logger: Logger): Promise<ParsedDocument[]> {
  const documents: ParsedDocument[] = [];
  for (const { text, ...input } of files) documents.push(await parseInput(input, text));
  const errors = documents.filter((d) => d.diagnostics.some((x) => x.level === 'error')).length;
  logger.info(`parsed ${documents.length} files (${errors} with errors)`);
  return documents;
}

function groupByScope(resources: Resource[]): Map<string, Resource[]> {
  const scopes = new Map<string, Resource[]>();
  for (const resource of resources) {
    (scopes.get(resource.scope) ?? scopes.set(resource.scope, []).get(resource.scope)!).push(resource);
  }
  return scopes;
}

function collectFindings(scopes: Map<string, Resource[]>, violations: Violation[][], catalog: CatalogIndex) {
  const findings: Finding[] = [];
  const inconclusive: Inconclusive[] = [];
  let index = 0;
  for (const resources of scopes.values()) {
    const scopeViolations = violations[index++];
    const byId = new Map(resources.map((r) => [r.id, r]));
    findings.push(...buildFindings(scopeViolations, byId, catalog));
    inconclusive.push(...findInconclusive(resources, scopeViolations, catalog));
  }
  return { findings: findings.sort(compareFindings), inconclusive };
}

export function blockingFindings(findings: Finding[], failOn: FailOn): Finding[] {
  if (failOn === 'none') return [];
  const threshold = SEVERITIES.indexOf(failOn);
  return findings.filter((f) => !f.suppression && SEVERITIES.indexOf(f.severity) <= threshold);
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.range.path.localeCompare(b.range.path) || a.range.startLine - b.range.startLine;
}
