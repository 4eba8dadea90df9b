import { posix } from 'node:path';
import { parseTemplateText } from '../../../../parsers/terraform/index.js';
import { failure, isRecord, unknown } from '../values.js';
import { map, str } from './args.js';
import type { CallContext, FunctionSpec } from './spec.js';

/** `file()`: only files inside the scan root are read; anything else is unknown, never guessed. */
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

export const FILE_FUNCTIONS: Record<string, FunctionSpec> = {
  file: { arity: [1, 1], fn: ([p], ctx) => readFile(str(p, 'path'), ctx) },
  templatefile: { arity: [2, 2], fn: ([p, v], ctx) => (isRecord(v) ? templatefile(str(p, 'path'), map(v), ctx) : failure('templatefile(): vars must be an object')) },
  basename: { arity: [1, 1], fn: ([p]) => posix.basename(str(p)) },
  dirname: { arity: [1, 1], fn: ([p]) => posix.dirname(str(p)) },
};
