import type { Diagnostic } from '../../model/diagnostic.js';
import type { ParsedDocument } from '../../model/document.js';
import { fileStart } from '../../model/source.js';
import { asRecord } from './convert.js';
import { resourceFailed } from './failed.js';
import { CHAIN_TOO_DEEP } from './conditions.js';
import { isUnknown } from '../../model/unknown.js';
import { expandLanguageExtensions } from './language-extensions.js';
import { macroDiagnostic } from './macros.js';
import type { CfnOptions } from './parameters.js';
import type { TemplateContext } from './resolve.js';
import { resolveStackTree } from './stacks.js';
import { resolveResource, templateContext, type CfnResource } from './template.js';

export { loadCfnParameters, type CfnOptions, type CfnParameterValues } from './parameters.js';
export type { CfnResource } from './template.js';
export type { TemplateContext } from './resolve.js';
export { asRecord } from './convert.js';
export { MAX_STACK_DEPTH } from './stacks.js';
export { nestedTemplateRequests } from './requests.js';

/** A template as CloudFormation deploys it: transforms applied, parameters and conditions bound, properties resolved. */
export interface ResolvedTemplate {
  /** The template after `Fn::ForEach` and SAM; `locate` maps its paths back to where they are written. */
  doc: ParsedDocument;
  ctx: TemplateContext;
  /** Resources that exist (their Condition is not false), in template order, Properties resolved. */
  resources: CfnResource[];
  /** Logical ids of resources left out because their `Condition` is false. */
  excluded: string[];
  diagnostics: Diagnostic[];
  /** Logical ids of the nested stacks from the root template to this one (`['Network']`); empty for a root template. */
  stack: string[];
  /** The root template of the deployment (its own path for a root template): the scope of its resources. */
  rootPath: string;
}

/**
 * A root template and the templates of its nested stacks (local `TemplateURL`/`Location`), each
 * resolved with the parameters its parent passes. `templates`: every CloudFormation document read,
 * by path. Options (--cfn-params, pseudo parameters) apply to the root template only.
 */
export function resolveCloudFormationStacks(root: ParsedDocument, options: CfnOptions, templates: ReadonlyMap<string, ParsedDocument>): ResolvedTemplate[] {
  return resolveStackTree(root, options, templates, resolveCloudFormation);
}

/**
 * One CloudFormation template → its resources as deployed. A resource whose Condition is false does
 * not exist, so it is left out; one whose Condition is unknown is kept, its `Fn::If` values unknown.
 * Undefined for an empty document.
 */
export function resolveCloudFormation(
  written: ParsedDocument, options: CfnOptions = {}, stack: string[] = [], rootPath = written.file.path,
): ResolvedTemplate | undefined {
  if (!asRecord(written.value) || Object.keys(written.value as object).length === 0) return undefined;
  const diagnostics: Diagnostic[] = [];
  const macros = macroDiagnostic(written);
  if (macros) diagnostics.push(macros);
  const expanded = expandLanguageExtensions(written, options);
  diagnostics.push(...expanded.diagnostics);
  const { doc } = expanded;
  const template = doc.value as Record<string, unknown>;
  const ctx = templateContext(template, options);
  const chain = [...(ctx.conditions ?? [])].find(([, value]) => isUnknown(value) && value.reason === CHAIN_TOO_DEEP);
  if (chain) diagnostics.push(tooDeepChain(doc, chain[0]));
  if (!asRecord(template.Resources)) diagnostics.push(warning(doc, undefined, 'template has no Resources map'));
  const resolved: ResolvedTemplate = { doc, ctx, resources: [], excluded: [], diagnostics, stack, rootPath };
  for (const [logicalId, definition] of Object.entries(asRecord(template.Resources) ?? {})) {
    const raw = asRecord(definition);
    if (!raw || typeof raw.Type !== 'string') {
      // A malformed Fn::ForEach has its own diagnostic from the expansion.
      if (!logicalId.startsWith('Fn::ForEach::')) diagnostics.push(warning(doc, logicalId, `resource ${logicalId} has no Type; skipped`));
      continue;
    }
    if (typeof raw.Condition === 'string' && ctx.conditions?.get(raw.Condition) === false) {
      resolved.excluded.push(logicalId);
      continue;
    }
    try {
      resolved.resources.push(resolveResource(logicalId, raw, ctx, template));
    } catch (error) {
      diagnostics.push(resourceFailed(doc, logicalId, error));
    }
  }
  return resolved;
}

function tooDeepChain(doc: ParsedDocument, name: string): Diagnostic {
  const message = `${CHAIN_TOO_DEEP}; condition ${name} and those that depend on it are unknown`;
  return { code: 'LIMIT_EXCEEDED', level: 'error', message, range: doc.locate(['Conditions', name]) ?? fileStart(doc.file.path) };
}

function warning(doc: ParsedDocument, logicalId: string | undefined, message: string): Diagnostic {
  const range = doc.locate(logicalId === undefined ? [] : ['Resources', logicalId]);
  return { code: 'PARSE_UNSUPPORTED', level: 'warning', message, range: range ?? fileStart(doc.file.path) };
}
