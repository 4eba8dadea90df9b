import { fetchConfigurationItems, type FetchFailure } from '../aws/config-items.js';
import { ConfigError } from '../errors.js';
import type { Logger } from '../logging.js';
import type { CallStop } from '../aws/call-deadline.js';
import { fileStart, type Deadline, type Diagnostic, type ParsedDocument } from '../model/index.js';
import { liveDocument } from '../normalize/aws-config/index.js';
import type { AwsCommand } from './args.js';
import { terminalProgress, type ProgressStream } from './aws-progress.js';

/**
 * `posture aws`: the live account through the AWS Config API. A region or type that fails is
 * named on stderr and, as a `LIVE_FETCH_FAILED` diagnostic, in the report, which is then
 * incomplete: the findings of what was read are still reported, but a gate that passes on them
 * passes on partial data and says so. When nothing at all could be read, that is an error
 * (exit 2), not an empty and therefore "clean" report.
 */
export async function fetchLiveDocuments(
  command: AwsCommand,
  logger: Logger,
  stderr: ProgressStream = process.stderr,
  deadline?: Deadline,
): Promise<ParsedDocument[]> {
  const pairs = command.resourceTypes.length * (command.aggregator ? 1 : command.regions.length);
  const progress = terminalProgress(stderr, pairs);
  deadline?.at('fetch');
  const stop = deadline === undefined ? undefined : budgetStop(deadline);
  const { items, failures, warnings } = await fetchConfigurationItems({
    regions: command.regions,
    resourceTypes: command.resourceTypes,
    aggregator: command.aggregator,
    endpoint: command.endpoint,
    profile: command.profile,
    callTimeoutMs: command.callTimeoutMs,
    ...(stop === undefined ? {} : { stop }),
    onProgress: (p) => {
      progress.update(p);
      logger.debug(`aws: ${p.region} ${p.resourceType}: ${p.fetched} items`);
    },
  }).finally(() => progress.done());
  // a budget spent here is reported as spent during the fetch, not in whichever stage looks next
  deadline?.expired();
  for (const failure of failures) logger.warning(`aws: ${failure.region} ${failure.resourceType}: ${failure.message}`);
  for (const warning of warnings) logger.warning(`aws: ${warning}`);
  // past the budget, nothing read is an incomplete report (exit 2 under --strict), not an error
  if (items.length === 0 && failures.length > 0 && !stop?.signal.aborted) {
    const hint = command.endpoint ? `check credentials, --region and that ${command.endpoint} answers` : 'check credentials and --region';
    throw new ConfigError(`aws: nothing could be read (${failures.length} region/type pairs failed); ${hint}`);
  }
  logger.info(`aws: ${items.length} configuration items`);
  const document = liveDocument(items);
  document.diagnostics.push(...failures.map((failure) => liveFetchFailed(document.file.path, failure)));
  return [document];
}

/** One region × type not read (in full): the report names it, and counts it as not read. */
function liveFetchFailed(path: string, failure: FetchFailure): Diagnostic {
  return {
    code: 'LIVE_FETCH_FAILED',
    level: 'error',
    message: `${failure.resourceType} in ${failure.region} not read in full: ${failure.message}`,
    range: fileStart(path),
  };
}

/**
 * `--max-scan-seconds` bounds the whole of `posture aws`, the fetch included: a CI job's timeout
 * counts the fetch too. When it runs out, calls still waiting stop (whatever `--timeout` is left)
 * and pairs not yet read fail at once, each a LIVE_FETCH_FAILED diagnostic; the report is written.
 */
export function budgetStop(deadline: Deadline): CallStop {
  const signal = AbortSignal.timeout(Math.max(1, deadline.expiresAt - Date.now()));
  return { signal, reason: `stopped: the scan passed --max-scan-seconds ${deadline.seconds}` };
}
