#!/usr/bin/env node
// The pre-commit hook (.pre-commit-hooks.yaml): pre-commit passes the staged files that match;
// this scans what is being committed, not the working tree:
//
// - The index (the one `git commit` is about to write: GIT_INDEX_FILE when pre-commit or
//   `git commit -a` set it) is checked out with `git checkout-index` into a temporary directory
//   inside the git directory, and that is the scan root: untracked files beside a staged one, and
//   unstaged edits, are never read; the staged `.posture.yaml`, local modules and nested templates
//   are there as they will be committed.
// - A Terraform module is every .tf file of one directory evaluated together (a bucket and its
//   public access block may sit in two files), so a staged .tf, .tf.json or .tfvars file brings in
//   the Terraform files of its directory (not its subdirectories: those are other modules). Any
//   other staged file (CloudFormation, Kubernetes, an AWS Config snapshot) is scanned on its own;
//   files that are neither are skipped by the scanner's format sniffing.
// - Only the findings that block the commit are printed, each with a one-line fix and how to
//   suppress it; `posture checks show ID` has the rest.
//
// Options before the file names go to `posture scan` (`args: [--fail-on=medium]` in
// .pre-commit-config.yaml); `--fail-on high` applies when none is given. --format, --output,
// --root, --quiet and --verbose are the hook's own (it reads the JSON report) and are ignored.
import { spawnSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { valueFlags } from '../dist/cli/commands.js';

const POSTURE = fileURLToPath(new URL('./posture.js', import.meta.url));
const CATALOG = fileURLToPath(new URL('../dist/policies/catalog.json', import.meta.url));
const TERRAFORM = /\.(tf|tf\.json|tfvars|tfvars\.json)$/;
/** What Terraform itself loads from a module directory (explicit -var-file files are not). */
const MODULE_FILE = /(\.tf|\.tf\.json|^terraform\.tfvars(\.json)?|\.auto\.tfvars(\.json)?)$/;
/** `posture scan` flags that take a value as the next argument, from the CLI's command table (src/cli/commands.ts). */
const VALUE_FLAGS = new Set(valueFlags('scan'));
/** Flags the hook sets itself: the report it reads is JSON on stdout, quietly, the root is the staged tree. */
const OWN_FLAGS = /^(--format|-f|--output|-o|--root|--quiet|-q|--verbose|-v)(=|$)/;
const SEVERITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

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
  return { options: dropOwnFlags(options), files };
}

function dropOwnFlags(options) {
  const kept = [];
  for (let i = 0; i < options.length; i += 1) {
    if (!OWN_FLAGS.test(options[i])) kept.push(options[i]);
    else if (!options[i].includes('=') && VALUE_FLAGS.has(options[i])) i += 1;
  }
  return kept;
}

/**
 * Staged files → scan paths, relative to `root` (the checked-out index): the module files of each
 * Terraform directory, plus the other files. Names that are not in `root` (not in the index) are dropped.
 */
export function scanPaths(files, root) {
  const paths = new Set();
  const modules = new Set();
  const staged = files.map((f) => path.posix.normalize(f.split(path.sep).join('/'))).filter((f) => !f.startsWith('../') && !path.posix.isAbsolute(f) && isFile(root, f));
  for (const file of staged) {
    if (TERRAFORM.test(file)) modules.add(path.posix.dirname(file));
    else paths.add(file);
  }
  for (const dir of [...modules].sort()) {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      if (entry.isFile() && MODULE_FILE.test(entry.name)) paths.add(dir === '.' ? entry.name : `${dir}/${entry.name}`);
    }
  }
  return [...paths].sort();
}

/** In the checked-out index: a file, or a symlink (the scanner decides whether it stays inside the root). */
function isFile(root, file) {
  try {
    const stat = lstatSync(path.join(root, file));
    return stat.isFile() || stat.isSymbolicLink();
  } catch {
    return false;
  }
}

