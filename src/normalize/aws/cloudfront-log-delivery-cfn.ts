import { isUnknown } from '../../model/unknown.js';
import { asRecord } from '../../resolve/cloudformation/convert.js';
import type { CfnResource } from '../../resolve/cloudformation/template.js';

/**
 * CloudFront standard logging v2 in CloudFormation: an `AWS::Logs::Delivery` whose
 * DeliverySourceName is an `AWS::Logs::DeliverySource` whose ResourceArn is a distribution of the
 * template. CloudFormation gives a distribution no Arn attribute, so the ARN is written with
 * Fn::Sub or Fn::Join around the distribution's Ref (its id): that is what is recognised.
 */
export const DELIVERY_SOURCE = 'AWS::Logs::DeliverySource';
export const DELIVERY = 'AWS::Logs::Delivery';

export interface LogDeliveries {
  /** distribution logical id → the logical id of the delivery source that logs it */
  logged: Map<string, string>;
  /** a delivery whose source, or a source whose ARN, cannot be read: it may log any distribution */
  unresolved: boolean;
}

export function cfnLogDeliveries(resources: CfnResource[], distributions: ReadonlySet<string>): LogDeliveries {
  const sources = resources.filter((r) => r.type === DELIVERY_SOURCE);
  const byId = new Map(sources.map((s) => [s.logicalId, s] as const));
  const byName = new Map<string, CfnResource>();
  for (const s of sources) if (typeof s.properties.Name === 'string' && !byName.has(s.properties.Name)) byName.set(s.properties.Name, s);
  const out: LogDeliveries = { logged: new Map(), unresolved: false };
  for (const delivery of resources.filter((r) => r.type === DELIVERY)) {
    const source = sourceOf(delivery, byId, byName);
    if (source === undefined) {
      out.unresolved = true;
      continue;
    }
    const distribution = distributionOf(asRecord(source.raw.Properties)?.ResourceArn, distributions);
    if (distribution !== undefined) {
      if (!out.logged.has(distribution)) out.logged.set(distribution, source.logicalId);
    } else if (isUnknown(source.properties.ResourceArn) && mayNameDistribution(asRecord(source.raw.Properties)?.ResourceArn)) out.unresolved = true;
  }
  return out;
}

/** `!Ref Source` (a source's Ref is its name) or the literal name of a source of the template. */
function sourceOf(delivery: CfnResource, byId: Map<string, CfnResource>, byName: Map<string, CfnResource>): CfnResource | undefined {
  const ref = asRecord(asRecord(delivery.raw.Properties)?.DeliverySourceName)?.Ref;
  if (typeof ref === 'string' && byId.has(ref)) return byId.get(ref);
  const name = delivery.properties.DeliverySourceName;
  return typeof name === 'string' ? byName.get(name) : undefined;
}

/** The distribution an ARN written as `arn:…:distribution/${Dist}` (Fn::Sub or Fn::Join) names. */
function distributionOf(written: unknown, distributions: ReadonlySet<string>): string | undefined {
  const fn = asRecord(written);
  if (fn === undefined) return undefined;
  if ('Fn::Sub' in fn) return fromSub(fn['Fn::Sub'], distributions);
  if ('Fn::Join' in fn) return fromJoin(fn['Fn::Join'], distributions);
  return undefined;
}

/**
 * Whether an ARN not resolved could still be a distribution's: not a Fn::GetAtt (a distribution
 * has no Arn attribute), not text that names another service's ARN.
 */
function mayNameDistribution(written: unknown): boolean {
  const fn = asRecord(written);
  if (fn === undefined || 'Fn::GetAtt' in fn) return false;
  const sub = fn['Fn::Sub'];
  const join = fn['Fn::Join'];
  const text = Array.isArray(sub) ? sub[0] : sub ?? (Array.isArray(join) && Array.isArray(join[1]) ? join[1].filter((p) => typeof p === 'string').join('') : undefined);
  if (typeof text !== 'string') return true;
  return text.includes('cloudfront') || !text.includes('arn:');
}

/** `${Dist}` or `${Dist.Id}` in a template that names a distribution ARN; a variable may be `{Ref: Dist}`. */
function fromSub(arg: unknown, distributions: ReadonlySet<string>): string | undefined {
  const [text, vars] = Array.isArray(arg) ? arg : [arg, {}];
  if (typeof text !== 'string' || !text.includes(':distribution/')) return undefined;
  // a name holds neither brace: linear, as in the resolver
  for (const match of text.matchAll(/\$\{([^{}]*)\}/g)) {
    const name = match[1]!.trim();
    const bound = asRecord(asRecord(vars)?.[name]);
    const found = referenced(bound ?? { Ref: name.replace(/\.Id$/, '') }, distributions);
    if (found !== undefined) return found;
  }
  return undefined;
}

function fromJoin(arg: unknown, distributions: ReadonlySet<string>): string | undefined {
  const parts = Array.isArray(arg) && Array.isArray(arg[1]) ? (arg[1] as unknown[]) : [];
  if (!parts.some((p) => typeof p === 'string' && p.includes('distribution/'))) return undefined;
  for (const part of parts) {
    const found = referenced(asRecord(part), distributions);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** `{Ref: Dist}` or `{Fn::GetAtt: [Dist, Id]}` to a distribution of the template. */
function referenced(node: Record<string, unknown> | undefined, distributions: ReadonlySet<string>): string | undefined {
  const ref = node?.Ref;
  if (typeof ref === 'string' && distributions.has(ref)) return ref;
  const getAtt = node?.['Fn::GetAtt'];
  const [id, attribute] = Array.isArray(getAtt) ? getAtt : typeof getAtt === 'string' ? getAtt.split('.') : [];
  return typeof id === 'string' && attribute === 'Id' && distributions.has(id) ? id : undefined;
}
