import type { AttributePath, SourceFormat, SourceRange } from './source.js';

/**
 * Where each canonical attribute came from. Keys are `pathKey(path)`; the empty path is the
 * resource itself. Stays in TypeScript: never sent to the policy engine.
 */
export type Provenance = Map<string, SourceRange>;

/** A `module` block on the way from the root module to a resource: `module.net[0]` at its line. */
export interface ModuleCallSite {
  /** The module instance's full address: `module.net`, `module.net[0].module.subnets["a"]`. */
  address: string;
  /** The `module` block's first line in the calling module's file. */
  location: SourceRange;
}

/** One resource in the canonical model, whatever format it was read from. */
export interface Resource {
  /** Stable and human: `aws_s3_bucket.logs`, `AWS::S3::Bucket/Logs`, `apps/v1/Deployment/prod/web`. */
  id: string;
  /** Canonical type: `aws.s3.bucket`, `aws.ec2.security_group`, `k8s.apps.deployment`. */
  type: string;
  source: { format: SourceFormat; path: string; nativeType: string };
  /** Canonical, plain JSON; unresolvable values are `UnknownValue`s. */
  attributes: Record<string, unknown>;
  /** The native block as written (after short-form and literal resolution). */
  raw: Record<string, unknown>;
  provenance: Provenance;
  /**
   * The unit evaluated together (Terraform root module directory, one CloudFormation template,
   * the Kubernetes manifests of a scan). Cross-resource checks only see resources of one scope.
   */
  scope: string;
  /** Terraform: the module calls that led to this resource, outermost (in the root module) first. */
  moduleCalls?: ModuleCallSite[];
}

/** Provenance key of an attribute path; JSON so that keys with dots or slashes stay unambiguous. */
export function pathKey(path: AttributePath): string {
  // JSON.stringify's own output, written directly for the usual segments (indices, plain names):
  // keys are made for every attribute looked up, a million times in a big account.
  let key = '[';
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (i > 0) key += ',';
    if (typeof segment === 'number' && Number.isInteger(segment) && segment >= 0) key += segment;
    else if (typeof segment === 'string' && PLAIN.test(segment)) key += `"${segment}"`;
    else key += JSON.stringify(segment);
  }
  return `${key}]`;
}

/** Strings JSON writes as they are, between quotes. */
const PLAIN = /^[\w .:/@$+*=,-]*$/;
