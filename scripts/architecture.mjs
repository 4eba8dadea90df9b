// The stages of docs/ARCHITECTURE.md as data, and the ESLint rule that enforces them
// (eslint.config.js); scripts/architecture.test.ts proves every arrow. A folder of src/ may import
// model/, the folders of every layer below its own, and the same-layer folders WITHIN allows.
//
// Why a local rule: `no-restricted-imports` matches the specifier text, so `../aws/index.js` from
// normalize/terraform (normalize/aws) cannot be told from the same text in cli/ (src/aws);
// import-x's `no-restricted-paths` needs a TypeScript resolver for our `.js` specifiers and skips
// what it cannot resolve. A relative specifier resolved with path.resolve is exact.
import path from 'node:path';

/** Lowest first. */
export const LAYERS = [
  { name: 'model', folders: ['model'] },
  // The repository boundary (boundary-checked reads, tool lookup, capped gzip): every stage reads through it.
  { name: 'boundary', folders: ['fs'] },
  { name: 'read', folders: ['discover', 'parsers', 'catalog', 'engine', 'config'] },
  { name: 'resolve', folders: ['resolve'] },
  { name: 'normalize', folders: ['normalize', 'render'] },
  { name: 'findings', folders: ['findings', 'suppress', 'baseline'] },
  { name: 'report', folders: ['report', 'history', 'policies'] },
  { name: 'orchestrate', folders: ['aws', 'cli'] },
];

/** Top-level orchestration files of src/: only the orchestrate layer (and src/*.ts) may import them. */
export const ORCHESTRATION = ['gate.ts', 'sources.ts', 'diff-base.ts', 'vcs-provenance.ts', 'request.ts', 'follow.ts', 'index.ts'];

/** Imports within a layer that the design allows. */
export const WITHIN = {
  discover: ['parsers'],
  suppress: ['findings', 'discover', 'config'],
  baseline: ['findings', 'suppress'],
  report: ['findings', 'history'],
  render: ['normalize'],
  cli: ['aws'],
};

const layerOf = (folder) => LAYERS.findIndex((l) => l.folders.includes(folder));

/** Why `from` (a src/ folder) may not import `to` (a src/ folder or top-level file), or undefined when it may. */
export function arrowViolation(from, to) {
  if (from === to) return undefined;
  const source = layerOf(from);
  if (source < 0) return undefined; // src/*.ts, testing/: orchestration and test helpers
  if (ORCHESTRATION.includes(to)) {
    return LAYERS[source].name === 'orchestrate' ? undefined : `${from}/ may not import ${to}: only cli/ and aws/ orchestrate the stages`;
  }
  const target = layerOf(to);
  if (target < 0) return to === 'testing' ? `${from}/ may not import testing/ outside tests` : undefined;
  if (target < source) return undefined;
  if (target === source && (WITHIN[from] ?? []).includes(to)) return undefined;
  return `${from}/ (${LAYERS[source].name}) may not import ${to}/ (${LAYERS[target].name}): stages import earlier stages only`;
}

/** The src/ folder (or top-level file) a path lies in, or undefined outside src/. */
function srcPart(file, srcRoot) {
  const relative = path.relative(srcRoot, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  const [first, ...rest] = relative.split(path.sep);
  return rest.length === 0 ? first.replace(/\.js$/, '.ts') : first;
}

const DISK = new Set(['node:fs', 'fs', 'node:fs/promises', 'fs/promises']);

/** ESLint rule `architecture/stages`: the arrows above, plus "normalize/ never reads the disk". */
export const stagesRule = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const srcRoot = path.join(context.cwd, 'src');
    const from = srcPart(context.filename, srcRoot);
    const check = (node, specifier) => {
      if (typeof specifier !== 'string' || from === undefined) return;
      if (DISK.has(specifier) && from === 'normalize') {
        context.report({ node, message: 'normalize/ never reads the disk: discover and resolve read files (through the repository boundary) and normalize maps them' });
        return;
      }
      if (!specifier.startsWith('.')) return;
      const to = srcPart(path.resolve(path.dirname(context.filename), specifier), srcRoot);
      const violation = to === undefined ? undefined : arrowViolation(from, to);
      if (violation) context.report({ node, message: `${violation} (docs/ARCHITECTURE.md)` });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
