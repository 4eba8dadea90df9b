#!/usr/bin/env node
// `posture scan … | head` closes our stdout before we are done writing: the next write fails with
// EPIPE, which Node raises as an unhandled 'error' event (a stack trace and exit code 1). A reader
// leaving is not our failure, so the command finishes and exits with its own code, quietly. Any
// other stream error still crashes as before. Installed before the CLI loads (a dynamic import: a
// static one would run the whole command first).
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
  });
}
await import('../dist/cli/index.js');
