import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../src/testing/engine.js';

const POSTURE = path.join(REPO_ROOT, 'bin', 'posture.js');
const HOOK = path.join(REPO_ROOT, 'bin', 'posture-pre-commit.js');
// Node 20 has no module.enableCompileCache: a preload records where bin/posture.js asks for it.
const RECORD_CACHE = `data:text/javascript,import m from 'node:module'; m.enableCompileCache = (d) => process.stderr.write('compile-cache=' + d + '\\n');`;

function run(args: string[], env: NodeJS.ProcessEnv, cwd = os.tmpdir()) {
  return spawnSync(process.execPath, args, { cwd, env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' });
}

describe('bin entry points', () => {
  it("keeps Node's compile cache in the user's own cache directory, not the shared temp directory", () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'posture-home-'));
    try {
      const result = run(['--import', RECORD_CACHE, POSTURE, '--version'], { HOME: home });
      expect(result.status).toBe(0);
      expect(result.stderr).toContain(`compile-cache=${path.join(home, '.cache', 'posture-gate', 'node-compile-cache')}\n`);
      const xdg = run(['--import', RECORD_CACHE, POSTURE, '--version'], { HOME: home, XDG_CACHE_HOME: path.join(home, 'xdg') });
      expect(xdg.stderr).toContain(`compile-cache=${path.join(home, 'xdg', 'posture-gate', 'node-compile-cache')}\n`);
      const chosen = run(['--import', RECORD_CACHE, POSTURE, '--version'], { HOME: home, NODE_COMPILE_CACHE: path.join(home, 'mine') });
      expect(chosen.stderr).toContain(`compile-cache=${path.join(home, 'mine')}\n`);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('the pre-commit hook imported with an argv[1] that is not a file neither throws nor runs', () => {
    const result = run(['--input-type=module', '-e', `await import(${JSON.stringify(HOOK)}); console.log('imported');`, 'not-a-file'], {});
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('imported\n');
    expect(result.status).toBe(0);
  });
});
