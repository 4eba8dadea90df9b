import { posix } from 'node:path';
import { minimatch } from 'minimatch';
import { parseTemplateText } from '../../../../parsers/terraform/index.js';
import { failure, isRecord, unknown } from '../values.js';
import { map, str } from './args.js';
import { setOf } from './sets.js';
import type { CallContext, FunctionSpec } from './spec.js';

/** `fileset()`'s view of the disk: the regular files below a directory, relative to it. */
export interface FileLister {
  list(path: string): { files: string[] } | { error: string };
}

/**
 * `file()`: only files whose real path is inside the repository boundary are read (the reader
 * follows links and refuses any that lead out); anything else is unknown, never guessed.
 */
function readFile(path: string, ctx: CallContext): unknown {
  const files = ctx.scope.files;
  if (files === undefined) return unknown(`file("${path}"): files are not read here`);
  const result = files.read(path);
  return 'text' in result ? result.text : unknown(`file("${path}"): ${result.error}`);
}

/** `templatefile()`: the template sees only the variables passed, plus functions (as in Terraform). */
function templatefile(path: string, vars: Record<string, unknown>, ctx: CallContext): unknown {
  const text = readFile(path, ctx);
  if (typeof text !== 'string') return text;
  const template = parseTemplateText(text, path);
  if (template === undefined) return unknown(`templatefile("${path}"): the template could not be parsed`);
  const scope = { ...ctx.scope, vars: new Map(), locals: new Map(), modules: new Map(), resources: undefined, bindings: vars };
  return ctx.evaluate(template, scope);
}

/** `fileset(path, pattern)`: the files below `path` matching the glob, relative to `path`, as a set. */
function fileset(path: string, pattern: string, ctx: CallContext): unknown {
  const files = ctx.scope.files as (NonNullable<typeof ctx.scope.files> & Partial<FileLister>) | undefined;
  if (files?.list === undefined) return unknown(`fileset("${path}"): files are not read here`);
  const result = files.list(path);
  if ('error' in result) return unknown(`fileset("${path}"): ${result.error}`);
  return setOf(result.files.filter((file) => minimatch(file, pattern, { dot: true })));
}

export const FILE_FUNCTIONS: Record<string, FunctionSpec> = {
  file: { arity: [1, 1], fn: ([p], ctx) => readFile(str(p, 'path'), ctx) },
  templatefile: { arity: [2, 2], fn: ([p, v], ctx) => (isRecord(v) ? templatefile(str(p, 'path'), map(v), ctx) : failure('templatefile(): vars must be an object')) },
  fileset: { arity: [2, 2], fn: ([p, g], ctx) => fileset(str(p, 'path'), str(g, 'pattern'), ctx) },
  basename: { arity: [1, 1], fn: ([p]) => posix.basename(str(p)) },
  dirname: { arity: [1, 1], fn: ([p]) => posix.dirname(str(p)) },
};
