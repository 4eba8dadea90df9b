#!/usr/bin/env node
// The pre-commit hook (.pre-commit-hooks.yaml): pre-commit passes the staged files that match;
// this maps them to what the gate must scan and runs `posture scan` on that.
//
// A Terraform module is every .tf file of one directory evaluated together (a bucket and its
// public access block may sit in two files), so a staged .tf, .tf.json or .tfvars file brings in
// the Terraform files of its directory (not its subdirectories: those are other modules). Any
// other staged file (CloudFormation, Kubernetes, an AWS Config snapshot) is scanned on its own;
// files that are neither are skipped by the scanner's format sniffing.
//
// Options before the file names go to `posture scan` (`args: [--fail-on=medium]` in
// .pre-commit-config.yaml); `--fail-on high` applies when none is given.
import { spawnSync } from 'node:child_process';
import { readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));
const TERRAFORM = /\.(tf|tf\.json|tfvars|tfvars\.json)$/;
/** What Terraform itself loads from a module directory (explicit -var-file files are not). */
const MODULE_FILE = /(\.tf|\.tf\.json|^terraform\.tfvars(\.json)?|\.auto\.tfvars(\.json)?)$/;
/** `posture scan` flags that take a value as the next argument. */
const VALUE_FLAGS = new Set(['--fail-on', '--format', '-f', '--output', '-o', '--exclude', '--config', '-c', '--baseline', '--var-file', '--var', '--cfn-params', '--root']);

/** argv → scan options and file names (pre-commit puts the hook's args first, then the files). */
export function splitArgs(argv) {
  const options = [];
  const files = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--') {
      files.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-')) files.push(arg);
    else if (VALUE_FLAGS.has(arg)) options.push(arg, argv[(i += 1)]);
    else options.push(arg);
  }
  return { options, files };
}

/** Staged files → scan paths: the module files of each Terraform directory, plus the other files. */
export function scanPaths(files) {
  const paths = new Set();
  const modules = new Set();
  for (const file of files) {
    if (TERRAFORM.test(file)) modules.add(path.dirname(file));
    else paths.add(file);
  }
  for (const dir of [...modules].sort()) {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isFile() && MODULE_FILE.test(entry.name)) paths.add(dir === '.' ? entry.name : path.join(dir, entry.name));
    }
  }
  return [...paths];
}

function main(argv) {
  const { options, files } = splitArgs(argv);
  const paths = scanPaths(files);
  if (paths.length === 0) return 0;
  const failOn = options.some((o) => o === '--fail-on' || o.startsWith('--fail-on=')) ? [] : ['--fail-on', 'high'];
  const result = spawnSync(process.execPath, [CLI, 'scan', ...failOn, ...options, '--', ...paths], { stdio: 'inherit' });
  if (result.error) {
    console.error(`posture-pre-commit: could not run ${CLI}: ${result.error.message}`);
    return 3;
  }
  return result.status ?? 3;
}

// Run when executed, also through npm's bin symlink (argv[1] is then the link); not when imported.
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) process.exitCode = main(process.argv.slice(2));
