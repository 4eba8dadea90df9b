/**
 * SARIF logical locations. Every result names its resource (`kind: resource`). A live AWS
 * resource (read from AWS Config) has no file of its own (its physical location is the template
 * that created it, or a placeholder: see `primaryLocation` in sarif.ts), so its logical location
 * tells what it is: the ARN as `fullyQualifiedName`, under its region, under its account, held once in
 * `run.logicalLocations` (SARIF §3.33: `parentIndex` builds the hierarchy, results refer to it
 * by `index`), and the account and region repeated as properties for consumers that do not walk it.
 */
import type { LogicalLocation } from 'sarif';
import type { Finding } from '../model/index.js';

/** `aws:<account>:<region>`, the scope of a resource read from AWS Config. */
const LIVE_SCOPE = /^aws:([^:]+):([^:]+)$/;

export interface LiveResource {
  arn: string;
  account: string;
  region: string;
}

/** The account and region of a live finding; undefined for a finding in a file. */
export function liveResourceOf(finding: Pick<Finding, 'format' | 'scope' | 'resourceId'>): LiveResource | undefined {
  if (finding.format !== 'aws-config') return undefined;
  const match = LIVE_SCOPE.exec(finding.scope);
  return match ? { arn: finding.resourceId, account: match[1]!, region: match[2]! } : undefined;
}

/** The run's logical locations (account → region → resource), each added once. */
export class LogicalLocations {
  readonly all: LogicalLocation[] = [];
  private readonly indexOf = new Map<string, number>();

  /** The result-level reference to a finding's resource. */
  forFinding(finding: Finding): LogicalLocation {
    const live = liveResourceOf(finding);
    if (!live) return { fullyQualifiedName: finding.resourceId, kind: 'resource' };
    const account = this.add(`aws:${live.account}`, `aws:${live.account}`, { name: live.account, kind: 'namespace', properties: { awsKind: 'account' } });
    const region = this.add(finding.scope, `aws:${live.account}:${live.region}`, { name: live.region, kind: 'namespace', parentIndex: account, properties: { awsKind: 'region' } });
    const properties = { account: live.account, region: live.region };
    // Keyed by scope too: a type without an ARN has a Config resource id, unique only in its region.
    const index = this.add(`${finding.scope}|${live.arn}`, live.arn, { name: shortName(live.arn), kind: 'resource', parentIndex: region, properties });
    return { index, fullyQualifiedName: live.arn, kind: 'resource', properties };
  }

  private add(key: string, fullyQualifiedName: string, location: Omit<LogicalLocation, 'fullyQualifiedName'>): number {
    const known = this.indexOf.get(key);
    if (known !== undefined) return known;
    const index = this.all.push({ ...location, fullyQualifiedName }) - 1;
    this.indexOf.set(key, index);
    return index;
  }
}

/** The last part of an ARN (`bucket`, `sg-1` of `security-group/sg-1`), or a Config resource id as it is. */
function shortName(arn: string): string {
  const resource = arn.startsWith('arn:') ? arn.split(':').slice(5).join(':') : arn;
  return resource.split('/').pop() || resource;
}
