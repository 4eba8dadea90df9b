import { evaluateConditions } from './conditions.js';
import { asRecord } from './convert.js';
import type { CfnOptions } from './parameters.js';
import { resolveValue, type TemplateContext } from './resolve.js';
import { mergeGlobals, type MergedProperties } from './sam.js';

/** One entry of `Resources`, with its Properties resolved. */
export interface CfnResource {
  logicalId: string;
  type: string;
  /** The resource as written, in long form. */
  raw: Record<string, unknown>;
  /** Resolved Properties: parameter values in, AWS::NoValue out, the rest unknown. */
  properties: Record<string, unknown>;
  /** SAM resources: where each merged property (Globals or the resource's own) is written. */
  origins?: MergedProperties['origins'];
}

/** Parameters, mappings and pseudo parameters as the options give them, and the evaluated Conditions. */
export function templateContext(template: Record<string, unknown>, options: CfnOptions = {}): TemplateContext {
  const parameters: TemplateContext['parameters'] = {};
  for (const [name, definition] of Object.entries(asRecord(template.Parameters) ?? {})) {
    parameters[name] = asRecord(definition) ?? {};
  }
  const ctx: TemplateContext = {
    parameters,
    mappings: asRecord(template.Mappings) ?? {},
    resourceIds: new Set(Object.keys(asRecord(template.Resources) ?? {})),
    parameterValues: options.parameters ?? {},
    pseudoParameters: options.pseudoParameters ?? {},
  };
  return { ...ctx, conditions: evaluateConditions(template, ctx) };
}

/**
 * Resolves a resource's Properties. A SAM resource first gets its Globals merged in; its `raw`
 * then carries the merged Properties, so a format-specific rule reads what SAM deploys.
 */
export function resolveResource(
  logicalId: string, raw: Record<string, unknown>, ctx: TemplateContext, template: Record<string, unknown> = {},
): CfnResource {
  const merged = mergeGlobals(template, logicalId, raw);
  const written = merged ? { ...raw, Properties: merged.properties } : raw;
  const properties = asRecord(resolveValue(written.Properties ?? {}, ctx)) ?? {};
  return { logicalId, type: String(raw.Type), raw: written, properties, origins: merged?.origins };
}
