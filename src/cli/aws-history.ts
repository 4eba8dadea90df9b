import { parseArn, resourceKeyFromArn } from '../aws/arn.js';
import { fetchResourceHistory, type HistoryFetchOptions } from '../aws/history.js';
import { buildTimeline, UNKNOWN, type AttributeChange, type TimelineFinding, type TimelinePoint } from '../aws/timeline.js';
import { ConfigError } from '../errors.js';
import type { GateOptions } from '../gate.js';
import type { Deadline } from '../model/index.js';
import { budgetStop } from './aws.js';
import type { AwsHistoryCommand } from './args.js';

/** Which resource, where: from the ARN, with --resource-type/--resource-id/--region over it. */
export type HistoryTarget = Pick<HistoryFetchOptions, 'region' | 'resourceType' | 'resourceId' | 'resourceName'>;

export interface HistoryView {
  arn: string;
  resourceType: string;
  resourceId: string;
  region: string;
  points: TimelinePoint[];
}

/** A usage error (exit 2) when the ARN is not understood and no type and id are given, or no region is known. */
export function resolveTarget(command: Pick<AwsHistoryCommand, 'arn' | 'region' | 'resourceType' | 'resourceId'>): HistoryTarget {
  const region = command.region ?? (parseArn(command.arn)?.region || undefined);
  if (!region) throw new ConfigError(`aws history: ${command.arn} names no region; give --region (the region whose AWS Config recorded it)`, { code: 'USAGE' });
  if (command.resourceType) {
    if (!command.resourceId) throw new ConfigError('aws history: --resource-type goes with --resource-id', { code: 'USAGE' });
    return { region, resourceType: command.resourceType, resourceId: command.resourceId };
  }
  const key = resourceKeyFromArn(command.arn);
  if (!key) {
    throw new ConfigError(`aws history: cannot tell the AWS Config resource type and id of ${command.arn}; give --resource-type TYPE --resource-id ID`, { code: 'USAGE' });
  }
  return { region, ...key, ...(command.resourceId ? { resourceId: command.resourceId, resourceName: undefined } : {}) };
}

/** Fetches, evaluates and renders the timeline; the exit code follows the latest point's blocking findings. */
export async function runAwsHistory(
  command: AwsHistoryCommand,
  options: Omit<GateOptions, 'paths' | 'sources'>,
  deadline?: Deadline,
): Promise<{ text: string; blocking: number }> {
  const target = resolveTarget(command);
  // --max-scan-seconds bounds the fetch as it does for `posture aws`: a call still waiting stops
  // with a message naming the budget, instead of the watchdog killing the command with none
  deadline?.at('fetch');
  const stop = deadline === undefined ? undefined : budgetStop(deadline);
  const history = await fetchResourceHistory({
    ...target, endpoint: command.endpoint, profile: command.profile, limit: command.limit, callTimeoutMs: command.callTimeoutMs, ...(stop ? { stop } : {}),
  });
  options.logger.info(`aws history: ${history.items.length} configuration items of ${history.resourceType} ${history.resourceId}`);
  const points = await buildTimeline(history.items, options);
  const view: HistoryView = { arn: command.arn, resourceType: history.resourceType, resourceId: history.resourceId, region: target.region, points };
  const text = command.format === 'json' ? JSON.stringify(view, null, 2) + '\n' : renderTimelineTable(view);
  return { text, blocking: points.at(-1)?.blocking ?? 0 };
}

export function renderTimelineTable(view: HistoryView): string {
  const lines = [`${view.arn} (${view.resourceType} ${view.resourceId}, ${view.region}): ${view.points.length} configuration items`];
  if (view.points.length === 0) lines.push('', 'AWS Config has recorded no configuration item for this resource.');
  for (const point of view.points) {
    lines.push('', `${point.captureTime ?? 'unknown time'}  ${point.status ?? 'unknown status'}  open ${point.open}`);
    for (const change of point.changes) lines.push(`  ~ ${renderChange(change)}`);
    for (const f of point.new) lines.push(`  + ${renderFinding(f)}`);
    for (const f of point.fixed) lines.push(`  - ${renderFinding(f)} (fixed)`);
  }
  return lines.join('\n') + '\n';
}

function renderChange(change: AttributeChange): string {
  const side = (has: boolean, value: unknown) => (has ? renderValue(value) : '(absent)');
  return `${change.path}: ${side('from' in change, change.from)} → ${side('to' in change, change.to)}`;
}

function renderValue(value: unknown): string {
  if (value === UNKNOWN || (value !== null && typeof value === 'object' && (value as { $unknown?: unknown }).$unknown === true)) return 'unknown';
  return JSON.stringify(value);
}

function renderFinding(f: TimelineFinding): string {
  const path = f.attributePath ? ` ${f.attributePath}` : '';
  return `${f.checkId} ${f.severity}${path}: ${f.title}${f.suppressed ? ' [suppressed]' : ''}`;
}
