import { fetchConfigurationItems } from '../aws/config-items.js';
import { ConfigError } from '../errors.js';
import type { Logger } from '../logging.js';
import type { ParsedDocument } from '../model/index.js';
import { liveDocument } from '../normalize/aws-config/index.js';
import type { AwsCommand } from './args.js';
import { terminalProgress, type ProgressStream } from './aws-progress.js';

/**
 * `posture aws`: the live account through the AWS Config API. A region or type that fails is
 * named on stderr and the rest is still evaluated; when nothing at all could be read, that is an
 * error (exit 2), not an empty and therefore "clean" report.
 */
export async function fetchLiveDocuments(command: AwsCommand, logger: Logger, stderr: ProgressStream = process.stderr): Promise<ParsedDocument[]> {
  const pairs = command.resourceTypes.length * (command.aggregator ? 1 : command.regions.length);
  const progress = terminalProgress(stderr, pairs);
  const { items, failures, warnings } = await fetchConfigurationItems({
    regions: command.regions,
    resourceTypes: command.resourceTypes,
    aggregator: command.aggregator,
    endpoint: command.endpoint,
    profile: command.profile,
    onProgress: (p) => {
      progress.update(p);
      logger.debug(`aws: ${p.region} ${p.resourceType}: ${p.fetched} items`);
    },
  }).finally(() => progress.done());
  for (const failure of failures) logger.warning(`aws: ${failure.region} ${failure.resourceType}: ${failure.message}`);
  for (const warning of warnings) logger.warning(`aws: ${warning}`);
  if (items.length === 0 && failures.length > 0) {
    const hint = command.endpoint ? `check credentials, --region and that ${command.endpoint} answers` : 'check credentials and --region';
    throw new ConfigError(`aws: nothing could be read (${failures.length} region/type pairs failed); ${hint}`);
  }
  logger.info(`aws: ${items.length} configuration items`);
  return [liveDocument(items)];
}
