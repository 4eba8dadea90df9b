import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../src/testing/engine.js';

/**
 * Start-up of the bundled CLI (issue 19: one small file end to end near a bare `node` start). The
 * bundle is split (scripts/bundle.mjs): what only some commands need sits in chunks loaded by a
 * dynamic import, so a file scan does not compile it. These tests read dist/ as built.
 */
const CLI = path.join(REPO_ROOT, 'dist', 'cli');

/** The files Node loads with dist/cli/index.js before running it: its static import graph. */
function staticGraph(entry: string): string[] {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(path.join(CLI, file), 'utf8');
    for (const match of text.matchAll(/^import [^;]*?from ?"\.\/(chunk-\w+\.js)"/gm)) pending.push(match[1]);
  }
  return [...seen].sort();
}

/** Whether esbuild's module-path comments in `file` name one of `markers` (its input files). */
const holds = (file: string, marker: RegExp) => readFileSync(path.join(CLI, file), 'utf8').split('\n').some((line) => line.startsWith('// ') && marker.test(line));

const ON_DEMAND = {
  'the AWS SDK': /@aws-sdk\//,
  'SQLite (the history store)': /sql\.js\//,
  'the history commands': /src\/cli\/history\.ts$/,
  'the importers (posture import)': /src\/cli\/import\/command\.ts$/,
};

describe('start-up of the bundled CLI', () => {
  it.each(Object.entries(ON_DEMAND))('does not load %s before a command asks for it, and still ships it', (_name, marker) => {
    const eager = staticGraph('index.js');
    expect(eager.filter((file) => holds(file, marker))).toEqual([]);
    const chunks = readdirSync(CLI).filter((file) => /^chunk-\w+\.js$/.test(file));
    expect(chunks.some((file) => holds(file, marker))).toBe(true);
  });

  it('scans one file without loading Node fetch (undici, which opa-wasm pulled in by reading the global Response)', () => {
    // process.moduleLoadList names the Node internals loaded; the hook prints it as the CLI exits
    const hook = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nLOADED '+JSON.stringify(process.moduleLoadList)))`;
    const child = spawnSync(process.execPath, ['--import', hook, 'bin/posture.js', 'scan', 'fixtures/terraform/sg-bad', '--no-fail', '--format', 'json'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, POSTURE_WATCHDOG: 'off' },
    });
    expect(child.status).toBe(0);
    expect(JSON.parse(child.stdout).findings.length).toBeGreaterThan(0);
    const loaded = JSON.parse(/LOADED (.*)$/m.exec(child.stderr)![1]) as string[];
    expect(loaded.filter((name) => /undici/.test(name))).toEqual([]);
  });
});
