import { expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { runGate } from '../gate.js';
import { silentLogger } from '../logging.js';
import { CORPUS_DIR, describeWithCorpus } from '../testing/corpus.js';
import { sharedEngine } from '../testing/engine.js';

const CORPUS = CORPUS_DIR ?? '';
const NOT_ENTERED = new Set(['.git', 'node_modules', '.terraform']);

function countFiles(directory: string): number {
  return readdirSync(directory, { withFileTypes: true }).reduce(
    (n, entry) => n + (entry.isDirectory() ? (NOT_ENTERED.has(entry.name) ? 0 : countFiles(path.join(directory, entry.name))) : 1),
    0,
  );
}

/**
 * The real-world corpus end to end: every file is scanned or skipped with a reason, nothing
 * crashes a parser or normaliser, and no real template or manifest is reported as broken.
 */
describeWithCorpus('scanning the corpus (POSTURE_CORPUS)', () => {
  it('scans or skips with a reason every file, with zero crashes and zero parse errors', async () => {
    const { report } = await runGate({ paths: [CORPUS], root: CORPUS, failOn: 'none', logger: silentLogger, engine: await sharedEngine() });
    expect(report.files.scanned.length + report.files.skipped.length).toBe(countFiles(CORPUS));
    for (const skipped of report.files.skipped) expect(skipped.reason.length).toBeGreaterThan(5);
    const crashes = report.diagnostics.filter((d) => d.code === 'NORMALIZE_FAILED' || d.message.startsWith('could not parse'));
    expect(crashes).toEqual([]);
    expect(report.diagnostics.filter((d) => d.level === 'error')).toEqual([]);
    const formats = new Set(report.resources.map((r) => r.format));
    expect([...formats].sort()).toEqual(['cloudformation', 'kubernetes', 'terraform']);
    expect(report.resources.length).toBeGreaterThan(2000);
    expect(report.findings.length).toBeGreaterThan(0);
  });
});
