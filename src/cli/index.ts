import { runCli } from './main.js';

// The CLI awaits every write of the report and turns a failed one into exit 3 (src/cli/output.ts);
// the stream's 'error' event only needs a listener so that it does not crash the process first,
// also when this file runs without bin/posture.js (the pre-commit hook runs it directly).
process.stdout.on('error', () => {});
process.exitCode = await runCli(process.argv.slice(2));
