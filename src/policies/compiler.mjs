// The policy compiler: Rego checks (with METADATA) → policy.wasm + policy.meta.json +
// catalog.json, the bundle layout the engine reads (src/engine/bundle.ts). One implementation
// for two callers: scripts/build-policies.mjs builds the built-in library, and the CLI compiles
// a user's policy directory (`--policy DIR`, `posture policies build`). Plain JavaScript because
// the build script runs it before any TypeScript is compiled; compiler.d.mts types it for src/.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';

export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];
export const FORMATS = ['terraform', 'terraform-plan', 'cloudformation', 'kubernetes', 'aws-config'];
// Fill-ins allowed in `reads`: {pod} is the pod spec path of each workload kind (lib.k8s),
// {containers} each container list. The catalogue carries the expanded, concrete paths.
const CONTAINER_FIELDS = ['initContainers', 'containers', 'ephemeralContainers'];
const HEADROOM_PAGES = 16;
const PAGE = 65536;

export class BuildError extends Error {}

/**
 * @param {object} o
 * @param {string} o.opa              the opa binary (named in messages when `runner` is given)
 * @param {(args: string[], cwd: string) => string} [o.runner]  runs opa commands instead of `o.opa`
 *                                    (the embedded compiler, src/policies/embedded-opa.mjs)
 * @param {string} o.workDir          scratch directory (emptied)
 * @param {{dir: string, as: string}[]} o.sources  Rego roots, staged under `as` (checks and libraries)
 * @param {string[]} o.frameworkDirs  directories of framework YAML files
 * @param {object[]} [o.knownFrameworks]  frameworks already compiled (the built-in catalogue's)
 * @param {string} o.capabilities     capabilities.json limiting builtins to those compiled to Wasm
 * @param {RegExp} o.idPattern        check ids this library may use
 * @param {Set<string>} [o.reservedIds]  ids taken by another library (the built-in checks)
 * @param {boolean} o.builtIn         house rules of the built-in library: package path = file path,
 *                                    a _test.rego and examples for every check, every format
 * @param {boolean} [o.runTests]      run `opa test` on the sources first
 * @param {(line: string) => void} [o.log]
 */
export function compilePolicies(o) {
  const log = o.log ?? (() => {});
  const srcDir = join(o.workDir, 'src');
  const run = (args) => (o.runner ? o.runner(args, o.workDir) : runOpa(o.opa, args, o.workDir));
  const opaVersion = /^Version: (\S+)$/m.exec(run(['version']))?.[1];
  if (!opaVersion) throw new BuildError(`cannot read the version of ${o.opa}`);
  if (o.runTests) {
    log('opa test');
    const out = run(testCommand(o.sources, { longTests: o.runner === undefined }));
    log(out.trim().split('\n').at(-1));
  }
  rmSync(o.workDir, { recursive: true, force: true });
  const files = [];
  for (const source of o.sources) {
    for (const file of walk(source.dir).filter((f) => f.endsWith('.rego') && !f.endsWith('_test.rego'))) {
      const staged = join(source.as, relative(source.dir, file)).split(sep).join('/');
      cpSync(file, join(srcDir, staged));
      files.push({ staged, file });
    }
  }
  const frameworks = [...(o.knownFrameworks ?? []), ...o.frameworkDirs.flatMap((dir) => loadFrameworks(dir))]
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const ctx = { ...o, run, srcDir, files, frameworks };
  const checks = inspect(ctx);
  writeAggregator(ctx, checks);
  const { wasm, entrypoints } = buildWasm(ctx, checks);
  const facts = readWasm(wasm);
  const initialPages = Math.max(facts.memoryMin, Math.ceil(facts.dataEnd / PAGE)) + HEADROOM_PAGES;
  const own = new Set(o.frameworkDirs.length > 0 ? frameworks.map((f) => f.id) : []);
  return {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- wholeScope only chooses the aggregate
    catalog: { opaVersion, checks: checks.map(({ wholeScope, ...c }) => c), frameworks: o.knownFrameworks ? frameworks.filter((f) => own.has(f.id) && !o.knownFrameworks.some((k) => k.id === f.id)) : frameworks },
    wasm,
    meta: { opaVersion, abiVersion: facts.abiVersion, entrypoints, initialPages },
    facts,
  };
}

