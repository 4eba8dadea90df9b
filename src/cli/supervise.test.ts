/**
 * The watchdog parent (src/cli/supervise.ts), first with stand-in children that speak its protocol
 * and then hang, exhaust the heap or exit, then end to end through bin/posture.js with a parse
 * that does not return in time.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnBuiltCli } from '../testing/cli.js';
import { graceSeconds, superviseCli } from './supervise.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'posture-watchdog-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function child(name: string, body: string): string {
  const file = path.join(work, name);
  writeFileSync(file, body);
  return file;
}

async function supervised(script: string, argv: string[]) {
  let stderr = '';
  const code = await superviseCli(argv, { script, stderr: (t) => (stderr += t) });
  return { code, stderr };
}

describe('the watchdog', () => {
  it('grace: a tenth of the budget, at least 5 s', () => {
    expect([1, 50, 600].map(graceSeconds)).toEqual([5, 5, 60]);
  });

  it('stops a child that never returns at the budget it announced plus grace, naming stage and file: exit 3', async () => {
    const hang = child('hang.mjs', "process.send({ type: 'budget', seconds: 0.5, strict: false }); process.send({ type: 'place', place: { stage: 'resolve', file: 'main.tf' } }); for (;;) {}\n");
    const start = performance.now();
    const { code, stderr } = await supervised(hang, ['scan', '--max-scan-seconds', '600']);
    expect(performance.now() - start).toBeLessThan(20_000);
    expect(code).toBe(3);
    expect(stderr).toBe(
      'posture: scan exceeded --max-scan-seconds 0.5 (and 5 s of grace) during resolve (main.tf); it was stopped and no report was written. Raise --max-scan-seconds, or scan less at once.\n',
    );
  }, 30_000);

  it('turns a heap exhaustion under --max-memory-mb into a message; exit 2 under --strict', async () => {
    const hog = child('hog.mjs', "process.send({ type: 'place', place: { stage: 'parse', file: 'big.yaml' } }); const keep = []; for (;;) keep.push(new Array(1e5).fill({}));\n");
    const { code, stderr } = await supervised(hog, ['scan', '--strict', '--max-memory-mb', '64']);
    expect(code).toBe(2);
    expect(stderr).toContain('posture: scan ran out of memory (--max-memory-mb 64) during parse (big.yaml); no report was written. Raise --max-memory-mb, or scan less at once.\n');
  }, 60_000);

  it("passes the child's exit code through, and says nothing", async () => {
    const done = child('done.mjs', 'process.exitCode = 1;\n');
    expect(await supervised(done, ['scan'])).toEqual({ code: 1, stderr: '' });
  });

  it('end to end: bin/posture.js stops a parse that does not return, and says where', async () => {
    const dir = mkdtempSync(path.join(work, 'scan-'));
    writeFileSync(path.join(dir, 'main.tf'), 'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}\n');
    // No input stalls the parsers any more (the HCL parser is linear: issue 19), so the watched
    // child stalls on purpose once it reports the parse of main.tf: a preload wraps its IPC send.
    const stall = child(
      'stall.mjs',
      "if (process.env.POSTURE_WATCHDOG === 'child' && process.send) { const send = process.send.bind(process); process.send = (m, ...rest) => { const sent = send(m, ...rest); if (m?.type === 'place' && m.place?.stage === 'parse' && m.place?.file === 'main.tf') for (;;); return sent; }; }\n",
    );
    const run = await spawnBuiltCli(['scan', dir, '--root', dir, '--max-scan-seconds', '1', '--quiet'], { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${pathToFileURL(stall).href}` });
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('posture: scan exceeded --max-scan-seconds 1 (and 5 s of grace) during parse (main.tf); it was stopped');
  }, 60_000);
});
