import type { AttributePath, SourceFormat, SourceRange } from './source.js';

/**
 * Where each canonical attribute came from. Keys are `pathKey(path)`; the empty path is the
 * resource itself. Stays in TypeScript: never sent to the policy engine.
 */
export type Provenance = Map<string, SourceRange>;

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
}

/** Provenance key of an attribute path; JSON so that keys with dots or slashes stay unambiguous. */
export function pathKey(path: AttributePath): string {
  return JSON.stringify(path);
}