/**
 * The `opa test` run of compilePolicies' `runTests`, for a caller that runs it beside the compile.
 * @param {{dir: string}[]} sources
 * @param {{longTests?: boolean}} [options] a minute per test instead of opa's 5 s (the real opa only)
 */
export function testCommand(sources, { longTests = false } = {}) {
  // The YAML/JSON beside the policies (frameworks, examples, capabilities) are not data documents.
  // opa's default 5 s per test is too short for the built-in scale tests (an indexed rule against
  // its pairwise reference) on a loaded CI machine; a test that hangs still ends, at a minute.
  // (The embedded compiler takes no --timeout.)
  const timeout = longTests ? ['--timeout', '60s'] : [];
  return ['test', ...sources.map((s) => s.dir), '--explain=fails', ...timeout, '--ignore', '*.yaml', '--ignore', '*.json'];
}

function runOpa(opa, args, cwd) {
  try {
    mkdirSync(cwd, { recursive: true });
    // User Rego runs under `opa test`, where opa.runtime() shows the environment: pass none of ours.
    const env = { PATH: process.env.PATH ?? '', HOME: cwd, ...(process.env.SYSTEMROOT ? { SYSTEMROOT: process.env.SYSTEMROOT } : {}) };
    return execFileSync(opa, args, { cwd, env, encoding: 'utf8', maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const output = `${e.stdout ?? ''}${e.stderr ?? ''}`.trim();
    throw new BuildError(`opa ${args.join(' ')} failed${e.code === 'ENOENT' ? ` (${opa} not found)` : ''}:\n${output || e.message}`);
  }
}

function walk(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else out.push(path);
  }
  return out;
}

export function loadFrameworks(dir) {
  if (!existsSync(dir)) return [];
  const frameworks = [];
  for (const file of walk(dir).filter((f) => f.endsWith('.yaml'))) {
    const where = file;
    const doc = parseYaml(readFileSync(file, 'utf8'));
    const expectId = file.split(sep).at(-1).replace(/\.yaml$/, '');
    if (doc?.id !== expectId) throw new BuildError(`${where}: id must be ${expectId}`);
    for (const key of ['title', 'version']) {
      if (typeof doc[key] !== 'string' || !doc[key]) throw new BuildError(`${where}: ${key} must be a non-empty string`);
    }
    if (!Array.isArray(doc.requirements) || doc.requirements.length === 0) throw new BuildError(`${where}: requirements must be a non-empty list`);
    const requirements = [];
    const controls = [];
    const seen = new Set();
    for (const req of doc.requirements) {
      if (typeof req?.id !== 'string' || typeof req.title !== 'string') throw new BuildError(`${where}: every requirement needs a string id and title`);
      requirements.push({ id: req.id, title: req.title });
      for (const c of req.controls ?? []) {
        if (typeof c?.id !== 'string' || typeof c.title !== 'string') throw new BuildError(`${where}: requirement ${req.id}: every control needs a string id and title`);
        if (seen.has(c.id)) throw new BuildError(`${where}: duplicate control ${c.id}`);
        seen.add(c.id);
        controls.push({
          id: c.id,
          title: c.title,
          ...(c.description ? { description: String(c.description).trim() } : {}),
          requirement: req.id,
          ...(c.url ? { url: c.url } : {}),
        });
      }
    }
    frameworks.push({ id: doc.id, title: doc.title, version: String(doc.version), ...(doc.url ? { url: doc.url } : {}), requirements, controls });
  }
  return frameworks.sort((a, b) => (a.id < b.id ? -1 : 1));
}

function podSpecPaths(ctx) {
  const lib = ctx.files.find((f) => /(^|\/)lib\/k8s\.rego$/.test(f.staged));
  if (!lib) return [];
  const libDir = join('src', lib.staged.replace(/\/k8s\.rego$/, ''));
  const out = ctx.run(['eval', '--format', 'json', '--data', libDir, 'data.lib.k8s.pod_spec_paths']);
  const value = JSON.parse(out).result?.[0]?.expressions?.[0]?.value;
  if (!value) throw new BuildError('cannot evaluate data.lib.k8s.pod_spec_paths');
  return [...new Set(Object.values(value).map((p) => p.join('.')))].sort();
}

function expandReads(reads, pods, where) {
  const out = [];
  for (const read of reads) {
    if (typeof read !== 'string' || !read) throw new BuildError(`${where}: reads must be non-empty strings`);
    let paths = [read];
    if (read.includes('{pod}')) paths = paths.flatMap((p) => pods().map((pod) => p.replace('{pod}', pod)));
    if (read.includes('{containers}')) paths = paths.flatMap((p) => CONTAINER_FIELDS.map((f) => p.replace('{containers}', f)));
    for (const p of paths) {
      if (/[{}]/.test(p)) throw new BuildError(`${where}: unknown fill-in in reads entry ${read}`);
      out.push(p.split('.'));
    }
  }
  const seen = new Set();
  return out.filter((p) => !seen.has(p.join('.')) && seen.add(p.join('.')));
}

const isStringList = (v) => Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string' && s.length > 0);

function checkMeta(ctx, entry, pods) {
  const { frameworks } = ctx;
  const staged = entry.location.file.replace(/^(.*?\/)?src\//, '');
  const file = staged;
  const where = `${file}:${entry.location.row}`;
  const a = entry.annotations;
  const c = a.custom ?? {};
  const pkg = entry.path.slice(1).map((p) => p.value).join('.');
  const expectPkg = `checks.${file.replace(/^policies\//, '').replace(/\.rego$/, '').replaceAll('/', '.')}`;
  const fail = (msg) => {
    throw new BuildError(`${where}: METADATA ${msg}`);
  };
  if (ctx.builtIn && pkg !== expectPkg) fail(`package ${pkg} must match its path (${expectPkg})`);
  // a field left out is named as missing, with what it takes; one given wrong says what it must be
  const need = (value, name, ok, rule) => {
    if (value === undefined || value === null) fail(`${name} is missing (${rule})`);
    if (!ok(value)) fail(`${name} ${JSON.stringify(value)} must be ${rule}`);
  };
  need(c.id, 'custom.id', (v) => ctx.idPattern.test(v), `a check id matching ${ctx.idPattern}`);
  if (ctx.reservedIds?.has(c.id)) fail(`custom.id ${c.id} is a built-in check's id; give the check its own`);
  if (!a.title) fail('title is missing (a one-line summary of what the check wants)');
  if (!a.description) fail('description is missing (why it matters)');
  need(c.severity, 'custom.severity', (v) => SEVERITIES.includes(v), `one of ${SEVERITIES.join(', ')}`);
  need(c.resource_types, 'custom.resource_types', isStringList, 'a non-empty list of canonical resource types, such as [aws.s3.bucket]');
  need(c.formats, 'custom.formats', (v) => isStringList(v) && v.every((f) => FORMATS.includes(f)), `a non-empty subset of ${FORMATS.join(', ')}`);
  need(c.recommended_action, 'custom.recommended_action', (v) => typeof v === 'string' && v.trim() !== '', 'a non-empty string: how to fix it');
  // left out: the check is not deprecated
  if (c.deprecated !== undefined) need(c.deprecated, 'custom.deprecated', (v) => typeof v === 'boolean', 'true or false (false when left out)');
  if (c.cross_resource !== undefined) need(c.cross_resource, 'custom.cross_resource', (v) => typeof v === 'boolean', 'true or false (false when left out)');
  if (c.whole_scope !== undefined) need(c.whole_scope, 'custom.whole_scope', (v) => typeof v === 'boolean', 'true or false (false when left out)');
  if (ctx.builtIn && !isStringList(c.reads)) fail('custom.reads must be a non-empty list of dot paths');
  const peers = c.peers ?? {};
  for (const [tool, ids] of Object.entries(peers)) if (!isStringList(ids)) fail(`custom.peers.${tool} must be a non-empty list`);
  const listedPeers = new Set(Object.values(peers).flat());
  if (c.peers_partial !== undefined) {
    need(c.peers_partial, 'custom.peers_partial', (v) => isStringList(v) && v.every((id) => listedPeers.has(id)), 'a non-empty list of ids that custom.peers lists');
  }
  const fw = c.frameworks ?? {};
  if (ctx.builtIn && Object.keys(fw).length === 0) fail('custom.frameworks must map the check to at least one control');
  for (const [fwId, controls] of Object.entries(fw)) {
    const framework = frameworks.find((f) => f.id === fwId);
    if (!framework) fail(`custom.frameworks: unknown framework ${fwId} (no policies/frameworks/${fwId}.yaml)`);
    if (!isStringList(controls)) fail(`custom.frameworks.${fwId} must be a non-empty list of control ids`);
    for (const id of controls) if (!framework.controls.some((k) => k.id === id)) fail(`custom.frameworks.${fwId}: control ${id} does not exist in policies/frameworks/${fwId}.yaml`);
  }
  const source = ctx.files.find((f) => f.staged === staged)?.file;
  const testFile = source?.replace(/\.rego$/, '_test.rego');
  if (ctx.builtIn && !(testFile && existsSync(testFile))) fail(`${file.replace(/\.rego$/, '_test.rego')} is missing`);
  if (ctx.builtIn) {
    // unknown is not false, and defaults apply when an attribute is absent: every check proves both
    const tests = readFileSync(testFile, 'utf8');
    // test names, read with one linear pattern (no `\w*word\w*` to backtrack through)
    const testNames = [...tests.matchAll(/^test_(\w*) if/gm)].map((m) => m[1]);
    if (!testNames.some((name) => name.includes('unknown'))) fail(`${testFile.replace(/^.*?policies\//, 'policies/')} needs a test_*unknown* case (an unknown value never matches)`);
    if (!testNames.some((name) => /absent|missing|default|unset|not_set/.test(name))) {
      fail(`${testFile.replace(/^.*?policies\//, 'policies/')} needs a test_*absent* case (the attribute left out)`);
    }
  }
  const sortObj = (o) => Object.fromEntries(Object.entries(o).sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, v]) => [k, [...v]]));
  return {
    id: c.id,
    title: a.title.trim(),
    description: a.description.trim(),
    severity: c.severity,
    package: pkg,
    resourceTypes: [...c.resource_types],
    formats: [...c.formats],
    recommendedAction: c.recommended_action.trim(),
    frameworks: sortObj(fw),
    peers: sortObj(peers),
    ...(c.peers_partial === undefined ? {} : { partialPeers: [...c.peers_partial] }),
    relatedResources: (a.related_resources ?? []).map((r) => r.ref),
    reads: expandReads(c.reads ?? [], pods, where),
    deprecated: c.deprecated ?? false,
    ...(c.cross_resource === true ? { crossResource: true } : {}),
    // internal to the compiler (not in the catalog): see writeAggregator
    wholeScope: c.cross_resource === true || c.whole_scope === true,
    file,
    source,
  };
}

