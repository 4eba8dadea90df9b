import { pathKey } from '../../model/resource.js';
import type { AttributePath } from '../../model/source.js';
import { asRecord } from './convert.js';
import { resolveValue, type TemplateContext } from './resolve.js';
import { implicitApis } from './sam-implicit.js';
import { SAM_TRANSLATORS, type Generated, type Rename } from './sam-resources.js';
import { isSamTemplate, mergeGlobals } from './sam.js';

/** Where a generated resource comes from. */
interface Source {
  /** The SAM resource's logical id. */
  logicalId: string;
  renames: Rename[];
  anchor?: AttributePath;
  /** Where a SAM resource that is not written (an implicit API) is caused: the event. */
  root?: AttributePath;
  /** Globals merge: pathKey(path in the merged Properties) → where it is written. */
  origins?: Map<string, AttributePath>;
}

export interface SamTranslation {
  value: Record<string, unknown>;
  /** A path of the translated template → the path as written. */
  writtenPath: (path: AttributePath) => AttributePath;
}

/**
 * The template as the SAM transform deploys it, for the SAM types a check reads: each is
 * replaced by the CloudFormation resources it generates (Globals merged first), which then
 * normalise like any other. Condition, DependsOn, Metadata (inline suppressions) and the
 * deletion policies carry over. Undefined for a template without the SAM transform.
 */
export function translateSam(template: Record<string, unknown>, ctx: TemplateContext): SamTranslation | undefined {
  const resources = asRecord(template.Resources);
  if (!isSamTemplate(template) || !resources) return undefined;
  const translation: Translation = { template, ctx, declared: resources, out: {}, sources: new Map() };
  for (const [logicalId, definition] of Object.entries(resources)) {
    const raw = asRecord(definition);
    if (raw && typeof raw.Type === 'string' && raw.Type in SAM_TRANSLATORS) translateOne(translation, logicalId, raw);
    else if (!(logicalId in translation.out)) translation.out[logicalId] = definition;
  }
  for (const implicit of implicitApis(resources)) {
    if (implicit.logicalId in resources) continue;
    translateOne(translation, implicit.logicalId, { Type: implicit.type, Properties: implicit.properties }, implicit.event);
  }
  const { out, sources } = translation;
  return { value: { ...template, Resources: out }, writtenPath: (path) => writtenPath(path, sources) };
}

interface Translation {
  template: Record<string, unknown>;
  ctx: TemplateContext;
  declared: Record<string, unknown>;
  out: Record<string, unknown>;
  sources: Map<string, Source>;
}

/** `root`: where a SAM resource that is not written (an implicit API) is caused. */
function translateOne(t: Translation, logicalId: string, raw: Record<string, unknown>, root?: AttributePath): void {
  const merged = mergeGlobals(t.template, logicalId, raw);
  const properties = merged?.properties ?? asRecord(raw.Properties) ?? {};
  // Condition, DependsOn, Metadata, DeletionPolicy…: every key but the two SAM replaces.
  const attributes = Object.fromEntries(Object.entries(raw).filter(([key]) => key !== 'Type' && key !== 'Properties'));
  for (const generated of SAM_TRANSLATORS[raw.Type as string]({ logicalId, properties, resolve: (value) => resolveValue(value, t.ctx) })) {
    // A generated id that is already declared is the template's own resource: keep it.
    if (generated.logicalId !== logicalId && generated.logicalId in t.declared) continue;
    t.out[generated.logicalId] = { Type: generated.type, ...attributes, Properties: generated.properties };
    t.sources.set(generated.logicalId, { logicalId, renames: generated.renames, anchor: generated.anchor, origins: merged?.origins, root });
  }
}

function writtenPath(path: AttributePath, sources: ReadonlyMap<string, Source>): AttributePath {
  const source = path[0] === 'Resources' && typeof path[1] === 'string' ? sources.get(path[1]) : undefined;
  if (!source) return path;
  const resource = source.root ?? ['Resources', source.logicalId];
  if (source.root && path.length > 2 && path[2] !== 'Properties') return resource;
  if (path.length === 2 && source.anchor) return samPath(source, source.anchor);
  if (path[2] !== 'Properties') return [...resource, ...path.slice(2)];
  const property = path.slice(3);
  const rename = longestRename(source.renames, property);
  // A property SAM sets itself (a RestApiId, a default billing mode) points at the resource.
  if (!rename) return property.length === 0 && !source.root ? [...resource, 'Properties'] : resource;
  return samPath(source, [...rename.sam, ...property.slice(rename.cfn.length)]);
}

/** A path under the SAM resource's merged Properties → where it is written (maybe Globals). */
function samPath(source: Source, sam: AttributePath): AttributePath {
  for (let n = sam.length; n > 0 && source.origins; n--) {
    const origin = source.origins.get(pathKey(sam.slice(0, n)));
    // An implicit API's own properties are not written anywhere: they point at its event.
    if (origin && source.root && origin[0] === 'Resources') return source.root;
    if (origin) return [...origin, ...sam.slice(n)];
  }
  return source.root ?? ['Resources', source.logicalId, 'Properties', ...sam];
}

function longestRename(renames: readonly Rename[], property: AttributePath): Rename | undefined {
  let best: Rename | undefined;
  for (const rename of renames) {
    const matches = rename.cfn.length <= property.length && rename.cfn.every((segment, i) => segment === property[i]);
    if (matches && (!best || rename.cfn.length > best.cfn.length)) best = rename;
  }
  return best;
}

export type { Generated };
