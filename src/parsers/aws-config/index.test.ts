import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ConfigError } from '../../errors.js';
import { isAwsConfigSnapshot, parseAwsConfigSnapshot, readSnapshotFile } from './index.js';

const file = { absolutePath: '/scan/snap.json', path: 'snap.json', format: 'aws-config' as const };
const SNAPSHOT = `{
  "fileVersion": "1.0",
  "configSnapshotId": "abc",
  "configurationItems": [
    {
      "resourceType": "AWS::S3::Bucket",
      "resourceId": "logs",
      "configuration": {
        "name": "logs"
      }
    }
  ]
}
`;

describe('parseAwsConfigSnapshot', () => {
  it('returns the items and locates paths inside each item', () => {
    const doc = parseAwsConfigSnapshot(file, SNAPSHOT);
    expect(doc.diagnostics).toEqual([]);
    expect(doc.value).toHaveLength(1);
    expect(doc.locate([0])?.startLine).toBe(5);
    expect(doc.locate([0, 'configuration', 'name'])?.startLine).toBe(9);
    // A path with no node of its own falls back to the nearest enclosing one.
    expect(doc.locate([0, 'configuration', 'missing'])?.startLine).toBe(8);
  });

  it('reads the history form and saved batch-get output', () => {
    expect(parseAwsConfigSnapshot(file, '{"fileVersion":"1.0","configurationItems":[{}]}').value).toHaveLength(1);
    expect(parseAwsConfigSnapshot(file, '{"baseConfigurationItems":[{},{}]}').value).toHaveLength(2);
  });

  it('reports invalid JSON as a diagnostic with its line, never a throw', () => {
    const doc = parseAwsConfigSnapshot(file, '{\n  "configurationItems": [\n    {,}\n  ]\n}');
    expect(doc.value).toBeUndefined();
    expect(doc.diagnostics).toHaveLength(1);
    expect(doc.diagnostics[0]).toMatchObject({ code: 'PARSE_SYNTAX', level: 'error', range: { path: 'snap.json', startLine: 3 } });
  });

  it('reports JSON that is not a snapshot', () => {
    const doc = parseAwsConfigSnapshot(file, '{"Resources": {}}');
    expect(doc.value).toBeUndefined();
    expect(doc.diagnostics[0]).toMatchObject({ code: 'PARSE_UNSUPPORTED', message: expect.stringContaining('configurationItems') });
    expect(doc.locate([0])).toBeUndefined();
  });

  it('sniffs snapshots by their item array', () => {
    expect(isAwsConfigSnapshot({ configurationItems: [] })).toBe(true);
    expect(isAwsConfigSnapshot({ configurationItems: 'x' })).toBe(false);
    expect(isAwsConfigSnapshot([{ configurationItems: [] }])).toBe(false);
    expect(isAwsConfigSnapshot(null)).toBe(false);
  });
});

describe('readSnapshotFile', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'posture-config-'));

  it('reads plain and gzipped snapshots (by content, not by name)', async () => {
    writeFileSync(path.join(dir, 'plain.json'), SNAPSHOT);
    writeFileSync(path.join(dir, 'snap.json.gz'), gzipSync(SNAPSHOT));
    writeFileSync(path.join(dir, 'renamed.json'), gzipSync(SNAPSHOT));
    expect(await readSnapshotFile(path.join(dir, 'plain.json'))).toBe(SNAPSHOT);
    expect(await readSnapshotFile(path.join(dir, 'snap.json.gz'))).toBe(SNAPSHOT);
    expect(await readSnapshotFile(path.join(dir, 'renamed.json'))).toBe(SNAPSHOT);
  });

  it('throws a ConfigError naming the file when it cannot be read', async () => {
    const missing = path.join(dir, 'missing.json.gz');
    await expect(readSnapshotFile(missing)).rejects.toThrow(ConfigError);
    await expect(readSnapshotFile(missing)).rejects.toThrow(missing);
  });
});