function inspect(ctx) {
  ctx.log?.('opa inspect -a');
  const out = JSON.parse(ctx.run(['inspect', '-a', '-f', 'json', 'src']));
  // evaluated only for a check whose reads use {pod}: one opa run fewer for most user sets
  let podPaths;
  const pods = () => (podPaths ??= podSpecPaths(ctx));
  const checks = [];
  const libs = new Set();
  for (const entry of out.annotations ?? []) {
    if (entry.annotations?.scope !== 'package') continue;
    const pkg = entry.path.slice(1).map((p) => p.value).join('.');
    if (pkg.startsWith('checks.')) checks.push(checkMeta(ctx, entry, pods));
    else if (pkg.startsWith('lib.') && entry.annotations.custom?.library === true) libs.add(pkg);
  }
  // Every Rego file is either a library (custom.library: true) or a check with package METADATA.
  for (const [ns, nsFiles] of Object.entries(out.namespaces ?? {})) {
    const pkg = ns.replace(/^data\./, '');
    // a user's helper packages need no METADATA; the built-in library declares every library
    const ok = pkg.startsWith('checks.') ? checks.some((c) => c.package === pkg) : libs.has(pkg) || !ctx.builtIn;
    if (!ok) throw new BuildError(`${nsFiles.map((f) => f.replace(/^(.*?\/)?src\//, '')).join(', ')}: package ${pkg} has no package-scoped METADATA (a check needs custom.id, a library custom.library: true)`);
  }
  const ids = new Map();
  for (const c of checks) {
    if (ids.has(c.id)) throw new BuildError(`duplicate check id ${c.id} in ${ids.get(c.id)} and ${c.file}`);
    ids.set(c.id, c.file);
    if (ctx.builtIn) c.examples = checkExamples(c);
    delete c.source;
  }
  if (checks.length === 0) throw new BuildError(`no checks (package checks.*, METADATA with custom.id) among ${ctx.files.length} files`);
  return checks.sort((a, b) => (a.id < b.id ? -1 : 1));
}

