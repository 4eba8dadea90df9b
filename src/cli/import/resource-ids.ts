/**
 * A peer tool's resource name → the glob of posture-gate's resource id, for waivers: Terraform
 * addresses are the same, except S3's split sub-resources (`aws_s3_bucket_versioning.logs`), whose
 * findings posture-gate reports on the bucket; CloudFormation `AWS::S3::Bucket.Logs` is
 * `AWS::S3::Bucket/Logs`; Kubernetes `Deployment.default.web` is `<apiVersion>/Deployment/default/web`.
 */
import { escape } from 'minimatch';
import type { ImportResult } from './types.js';

const KUBERNETES = /^([A-Z][A-Za-z]*)\.([^.]+)\.([^.]+)$/;
/** `aws_s3_bucket_public_access_block.logs`, `module.a.aws_s3_bucket_versioning.logs`. */
const S3_PART = /^((?:module\.[^.]+\.)*)aws_s3_bucket_[a-z_]+\.([^.]+)$/;

export function peerResourceGlob(name: string, origin: string, result: ImportResult): string {
  const part = S3_PART.exec(name);
  if (part) {
    const bucket = `${part[1]}aws_s3_bucket.${part[2]}`;
    result.approximate.push(`${origin} ${name}: waived on ${bucket}, where posture-gate reports the bucket's settings; if the bucket has another name the waiver matches nothing`);
    return escape(bucket);
  }
  if (name.startsWith('AWS::')) {
    const at = name.lastIndexOf('.');
    return at > 0 ? escape(`${name.slice(0, at)}/${name.slice(at + 1)}`) : escape(name);
  }
  const kubernetes = KUBERNETES.exec(name);
  if (kubernetes) return `**/${escape(kubernetes[1])}/${escape(kubernetes[2])}/${escape(kubernetes[3])}`;
  return escape(name);
}
