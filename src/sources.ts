import path from 'node:path';
import type { InputFile, ParsedDocument } from './model/index.js';
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
export async function readExtraSources(sources: ExtraSources, root: string): Promise<ParsedDocument[]> {
  const documents: ParsedDocument[] = [];
  for (const chart of sources.helm ?? []) {
    const chartDir = toReportPath(root, path.resolve(chart.chartDir));
    const rendered = await renderHelm({ ...chart, chartDir, cwd: root, valuesFiles: chart.valuesFiles?.map((f) => path.resolve(f)) });
    for (const file of rendered.files) documents.push(parseRendered(file, path.resolve(root, file.path)));
  }
  for (const dir of sources.kustomize ?? []) {
    const rendered = await renderKustomize({ dir: toReportPath(root, path.resolve(dir)), cwd: root, allowRemote: sources.kustomizeAllowRemote });
    for (const file of rendered.files) documents.push(parseKustomized(file));
  }
  for (const snapshot of sources.awsConfigSnapshots ?? []) {
    if (isS3Uri(snapshot)) {
      documents.push(...(await readS3SnapshotDocuments(snapshot, sources.s3)));
      continue;
    }
    const absolutePath = path.resolve(snapshot);
    const file: InputFile = { absolutePath, path: toReportPath(root, absolutePath), format: 'aws-config' };
    documents.push(parseAwsConfigSnapshot(file, await readSnapshotFile(absolutePath)));
  }
  documents.push(...(sources.documents ?? []));
  return documents;
}

export function isS3Uri(value: string): boolean {
  return value.startsWith('s3://');
}

/** Snapshots in S3, each a document whose path is its `s3://` URI. The SDK is loaded only when asked for. */
async function readS3SnapshotDocuments(uri: string, options: S3ReadOptions | undefined): Promise<ParsedDocument[]> {
  const { readS3Snapshots } = await import('./aws/s3-snapshots.js');
  return (await readS3Snapshots(uri, options)).map(({ uri: objectUri, text }) =>
    parseAwsConfigSnapshot({ absolutePath: objectUri, path: objectUri, format: 'aws-config' }, text),
  );
}