function checkExamples(check) {
  const file = check.source.replace(/\.rego$/, '.examples.yaml');
  if (!existsSync(file)) throw new BuildError(`${check.file.replace(/\.rego$/, '.examples.yaml')} is missing`);
  const doc = parseYaml(readFileSync(file, 'utf8'));
  const formats = Object.keys(doc ?? {});
  if (formats.length === 0) throw new BuildError(`${file}: needs at least one format`);
  for (const f of formats) {
    if (!check.formats.includes(f)) throw new BuildError(`${file}: format ${f} is not in the check's formats`);
    for (const kind of ['good', 'bad']) {
      if (typeof doc[f]?.[kind] !== 'string' || !doc[f][kind].trim()) throw new BuildError(`${file}: ${f}.${kind} must be a non-empty string`);
    }
  }
  // a check proven on fewer sources than it claims would gate a format nobody tested
  const untested = check.formats.filter((f) => !formats.includes(f));
  if (untested.length > 0) throw new BuildError(`${file}: no good/bad examples for ${untested.join(', ')} (the check's formats)`);
  // the compliant snippets are the remediation examples (`posture checks show`, the HTML report)
  return Object.fromEntries(formats.filter((f) => f !== 'aws-config').sort().map((f) => [f, doc[f].good]));
}

