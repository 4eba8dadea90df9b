import path from 'node:path';
import { Boundary, pathRefused } from './fs/boundary.js';
import { InflateBudget, InflateLimitError } from './fs/inflate.js';
import { fileStart, type Diagnostic, type InputFile, type ParsedDocument } from './model/index.js';
import { readSnapshotFile, parseAwsConfigSnapshot } from './parsers/aws-config/index.js';
import { renderHelm } from './render/helm.js';
import { parseKustomized } from './render/kustomize-document.js';
import { renderKustomize } from './render/kustomize.js';
import { parseRendered } from './render/rendered-document.js';
import { toReportPath } from './discover/index.js';
import type { S3ReadOptions } from './aws/s3-snapshots.js';

export interface HelmInput {
  chartDir: string;
  valuesFiles?: string[];
  set?: string[];
}

/** Inputs that are not plain files to discover: rendered charts and overlays, and AWS Config. */
export interface ExtraSources {
  helm?: HelmInput[];
  kustomize?: string[];
  /** Let kustomize fetch remote bases (`--kustomize-allow-remote`); refused otherwise. */
  kustomizeAllowRemote?: boolean;
  /** `--helm-bin`: the helm to run; PATH, outside the scanned tree, otherwise. */
  helmBin?: string;
  /** `--kustomize-bin`: kustomize or kubectl; PATH, outside the scanned tree, otherwise. */
  kustomizeBin?: string;
  /** Snapshot files (plain or gzipped), whatever their names, or `s3://BUCKET/KEY` and `s3://BUCKET/PREFIX/`. */
  awsConfigSnapshots?: string[];
  /** How to reach S3 for `s3://` snapshots (an endpoint for tests); the standard chain otherwise. */
  s3?: S3ReadOptions;
  /** Documents fetched already, e.g. live AWS Config items (`posture aws`). */
  documents?: ParsedDocument[];
}

/**
 * Renders and reads the extra sources into parsed documents whose paths are relative to the
 * scan root, so a finding in a Helm chart points at the chart's template file. Rendering
 * failures are ConfigErrors (exit 2): the user asked for that input explicitly.
 */
export async function readExtraSources(
  sources: ExtraSources,
  root: string,
  boundary = Boundary.of(root, extraSourcePaths(sources)),
): Promise<{ documents: ParsedDocument[]; diagnostics: Diagnostic[] }> {
  const documents: ParsedDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const chart of sources.helm ?? []) {
    const chartDir = toReportPath(root, path.resolve(chart.chartDir));
    const valuesFiles = chart.valuesFiles?.map((f) => path.resolve(f));
    const rendered = await renderHelm({ ...chart, chartDir, cwd: root, valuesFiles, boundary, helmPath: sources.helmBin });
    diagnostics.push(...rendered.diagnostics);
    for (const file of rendered.files) documents.push(parseRendered(file, path.resolve(root, file.path)));
  }
  for (const dir of sources.kustomize ?? []) {
    const options = { dir: toReportPath(root, path.resolve(dir)), cwd: root, allowRemote: sources.kustomizeAllowRemote, boundary, kustomizePath: sources.kustomizeBin };
    const rendered = await renderKustomize(options);
    diagnostics.push(...rendered.diagnostics);
    for (const file of rendered.files) documents.push(parseKustomized(file));
  }
  const inflate = new InflateBudget();
  for (const snapshot of sources.awsConfigSnapshots ?? []) {
    if (isS3Uri(snapshot)) {
      const read = await readS3SnapshotDocuments(snapshot, { ...sources.s3, inflate });
      documents.push(...read.documents);
      diagnostics.push(...read.diagnostics);
      continue;
    }
    const absolutePath = path.resolve(snapshot);
    const file: InputFile = { absolutePath, path: toReportPath(root, absolutePath), format: 'aws-config' };
    const resolved = boundary.containsLexically(absolutePath) ? boundary.resolve(absolutePath) : { real: absolutePath };
    if ('refused' in resolved) {
      diagnostics.push(pathRefused(file.path, '--aws-config-snapshot', resolved.refused));
      continue;
    }
    try {
      documents.push(parseAwsConfigSnapshot(file, await readSnapshotFile('real' in resolved ? resolved.real : absolutePath, inflate)));
    } catch (error) {
      if (!(error instanceof InflateLimitError)) throw error;
      diagnostics.push(limitExceeded(file.path, error));
    }
  }
  documents.push(...(sources.documents ?? []));
  return { documents, diagnostics };
}

/** The local paths the user named as extra sources: each one's own tree is inside the boundary. */
export function extraSourcePaths(sources: ExtraSources): string[] {
  const snapshots = (sources.awsConfigSnapshots ?? []).filter((s) => !isS3Uri(s));
  return [...(sources.helm ?? []).map((c) => c.chartDir), ...(sources.kustomize ?? []), ...snapshots];
}

export function isS3Uri(value: string): boolean {
  return value.startsWith('s3://');
}

/** Snapshots in S3, each a document whose path is its `s3://` URI. The SDK is loaded only when asked for. */
async function readS3SnapshotDocuments(uri: string, options: S3ReadOptions): Promise<{ documents: ParsedDocument[]; diagnostics: Diagnostic[] }> {
  const { readS3Snapshots } = await import('./aws/s3-snapshots.js');
  const documents: ParsedDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const object of await readS3Snapshots(uri, options)) {
    if (object.notRead !== undefined) diagnostics.push(limitExceeded(object.uri, new Error(object.notRead)));
    else documents.push(parseAwsConfigSnapshot({ absolutePath: object.uri, path: object.uri, format: 'aws-config' }, object.text));
  }
  return { documents, diagnostics };
}

function limitExceeded(reportPath: string, error: Error): Diagnostic {
  return { code: 'LIMIT_EXCEEDED', level: 'error', message: `${reportPath}: ${error.message}`, range: fileStart(reportPath) };
}
