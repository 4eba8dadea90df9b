// Bundles the CLI, the GitHub Action and their parse and evaluation workers into dist/ (committed: the Action runs from the
// repository with no node_modules) and copies the wasm file they load at run time (sql.js, for the history store).
import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/**
 * opa-wasm's loadPolicy asks `policyWasm instanceof Response` first, and reading the global
 * `Response` makes Node load its fetch implementation (undici), ~10-15 ms of a small scan's start-up
 * (issue 19), for nothing: the engine passes a compiled WebAssembly.Module. The test is reordered
 * so that a Module or bytes never read `Response`; any other argument is tested as before. The build
 * fails if the library's code no longer has the expected shape.
 */
const lazyFetchInOpa = {
  name: 'opa-wasm-lazy-fetch',
  setup(builder) {
    builder.onLoad({ filter: /opa-wasm[\\/]src[\\/]opa\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const pattern = /policyWasm instanceof Response \|\|\s*policyWasm instanceof Promise/;
      if (!pattern.test(source)) throw new Error(`${args.path}: the Response test to reorder is gone; revisit scripts/bundle.mjs`);
      const bytesOrModule = '(policyWasm instanceof WebAssembly.Module || policyWasm instanceof ArrayBuffer || ArrayBuffer.isView(policyWasm))';
      return { contents: source.replace(pattern, `policyWasm instanceof Promise || (!${bytesOrModule} && policyWasm instanceof Response)`), loader: 'js' };
    });
  },
};

export async function bundle(outDir = path.join(root, 'dist')) {
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    // Some dependencies are CommonJS and call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    // sql.js (CommonJS) reads __dirname, which ESM lacks; its wasm is located explicitly (locateWasm),
    // so this only has to exist, and is the bundle's own directory.
    define: { __dirname: 'import.meta.dirname' },
    plugins: [lazyFetchInOpa],
  };
  // Code splitting (issue 19, start-up): what the CLI imports dynamically (the AWS SDK, SQLite and
  // the history, `import`, ...) goes to chunk files loaded only by the commands that use them, so a
  // small scan compiles a fraction of the code. The chunks sit beside index.js in dist/cli/ (same
  // depth, so paths found from import.meta.url, ../worker/ and ../policies/, stay right); stale
  // ones of an earlier build are removed first.
  await removeChunks(path.join(outDir, 'cli'));
  await build({
    ...common,
    entryPoints: { index: path.join(root, 'src/cli/index.ts') },
    outdir: path.join(outDir, 'cli'),
    splitting: true,
    chunkNames: 'chunk-[hash]',
  });
  // The watchdog parent of bin/posture.js: small, so that watching costs little start-up.
  await build({ ...common, entryPoints: [path.join(root, 'src/cli/supervise.ts')], outfile: path.join(outDir, 'cli/supervise.js') });
  // The command table alone (static data): bin/posture-pre-commit.js reads which scan flags take a value from it.
  await build({ ...common, entryPoints: [path.join(root, 'src/cli/commands.ts')], outfile: path.join(outDir, 'cli/commands.js') });
  await build({ ...common, entryPoints: [path.join(root, 'action/index.ts')], outfile: path.join(outDir, 'action/index.js') });
  // The parse worker thread, shared by both: src/parsers/pool.ts looks for it at ../worker/ from
  // the running bundle, and parses in the main thread when it is missing.
  await build({ ...common, entryPoints: [path.join(root, 'src/parsers/parse-worker.ts')], outfile: path.join(outDir, 'worker/parse-worker.js') });
  // The evaluation worker (src/engine/eval-thread.ts finds it the same way; big scans of several
  // scopes evaluate there while the main thread builds findings).
  await build({ ...common, entryPoints: [path.join(root, 'src/engine/eval-worker.ts')], outfile: path.join(outDir, 'worker/eval-worker.js') });
  // The policy compile worker (src/policies/compile-thread.ts): compiles a --policy directory of Rego
  // while the scan parses, with opa or the embedded compiler (dist/regoc, scripts/build-regoc.sh).
  await build({ ...common, entryPoints: [path.join(root, 'src/policies/compile-worker.mjs')], outfile: path.join(outDir, 'worker/compile-worker.js') });
  // emptied first, so a wasm file no longer used (the tree-sitter HCL grammar, issue 19) leaves dist/
  await rm(path.join(outDir, 'wasm'), { recursive: true, force: true });
  await mkdir(path.join(outDir, 'wasm'), { recursive: true });
  const wasmFiles = [
    // SQLite for the history store (`--record`, `posture history`); src/history/sqlite.ts finds it with locateWasm
    require.resolve('sql.js/dist/sql-wasm.wasm'),
  ];
  for (const file of wasmFiles) await copyFile(file, path.join(outDir, 'wasm', path.basename(file)));
}

async function removeChunks(directory) {
  const names = await readdir(directory).catch(() => []);
  await Promise.all(names.filter((name) => /^chunk-\w+\.js$/.test(name)).map((name) => rm(path.join(directory, name))));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outIndex = process.argv.indexOf('--out');
  await bundle(outIndex > 0 ? path.resolve(process.argv[outIndex + 1]) : undefined);
}
