import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from '../logging.js';
import type { InputFile, ParsedDocument } from '../model/index.js';
import { parseInput } from './index.js';
import { parseFiles, parseWorkerEntry, poolSize, type ParseJob } from './pool.js';
import { rehydrateDocument } from './portable.js';
import { readInput } from './index.js';

const logger: Logger = { debug() {}, info() {}, warning() {}, error() {}, group: (_name, fn) => fn() };
const job = (path: string, format: InputFile['format'], text: string): ParseJob => ({ file: { absolutePath: `/repo/${path}`, path, format }, text });

const JOBS: ParseJob[] = [
  job('main.tf', 'terraform', 'resource "aws_s3_bucket" "logs" {\n  bucket = "logs"\n  tags = { env = "prod" }\n}\n'),
  job('app.yaml', 'kubernetes', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: app\n      image: nginx\n'),
  job('stack.yaml', 'cloudformation', 'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Sub "${AWS::StackName}-logs"\n'),
  job('config.json', 'aws-config', '{"configurationItems": [{"resourceType": "AWS::S3::Bucket", "resourceId": "logs"}]}'),
  job('broken.yaml', 'kubernetes', 'a: [1, 2\n'),
];

const PATHS: (string | number)[][] = [[], ['resource'], ['resource', 'aws_s3_bucket', 'logs', 'tags', 'env'], [0, 'spec', 'containers', 0, 'image'], ['Resources', 'Logs', 'Properties', 'BucketName'], [0, 'resourceId'], [5, 'nothing']];

/** A document as data: its value, diagnostics and where each probe path lands. */
const snapshot = (doc: ParsedDocument) => ({ file: doc.file, value: doc.value, diagnostics: doc.diagnostics, located: PATHS.map((p) => doc.locate(p)) });
const serial = async () => Promise.all(JOBS.map((j) => parseInput(j.file, j.text)).map(async (d) => snapshot(await d)));

describe('portable documents', () => {
  it('rehydrate, after a structured clone, to the document the parser returns', async () => {
    for (const { file, text } of JOBS) {
      const cloned = rehydrateDocument(structuredClone(await readInput(file, text)));
      expect(snapshot(cloned)).toEqual(snapshot(await parseInput(file, text)));
    }
  });
});

describe('poolSize', () => {
  const many = (count: number, size: number) => Array.from({ length: count }, (_, i) => job(`f${i}.tf`, 'terraform', 'x'.repeat(size)));

  it('keeps small inputs in the main thread', () => {
    expect(poolSize(many(1, 10), {})).toBe(0);
    expect(poolSize(many(500, 1000), {})).toBe(0);
    expect(poolSize(many(4, 1_000_000), {})).toBe(0);
  });

  it('uses one worker fewer than the cores (at most 3) for large inputs', () => {
    expect(poolSize(many(100, 30_000), {})).toBe(Math.max(Math.min(os.availableParallelism(), 4) - 1, 0));
  });

  it('follows POSTURE_PARSE_WORKERS', () => {
    expect(poolSize(many(100, 30_000), { POSTURE_PARSE_WORKERS: '0' })).toBe(0);
    expect(poolSize(many(2, 10), { POSTURE_PARSE_WORKERS: '2' })).toBe(2);
    expect(poolSize(many(2, 10), { POSTURE_PARSE_WORKERS: '' })).toBe(0);
  });
});

describe('parseFiles', () => {
  let directory: string;
  const script = (name: string, body: string) => {
    const file = path.join(directory, name);
    writeFileSync(file, `import { parentPort } from 'node:worker_threads';\n${body}\n`);
    return file;
  };
  beforeAll(() => {
    directory = mkdtempSync(path.join(os.tmpdir(), 'posture-pool-'));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('parses in the main thread when no bundled worker exists (the TypeScript sources)', async () => {
    expect(parseWorkerEntry()).toBeUndefined();
    const parsed = await parseFiles(JOBS, logger, { workers: 2 });
    expect(parsed.workers).toBe(0);
    expect(parsed.documents.map(snapshot)).toEqual(await serial());
  });

  const failing: [string, string][] = [
    ['crashes', "parentPort.on('message', () => { throw new Error('boom'); });"],
    ['exits', "parentPort.on('message', () => process.exit(3));"],
    ['answers with an error', "parentPort.on('message', ({ id }) => parentPort.postMessage({ id, error: 'parser bug' }));"],
    ['never answers', "parentPort.on('message', () => {});"],
    ['fails to load', "throw new Error('cannot start');"],
  ];
  it.each(failing)('loses no file when the worker %s: the main thread parses them, in order', async (name, body) => {
    const warnings: string[] = [];
    const entry = script(`${name.replace(/ /g, '-')}.mjs`, body);
    const parsed = await parseFiles(JOBS, { ...logger, warning: (m) => warnings.push(m) }, { workers: 2, entry, timeoutMs: 300 });
    expect(parsed.workers).toBe(2);
    expect(parsed.documents.map(snapshot)).toEqual(await serial());
    if (name !== 'answers with an error') expect(warnings.length).toBeGreaterThan(0);
  });
});
