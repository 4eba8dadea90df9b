/**
 * How a reviewer-facing output names a finding: what is wrong first, in the check's own words
 * and naming the resource ("RDS DB instance aws_db_instance.main is publicly accessible"), then
 * the check id and title, which state the compliant condition ("RDS DB instances are not publicly
 * accessible") and so read like a pass when shown alone. The checks write messages with resource
 * ids, keys and settings, not secret values (K8S-0054 names a Secret's keys, never their values);
 * these outputs are read by everyone who can see the run, so anything secret-shaped in a message
 * (`password=…`, a token, a URL's password) is masked as the source excerpts are.
 */
import { maskSecrets } from '../findings/secrets.js';
import type { Finding } from '../model/index.js';

/** The violation message, secret-shaped values masked, with the resource id after it when the message does not name it. */
export function findingHeadline(finding: Pick<Finding, 'message' | 'resourceId'>): string {
  const message = maskSecrets(finding.message.replace(/\s+/g, ' ').trim());
  return message.includes(finding.resourceId) ? message : `${message} (${finding.resourceId})`;
}

/** `AWS-0010 RDS DB instances are not publicly accessible`: second to the headline. */
export function checkLabel(finding: Pick<Finding, 'checkId' | 'title'>): string {
  return `${finding.checkId} ${finding.title}`;
}
