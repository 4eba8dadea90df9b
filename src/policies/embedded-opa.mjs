// The OPA compiler inside the scanner: tools/regoc (the subset of the opa command line that
// compiler.mjs runs, built for wasip1) run by node:wasi, so a directory of Rego compiles where no
// opa is installed. The module ships brotli-compressed at dist/regoc/regoc.wasm.br (6 MB; 40 MB
// inflated) and is read only by the compile worker (compile-worker.mjs), which runs only when a
// `--policy` directory needs compiling: other scans never touch it. Plain JavaScript so that the
// worker runs from the sources too (tests) as well as from dist/worker/compile-worker.js.
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { brotliDecompressSync } from 'node:zlib';
import { BuildError } from './compiler.mjs';

/** Where the compressed module lives, from the sources (src/policies) and from a bundle (dist/*). */
export function embeddedOpaFile() {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.resolve(here, '..', '..', 'dist', 'regoc', 'regoc.wasm.br');
}

/** The version of OPA the module holds (tools/regoc/go.mod), part of the compile cache's key. */
export function embeddedOpaStamp(file = embeddedOpaFile()) {
  const stamp = path.join(path.dirname(file), 'regoc.stamp');
  return existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : `size ${statSync(file).size}`;
}

/** node:wasi, required (not imported) so that Node 20's one-time experimental warning stays off stderr. */
function wasiClass() {
  const emit = process.emitWarning;
  process.emitWarning = (warning, ...rest) => {
    const text = typeof warning === 'string' ? warning : warning.message;
    if (!text.startsWith('WASI is an experimental')) emit.call(process, warning, ...rest);
  };
  try {
    return createRequire(import.meta.url)('node:wasi').WASI;
  } finally {
    process.emitWarning = emit;
  }
}

/**
 * The garbage collector, called after each run: on Node 20 a few Go instances left for the
 * collector crash the process (SIGSEGV on the fifth `inspect` in a row, measured); collected one by
 * one they do not. The flag is set at run time because a worker thread cannot be given V8 flags.
 */
function collector() {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc');
}

/** The module compiled from the compressed file; a WebAssembly.Module can be handed to another worker. */
export function compileEmbeddedOpa(file = embeddedOpaFile()) {
  return new WebAssembly.Module(brotliDecompressSync(readFileSync(file)));
}

/**
 * A runner for compilePolicies over the embedded module: (args, cwd) → stdout, as `opa` would.
 * The guest sees `cwd` as /work and each absolute path in the arguments (policy directories, the
 * capabilities file's directory) as /in/N, nothing else of the host; its output names those paths
 * as the host does, so that messages point at the user's files.
 * @param {string} file  the compressed module
 * @param {WebAssembly.Module} [module]  the module already compiled from it
 */
export function embeddedOpaRunner(file = embeddedOpaFile(), module = compileEmbeddedOpa(file)) {
  const WASI = wasiClass();
  const gc = collector();
  // `opa version` from the stamp (scripts/build-regoc.sh): no need to start Go for it
  const version = /opa-v(\S+)/.exec(embeddedOpaStamp(file))?.[1];
  return (args, cwd) => {
    if (args[0] === 'version' && version) return `Version: ${version}\n`;
    const preopens = { '/work': cwd };
    const guestArgs = args.map((arg) => {
      if (!path.isAbsolute(arg) || !existsSync(arg)) return arg;
      const dir = statSync(arg).isDirectory() ? arg : path.dirname(arg);
      const guest = `/in/${Object.keys(preopens).length - 1}`;
      preopens[guest] = dir;
      return dir === arg ? guest : `${guest}/${path.basename(arg)}`;
    });
    mkdirSync(cwd, { recursive: true });
    const io = mkdtempSync(path.join(cwd, '.regoc-'));
    const fds = [openSync(path.join(io, 'out'), 'w'), openSync(path.join(io, 'err'), 'w')];
    let code;
    try {
      // no environment of ours: user Rego runs under `test`, where opa.runtime() would show it
      const wasi = new WASI({ version: 'preview1', args: ['opa', ...guestArgs], env: { PWD: '/work', HOME: '/work' }, preopens, stdout: fds[0], stderr: fds[1], returnOnExit: true });
      code = wasi.start(new WebAssembly.Instance(module, wasi.getImportObject()));
    } finally {
      fds.forEach((fd) => closeSync(fd));
      gc();
    }
    // '/work/' first: the host paths put in for /in/N may themselves hold '/work/'
    const host = (text) => Object.entries(preopens).reduce((t, [guest, dir]) => t.replaceAll(`${guest}/`, guest === '/work' ? '' : `${dir}${path.sep}`), text);
    const [stdout, stderr] = ['out', 'err'].map((name) => host(readFileSync(path.join(io, name), 'utf8')));
    rmSync(io, { recursive: true, force: true });
    if (code !== 0) throw new BuildError(`opa ${args.join(' ')} failed (embedded compiler, exit ${code}):\n${`${stdout}${stderr}`.trim()}`);
    return stdout;
  };
}
