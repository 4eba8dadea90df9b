import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { REPO_ROOT } from '../../testing/engine.js';

/**
 * What a parsed YAML file keeps: its value and where each value is written. Measured in a child
 * process of its own (heap after a full GC, before and after parsing, the document still held),
 * so that nothing else of the test run moves the numbers. Not timed: a bound on bytes kept per
 * byte of input, generous (about 3 today; one SourceRange object and one key per list item kept
 * some 18, and a few big manifests exhausted the heap).
 */
const CHILD = `
import { parseCloudFormation } from './src/parsers/cloudformation/index.ts';
import { parseKubernetes } from './src/parsers/kubernetes/index.ts';

const items = (indent) => Array.from({ length: 120_000 }, (_, i) => indent + '- item-' + String(i).padStart(8, '0') + '\\n').join('');
const inputs = {
  cloudformation: 'AWSTemplateFormatVersion: "2010-09-09"\\nMetadata:\\n  Big:\\n' + items('    ') + 'Resources:\\n  B:\\n    Type: AWS::S3::Bucket\\n',
  kubernetes: 'apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: big\\ndata:\\n  list:\\n' + items('    '),
};
const kept = () => { gc(); gc(); const m = process.memoryUsage(); return m.heapUsed + m.arrayBuffers; };
// one format per process: a document of an earlier one, collected late, would offset the numbers
const format = process.argv[1];
const text = inputs[format];
const file = { absolutePath: '/scan/big.yaml', path: 'big.yaml', format };
const before = kept();
const doc = format === 'cloudformation' ? parseCloudFormation(file, text) : parseKubernetes(file, text);
const after = kept();
const path = format === 'cloudformation' ? ['Metadata', 'Big', 99_999] : [0, 'data', 'list', 99_999];
const out = { bytes: text.length, kept: after - before, errors: doc.diagnostics.length, line: doc.locate(path)?.startLine };
console.log(JSON.stringify(out));
`;

describe('memory kept by a parsed YAML file', () => {
  it('stays within 10 bytes per byte of a big list, and every item still has its line', async () => {
    const bundled = await build({
      stdin: { contents: CHILD, resolveDir: REPO_ROOT, loader: 'ts', sourcefile: 'yaml-memory-child.ts' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      write: false,
      logLevel: 'silent',
    });
    const results: Record<string, { bytes: number; kept: number; errors: number; line?: number }> = {};
    for (const format of ['cloudformation', 'kubernetes']) {
      const args = ['--expose-gc', '--input-type=module', '-e', bundled.outputFiles[0]!.text, format];
      const child = spawnSync(process.execPath, args, { cwd: REPO_ROOT, encoding: 'utf8' });
      expect(child.stderr).toBe('');
      results[format] = JSON.parse(child.stdout) as { bytes: number; kept: number; errors: number; line?: number };
    }
    expect(results.cloudformation).toMatchObject({ errors: 0, line: 100_003 });
    expect(results.kubernetes).toMatchObject({ errors: 0, line: 100_006 });
    for (const { bytes, kept } of Object.values(results)) expect(kept / bytes).toBeLessThan(10);
  });
});
