#!/usr/bin/env node
// Stream errors are answered here, before the CLI loads (a dynamic import: a static one would run
// the whole command first), since Node raises an 'error' event nobody listens to as a crash.
// - stdout: the CLI awaits each write of the report (src/cli/output.ts): a reader that left
//   (`posture scan … | head`, EPIPE) is not a failure and the command exits with its own code;
//   any other error (ENOSPC on a full disk) is exit 3 with a message, never a cut report and exit 0.
//   The event itself only needs a listener.
// - stderr: EPIPE is ignored likewise; any other error still crashes as before.
// Node's on-disk compile cache (Node >= 22.1; absent on 20, where this is a no-op): the bundle is
// ~4 MB of JavaScript whose compilation is most of a small scan's start-up (issue 19). V8 checks
// each entry against the source's hash, so a stale entry is recompiled; but it trusts the bytecode
// of a matching entry, so the cache must not sit where another user can write: Node's default is
// os.tmpdir()/node-compile-cache, shared by every account on the machine. It lives in the user's
// own cache directory, beside the compiled policies (NODE_COMPILE_CACHE still wins when set).
import module from 'node:module';
import os from 'node:os';
import path from 'node:path';
try {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  module.enableCompileCache?.(process.env.NODE_COMPILE_CACHE || path.join(base, 'posture-gate', 'node-compile-cache'));
} catch {
  // no home directory: start without the cache
}
process.stdout.on('error', () => {});
process.stderr.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
});
//
// The CLI runs in a child process watched by this one (dist/cli/supervise.js, from
// src/cli/supervise.ts): a scan step that never returns, or that exhausts the heap
// (--max-memory-mb), is stopped and explained there, with exit 2 under --strict or 3, never a
// silent CI timeout. POSTURE_WATCHDOG=child marks the watched child; =off runs unwatched. Commands
// that scan nothing (--version, checks, policies) run unwatched: a second process costs ~0.15 s.
const SCANNING = ['scan', 'baseline', 'waivers', 'report', 'history', 'aws'];
if (process.env.POSTURE_WATCHDOG === 'child' || process.env.POSTURE_WATCHDOG === 'off' || !SCANNING.includes(process.argv[2])) {
  await import('../dist/cli/index.js');
} else {
  const { fileURLToPath } = await import('node:url');
  const { superviseCli } = await import('../dist/cli/supervise.js');
  process.exitCode = await superviseCli(process.argv.slice(2), { script: fileURLToPath(import.meta.url) });
}