/**
 * The aggregate entrypoints, generated: gate/findings unions every check over one input. The
 * built-in library also gets the same union split in two, so the engine can evaluate a large
 * scope in chunks (OPA's wasm allocator slows down super-linearly as one evaluation's heap
 * grows): gate/local_findings, the checks that judge each resource by itself alone, run per
 * chunk; gate/scope_findings, the checks that read other resources of the scope (METADATA
 * custom.cross_resource or custom.whole_scope), run over the whole scope. A user set gets only
 * gate/findings: its checks are not audited, so each is treated as reading the whole scope.
 */
function writeAggregator(ctx, checks) {
  const live = checks.filter((c) => !c.deprecated);
  const union = (name, list) => [
    '# METADATA',
    '# entrypoint: true',
    list.map((c) => `${name} contains object.union(v, {"check_id": "${c.id}"}) if {\n\tsome v in data.${c.package}.deny\n}\n`).join('\n'),
  ];
  const text = [
    '# METADATA',
    '# title: Every violation of every built-in check, tagged with its check id',
    '# description: Generated by scripts/build-policies.mjs; do not edit.',
    'package gate',
    '',
    ...union('findings', live),
    ...(splitAggregates(ctx, checks) ? ['', ...union('local_findings', live.filter((c) => !c.wholeScope)), '', ...union('scope_findings', live.filter((c) => c.wholeScope))] : []),
  ].join('\n');
  mkdirSync(join(ctx.srcDir, 'gate'), { recursive: true });
  writeFileSync(join(ctx.srcDir, 'gate', 'gate.rego'), text);
  // formatted for the built-in library, whose compiled bytes are committed; a user set's
  // generated file is never read, and formatting it would cost one more opa run
  if (!ctx.builtIn) return;
  const formatted = ctx.run(['fmt', '--list', 'src/gate']).trim();
  if (formatted) ctx.run(['fmt', '-w', 'src/gate']);
}

/** Whether the split aggregates are built: the built-in library, with checks on both sides. */
function splitAggregates(ctx, checks) {
  const live = checks.filter((c) => !c.deprecated);
  return ctx.builtIn && live.some((c) => c.wholeScope) && live.some((c) => !c.wholeScope);
}

function buildWasm(ctx, checks) {
  ctx.log?.('opa build -t wasm');
  const bundle = join(ctx.workDir, 'bundle.tar.gz');
  // paths relative to the work directory: they are compiled into the module, which must not
  // depend on where the repository is checked out
  ctx.run(['build', '-t', 'wasm', '--capabilities', ctx.capabilities, '-o', 'bundle.tar.gz', 'src']);
  const files = readTarGz(readFileSync(bundle));
  if (!files.has('.manifest') || !files.has('policy.wasm')) throw new BuildError(`opa build wrote no .manifest or policy.wasm (found ${[...files.keys()].join(', ')})`);
  const manifest = JSON.parse(files.get('.manifest').toString('utf8'));
  const wasm = files.get('policy.wasm');
  const expected = new Map([['gate/findings', 'aggregate']]);
  if (splitAggregates(ctx, checks)) {
    expected.set('gate/local_findings', 'aggregate:local');
    expected.set('gate/scope_findings', 'aggregate:scope');
  }
  for (const c of checks) expected.set(`${c.package.replaceAll('.', '/')}/deny`, c.id);
  const got = (manifest.wasm ?? []).map((w) => w.entrypoint);
  const missing = [...expected.keys()].filter((e) => !got.includes(e));
  const extra = got.filter((e) => !expected.has(e));
  if (missing.length || extra.length) {
    throw new BuildError(`unexpected Wasm entrypoints: missing [${missing.join(', ')}], extra [${extra.join(', ')}] (is "# METADATA / # entrypoint: true" on each deny rule?)`);
  }
  // a deprecated check stays compiled (its entrypoint exists) but is never run: the aggregate
  // leaves it out, and so does the per-check list
  const deprecated = new Set(checks.filter((c) => c.deprecated).map((c) => c.id));
  const live = [...expected].filter(([, id]) => !deprecated.has(id));
  const entrypoints = Object.fromEntries(live.sort(([a], [b]) => (a < b ? -1 : 1)));
  return { wasm, entrypoints };
}