function git(args) {
  const result = spawnSync('git', args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${(result.stderr || result.error?.message || '').trim()}`);
  return result.stdout.trim();
}

const STAGED_PREFIX = 'posture-staged-';
/** A checkout this old is a leftover of a hook that was killed (Ctrl-C during the scan), not a running one. */
const STALE_MS = 60 * 60 * 1000;

function removeStaleCheckouts(gitDir) {
  for (const name of readdirSync(gitDir)) {
    const dir = path.join(gitDir, name);
    if (name.startsWith(STAGED_PREFIX) && Date.now() - lstatSync(dir).mtimeMs > STALE_MS) rmSync(dir, { recursive: true, force: true });
  }
}

/** The index as it will be committed, in a new directory under the git directory (never the work tree). */
function checkoutIndex() {
  const gitDir = git(['rev-parse', '--absolute-git-dir']);
  removeStaleCheckouts(gitDir);
  const root = mkdtempSync(path.join(gitDir, STAGED_PREFIX));
  git(['checkout-index', '--all', '--force', `--prefix=${root}/`]);
  return root;
}

/** Severity and the first sentence of a check's recommended action, from the shipped catalog. */
function loadCatalog() {
  try {
    const { checks } = JSON.parse(readFileSync(CATALOG, 'utf8'));
    return new Map(checks.map((c) => [c.id, c]));
  } catch {
    return new Map();
  }
}

const firstSentence = (text) => (/^.*?[.!?](?=\s|$)/s.exec(text ?? '')?.[0] ?? text ?? '').replace(/\s+/g, ' ').trim();

/** How to suppress one finding where it is written (README "Suppressions, waivers and baselines"). */
export function suppressionHint(finding) {
  const { checkId, resourceId, format } = finding;
  const line = finding.location?.startLine;
  if (format === 'terraform' && !finding.location?.path.endsWith('.json')) return `\`# posture:ignore ${checkId} <reason>\` on or above line ${line}`;
  if (format === 'cloudformation' && !finding.location?.path.endsWith('.json')) return `\`Metadata: {posture: {ignore: [{id: ${checkId}, reason: <reason>}]}}\` on ${resourceId}`;
  if (format === 'kubernetes') return `annotation \`posture-gate.io/ignore: "${checkId} <reason>"\` on ${resourceId}`;
  return `a waiver in .posture.yaml: \`waivers: [{check: ${checkId}, resource: "${resourceId}", reason: <reason>}]\``;
}

/** The findings that block the commit, three lines each, and where to read more. */
export function formatFindings(report, failOn, catalog) {
  const floor = SEVERITIES.indexOf(failOn.toUpperCase());
  const open = report.findings.filter((f) => f.suppression === undefined);
  const atOrAbove = open.filter((f) => floor >= 0 && SEVERITIES.indexOf(f.severity) >= floor);
  // The scan failed, so something blocks; if the threshold read here disagrees, show every open finding.
  const blocking = atOrAbove.length > 0 ? atOrAbove : open;
  const lines = [];
  for (const f of blocking) {
    const where = f.location ? `${f.location.path}:${f.location.startLine}:${f.location.startColumn ?? 1}` : f.resourceId;
    lines.push(`${where}: ${f.severity} ${f.checkId} ${f.message}`);
    lines.push(`    fix: ${firstSentence(catalog.get(f.checkId)?.recommendedAction) || f.title}`);
    lines.push(`    suppress: ${suppressionHint(f)}`);
  }
  if (blocking.length > 0) lines.push(`More on a check: posture checks show ${blocking[0].checkId}`);
  return lines.join('\n');
}

function failOnOf(options) {
  const i = options.findIndex((o) => o === '--fail-on' || o.startsWith('--fail-on='));
  return i < 0 ? 'high' : options[i].includes('=') ? options[i].slice('--fail-on='.length) : options[i + 1];
}

function scanStaged(options, files, root) {
  const paths = scanPaths(files, root);
  if (paths.length === 0) return 0;
  const failOn = options.some((o) => o === '--fail-on' || o.startsWith('--fail-on=')) ? [] : ['--fail-on', 'high'];
  const args = [POSTURE, 'scan', ...failOn, ...options, '--quiet', '--format', 'json', '--root', root, '--', ...paths.map((p) => path.join(root, p))];
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status === 0) return 0;
  if (result.status !== 1) {
    process.stderr.write(result.stderr || `posture-pre-commit: posture scan ended with ${result.error?.message ?? `signal ${result.signal}`}\n`);
    return result.status ?? 3;
  }
  console.log(formatFindings(JSON.parse(result.stdout), failOnOf([...failOn, ...options]), loadCatalog()));
  return 1;
}

function main(argv) {
  const { options, files } = splitArgs(argv);
  if (files.length === 0) return 0;
  let root;
  try {
    root = checkoutIndex();
    return scanStaged(options, files, root);
  } catch (error) {
    console.error(`posture-pre-commit: ${error.message}`);
    return 3;
  } finally {
    if (root) rmSync(root, { recursive: true, force: true });
  }
}

// Run when executed, also through npm's bin symlink (argv[1] is then the link); not when imported.
// argv[1] need not be a file (`node -e`, a REPL): then this module was imported, not executed.
function isEntryPoint() {
  try {
    return Boolean(process.argv[1]) && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}
if (isEntryPoint()) process.exitCode = main(process.argv.slice(2));
