import type { Diagnostic, DiagnosticCode } from '../../model/diagnostic.js';
import type { ParsedDocument } from '../../model/document.js';
import { fileStart } from '../../model/source.js';
import { isUnknown, unknownValue } from '../../model/unknown.js';
import { getErrorMessage } from '../../errors.js';
import { asRecord } from './convert.js';
import type { CfnOptions, CfnParameterValues } from './parameters.js';
import { NESTED_STACK_TYPES, stackLocation } from './requests.js';
import type { CfnResource } from './template.js';

/** How deep nested stacks are followed (CloudFormation allows more, but real trees stay far below). */
export const MAX_STACK_DEPTH = 8;
/** The most nested stack instances resolved under one root template (each child may be nested many times). */
export const MAX_NESTED_STACKS = 500;

/** What a nested stack needs of the template resolver, without importing it (it imports this file). */
export interface StackTemplate {
  doc: ParsedDocument;
  resources: CfnResource[];
  diagnostics: Diagnostic[];
  /** Logical ids of the nested stacks that lead from the root template to this one; empty for a root. */
  stack: string[];
  /** The root template's path: one deployment, one scope. */
  rootPath: string;
}

type ResolveOne<T extends StackTemplate> = (doc: ParsedDocument, options: CfnOptions, stack: string[], rootPath: string) => T | undefined;

interface Walk<T extends StackTemplate> {
  templates: ReadonlyMap<string, ParsedDocument>;
  resolve: ResolveOne<T>;
  out: T[];
  count: number;
  /** The count limit is said once per root: past it, every further stack would repeat it. */
  full: boolean;
}

/**
 * A root template and every nested stack under it, each child resolved with the parameters its
 * parent passes, as CloudFormation deploys them. `templates` holds every CloudFormation document
 * read (scanned or read as a dependency), by path. What cannot be read (a remote or missing
 * template, one outside the scan root, a cycle) is a STACK_UNRESOLVED diagnostic on the parent.
 */
export function resolveStackTree<T extends StackTemplate>(
  root: ParsedDocument, options: CfnOptions, templates: ReadonlyMap<string, ParsedDocument>, resolve: ResolveOne<T>,
): T[] {
  const top = resolve(root, options, [], root.file.path);
  if (top === undefined) return [];
  const walk: Walk<T> = { templates, resolve, out: [top], count: 0, full: false };
  nest(walk, top, [root.file.path]);
  return walk.out;
}

function nest<T extends StackTemplate>(walk: Walk<T>, parent: T, chain: string[]): void {
  for (const resource of parent.resources) {
    const property = NESTED_STACK_TYPES[resource.type];
    if (property === undefined) continue;
    const report = ({ code, level = 'warning', message }: Problem): void => {
      const range = parent.doc.locate(['Resources', resource.logicalId, 'Properties', property]) ?? parent.doc.locate(['Resources', resource.logicalId]);
      parent.diagnostics.push({ code, level, message: `nested stack ${resource.logicalId}: ${message}`, range: range ?? fileStart(parent.doc.file.path) });
    };
    const found = childTemplate(walk, resource.properties[property], property, parent, chain);
    if ('skip' in found) continue;
    if ('problem' in found) {
      report(found.problem);
      continue;
    }
    walk.count++;
    let child: T | undefined;
    try {
      child = walk.resolve(found.doc, { parameters: passedParameters(resource.properties.Parameters, found.doc) }, [...parent.stack, resource.logicalId], parent.rootPath);
    } catch (error) {
      // a failure in one child costs that child, not the parent and its other stacks
      report({ code: 'STACK_UNRESOLVED', message: `template ${found.doc.file.path} could not be resolved: ${getErrorMessage(error)}` });
      continue;
    }
    if (child === undefined) continue;
    walk.out.push(child);
    nest(walk, child, [...chain, found.doc.file.path]);
  }
}

interface Problem {
  code: DiagnosticCode;
  level?: Diagnostic['level'];
  message: string;
}

/** The child template a nested stack's `TemplateURL`/`Location` names, or why it is not read. */
function childTemplate<T extends StackTemplate>(
  walk: Walk<T>, value: unknown, property: string, parent: T, chain: string[],
): { doc: ParsedDocument } | { problem: Problem } | { skip: true } {
  const unresolved = (message: string) => ({ problem: { code: 'STACK_UNRESOLVED' as const, message } });
  const location = stackLocation(value, parent.doc.file.path);
  switch (location.kind) {
    case 'remote':
      return unresolved(`${property} ${location.written} is not a local template; its resources are not scanned (scan the template before it is packaged)`);
    case 'outside':
      return unresolved(`${property} ${location.written} is outside the scan root; its resources are not scanned`);
    case 'unknown':
      return unresolved(`${property} is not known before deployment (${location.reason}); its resources are not scanned`);
  }
  if (chain.includes(location.path)) return unresolved(`template ${location.path} nests itself (${[...chain, location.path].join(' → ')}); not followed`);
  if (chain.length > MAX_STACK_DEPTH) {
    return { problem: { code: 'LIMIT_EXCEEDED', level: 'error', message: `nested more than ${MAX_STACK_DEPTH} levels deep; template ${location.path} is not scanned` } };
  }
  if (walk.count >= MAX_NESTED_STACKS) {
    const said = walk.full;
    walk.full = true;
    return said ? { skip: true } : { problem: { code: 'LIMIT_EXCEEDED', level: 'error', message: `more than ${MAX_NESTED_STACKS} nested stacks under ${parent.rootPath}; this one and later ones are not scanned` } };
  }
  const doc = walk.templates.get(location.path);
  if (doc === undefined) return unresolved(`template ${location.path} was not read (missing, excluded, not a regular file inside the scan root, or not a CloudFormation template); its resources are not scanned`);
  if (doc.value === undefined) return unresolved(`template ${location.path} could not be parsed; its resources are not scanned`);
  return { doc };
}

/**
 * What the parent passes as the child's parameter values. CloudFormation takes them as strings (a
 * list joined by commas); a value the scan cannot know (a `Ref` to a parent resource, an
 * `Fn::GetAtt`) stays unknown in the child, never its Default. With `Parameters` itself unknown,
 * every parameter of the child is. Pseudo parameters and --cfn-params are not passed on: a nested
 * stack gets only what its parent gives it.
 */
export function passedParameters(passed: unknown, child: ParsedDocument): CfnParameterValues {
  const out: CfnParameterValues = {};
  if (isUnknown(passed)) {
    for (const name of Object.keys(asRecord(asRecord(child.value)?.Parameters) ?? {})) {
      out[name] = unknownValue(`the parent stack's Parameters are unknown (${passed.reason ?? 'not evaluated'})`);
    }
    return out;
  }
  for (const [name, value] of Object.entries(asRecord(passed) ?? {})) {
    const text = parameterText(value);
    out[name] = text ?? unknownValue(`parameter ${name} passed by the parent stack is ${isUnknown(value) ? (value.reason ?? 'unknown') : 'not a string'}`);
  }
  return out;
}

function parameterText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) return value.join(',');
  return undefined;
}