/**
 * The regular files of the gzipped tar `opa build` writes (name without a leading `/` → bytes):
 * read here rather than by a `tar` program, which a runner stripped to node may not have.
 */
export function readTarGz(gz) {
  const tar = gunzipSync(gz);
  const files = new Map();
  for (let pos = 0; pos + 512 <= tar.length; ) {
    const header = tar.subarray(pos, pos + 512);
    const field = (start, length) => {
      const text = header.subarray(start, start + length).toString('latin1');
      const end = text.indexOf('\0');
      return end === -1 ? text : text.slice(0, end);
    };
    const name = field(0, 100);
    if (!name) break;
    const size = Number.parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    const prefix = field(345, 155);
    if (type === '0' || type === '') files.set(`${prefix ? `${prefix}/` : ''}${name}`.replace(/^\/+/, ''), tar.subarray(pos + 512, pos + 512 + size));
    pos += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

export function readWasm(bytes) {
  let pos = 8;
  const u32 = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[pos++];
      result += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if ((b & 0x80) === 0) return result;
    }
  };
  const s32 = () => {
    let result = 0;
    let shift = 0;
    let b;
    do {
      b = bytes[pos++];
      result |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    return shift < 32 && b & 0x40 ? result | (-1 << shift) : result;
  };
  const name = () => {
    const len = u32();
    const s = bytes.subarray(pos, pos + len).toString('utf8');
    pos += len;
    return s;
  };
  const constExpr = () => {
    const op = bytes[pos++];
    const value = op === 0x41 ? s32() : null; // i32.const
    while (bytes[pos++] !== 0x0b);
    return value;
  };
  let importedGlobals = 0;
  let memoryMin = 0;
  let dataEnd = 0;
  const globals = [];
  const exports = {};
  if (bytes.readUInt32LE(0) !== 0x6d736100) throw new BuildError('policy.wasm is not a Wasm module');
  while (pos < bytes.length) {
    const id = bytes[pos++];
    const size = u32();
    const end = pos + size;
    if (id === 2) {
      for (let n = u32(); n > 0; n--) {
        name();
        name();
        const kind = bytes[pos++];
        if (kind === 0) u32();
        else if (kind === 1) {
          pos++;
          const flags = u32();
          u32();
          if (flags & 1) u32();
        } else if (kind === 2) {
          const flags = u32();
          memoryMin = u32();
          if (flags & 1) u32();
        } else if (kind === 3) {
          pos += 2;
          importedGlobals++;
        }
      }
    } else if (id === 6) {
      for (let n = u32(); n > 0; n--) {
        pos += 2;
        globals.push(constExpr());
      }
    } else if (id === 7) {
      for (let n = u32(); n > 0; n--) {
        const exportName = name();
        const kind = bytes[pos++];
        const index = u32();
        if (kind === 3) exports[exportName] = globals[index - importedGlobals];
      }
    } else if (id === 11) {
      for (let n = u32(); n > 0; n--) {
        const flags = u32();
        if (flags === 2) u32();
        const offset = flags === 1 ? 0 : constExpr();
        const len = u32();
        pos += len;
        if (flags !== 1) dataEnd = Math.max(dataEnd, offset + len);
      }
    }
    pos = end;
  }
  const major = exports.opa_wasm_abi_version;
  const minor = exports.opa_wasm_abi_minor_version;
  if (major == null || minor == null) throw new BuildError('policy.wasm does not export the OPA ABI version globals');
  return { abiVersion: `${major}.${minor}`, memoryMin, dataEnd };
}

