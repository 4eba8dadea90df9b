import { pathKey } from '../../model/resource.js';
import type { AttributePath } from '../../model/source.js';
import { asRecord } from './convert.js';

const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';

/** Globals section → the SAM resource type it applies to. */
const GLOBAL_SECTIONS: Record<string, string> = {
  Function: 'AWS::Serverless::Function',
  Api: 'AWS::Serverless::Api',
  HttpApi: 'AWS::Serverless::HttpApi',
  SimpleTable: 'AWS::Serverless::SimpleTable',
  StateMachine: 'AWS::Serverless::StateMachine',
  LayerVersion: 'AWS::Serverless::LayerVersion',
};

/** Properties with their Globals merged in, and where each value was written. */
export interface MergedProperties {
  properties: Record<string, unknown>;
  /** pathKey(path in properties) → path in the template of the value it came from. */
  origins: Map<string, AttributePath>;
}

export function isSamTemplate(template: Record<string, unknown>): boolean {
  const transform = template.Transform;
  return transform === SAM_TRANSFORM || (Array.isArray(transform) && transform.includes(SAM_TRANSFORM));
}

/**
 * Merges the `Globals` section that applies to a SAM resource into its Properties, as the SAM
 * translator does (and Checkov's `enrich_resources_with_globals`): maps merge key by key, lists
 * are the global items followed by the resource's, and any other value (a scalar, an intrinsic)
 * written on the resource replaces the global one. Undefined when no Globals apply.
 */
export function mergeGlobals(template: Record<string, unknown>, logicalId: string, raw: Record<string, unknown>): MergedProperties | undefined {
  if (!isSamTemplate(template)) return undefined;
  const section = Object.keys(GLOBAL_SECTIONS).find((name) => GLOBAL_SECTIONS[name] === raw.Type);
  const globals = section ? asRecord(asRecord(template.Globals)?.[section]) : undefined;
  if (!section || !globals) return undefined;
  const origins = new Map<string, AttributePath>();
  const local = asRecord(raw.Properties) ?? {};
  const properties = merge(
    { value: globals, at: ['Globals', section] },
    { value: local, at: ['Resources', logicalId, 'Properties'] },
    [],
    origins,
  ) as Record<string, unknown>;
  return { properties, origins };
}

interface Located {
  value: unknown;
  /** Where `value` is written in the template. */
  at: AttributePath;
}

function merge(global: Located | undefined, local: Located | undefined, path: AttributePath, origins: Map<string, AttributePath>): unknown {
  if (!local || !global) return copy((local ?? global)!, path, origins);
  const [g, l] = [asMap(global.value), asMap(local.value)];
  if (g && l) {
    origins.set(pathKey(path), local.at);
    const out: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(g), ...Object.keys(l)])) {
      const child = (side: Located, map: Record<string, unknown>) => (key in map ? { value: map[key], at: [...side.at, key] } : undefined);
      out[key] = merge(child(global, g), child(local, l), [...path, key], origins);
    }
    return out;
  }
  if (Array.isArray(global.value) && Array.isArray(local.value)) {
    origins.set(pathKey(path), local.at);
    const items = [
      ...global.value.map((value, i) => ({ value, at: [...global.at, i] })),
      ...local.value.map((value, i) => ({ value, at: [...local.at, i] })),
    ];
    return items.map((item, i) => copy(item, [...path, i], origins));
  }
  return copy(local, path, origins);
}

/** Records the origin of `item` and of everything inside it. */
function copy(item: Located, path: AttributePath, origins: Map<string, AttributePath>): unknown {
  origins.set(pathKey(path), item.at);
  const { value } = item;
  if (Array.isArray(value)) value.forEach((child, i) => copy({ value: child, at: [...item.at, i] }, [...path, i], origins));
  else if (asRecord(value)) {
    for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
      copy({ value: child, at: [...item.at, key] }, [...path, key], origins);
    }
  }
  return value;
}

/** A map that merges: an intrinsic function (`{"Fn::If": ...}`, `{"Ref": ...}`) is a value, not a map. */
function asMap(value: unknown): Record<string, unknown> | undefined {
  const record = asRecord(value);
  if (!record) return undefined;
  const keys = Object.keys(record);
  const intrinsic = keys.length === 1 && (keys[0] === 'Ref' || keys[0] === 'Condition' || keys[0].startsWith('Fn::'));
  return intrinsic ? undefined : record;
}
