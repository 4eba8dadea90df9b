import type { Diagnostic } from '../../model/diagnostic.js';
import type { ParsedDocument } from '../../model/document.js';
import type { Resource } from '../../model/resource.js';
import { LIVE_PATH_PREFIX, type InputFile } from '../../model/source.js';
import { fileStart } from '../../parsers/common/position-map.js';
import { child, decodeJson, itemRoot, text, type Located } from './item.js';
import { ItemProvenance } from './provenance.js';
import { normalizeDbInstance } from './rds.js';
import { normalizeBucket } from './s3.js';
import { normalizeSecurityGroup } from './security-group.js';
import { latestItems } from './latest.js';
import { AWS_CONFIG_SPECS } from '../aws/index.js';
import { attributesBySpec } from './spec.js';
import { ACCOUNT_BLOCK_TYPE, applyAccountPublicAccessBlocks } from './account-public-access.js';

export { LIVE_PATH_PREFIX } from '../../model/source.js';

const CANONICAL: Record<string, { type: string; normalize: (item: Located, p: ItemProvenance) => object }> = {
  'AWS::S3::Bucket': { type: 'aws.s3.bucket', normalize: normalizeBucket },
  'AWS::EC2::SecurityGroup': { type: 'aws.ec2.security_group', normalize: normalizeSecurityGroup },
  'AWS::RDS::DBInstance': { type: 'aws.rds.db_instance', normalize: normalizeDbInstance },
  ...Object.fromEntries([...AWS_CONFIG_SPECS].map(([nativeType, { canonicalType, mapping }]) => [
    nativeType,
    { type: canonicalType, normalize: (item: Located, p: ItemProvenance) => attributesBySpec(item, mapping, p) },
  ])),
};

/**
 * Config types without a canonical model that a cross-item step reads: the account's S3 public
 * access block is folded into the account's buckets (`account-public-access.ts`); the item itself
 * still passes through with its raw block.
 */
const FOLDED_TYPES = [ACCOUNT_BLOCK_TYPE];

/**
 * Every Config resource type the normaliser reads, sorted: the one source of `posture aws`'s
 * default `--resource-types`, so a type gains a live fetch the moment it gains a normaliser.
 */
export function awsConfigResourceTypes(): string[] {
  return [...Object.keys(CANONICAL), ...FOLDED_TYPES].sort();
}

/** The canonical type a Config type becomes, when it has a canonical model. */
export function canonicalTypeOf(nativeType: string): string | undefined {
  return CANONICAL[nativeType]?.type;
}

/**
 * Configuration items (a parsed snapshot or history file, or live API items wrapped by
 * `liveDocument`) → canonical resources. Snapshot and API shapes are both read. Of several items
 * for one resource (a history file) only the latest counts, and a deleted or unrecorded resource
 * is no resource. Types without a canonical model pass through as `awsconfig.<Type>`.
 */
export function normalizeAwsConfig(doc: ParsedDocument): { resources: Resource[]; diagnostics: Diagnostic[] } {
  const items = Array.isArray(doc.value) ? (doc.value as unknown[]) : [];
  const diagnostics: Diagnostic[] = [];
  const resources: Resource[] = [];
  for (const { index, item } of latestItems(items)) {
    const resource = toResource(doc, index, itemRoot(item));
    if (typeof resource === 'string') diagnostics.push(warning(doc, index, resource));
    else if (resource) resources.push(resource);
  }
  applyAccountPublicAccessBlocks(resources);
  return { resources, diagnostics };
}

/** Wraps items fetched from the API (`fetchConfigurationItems`) as a document for `normalizeAwsConfig`. */
export function liveDocument(items: unknown[]): ParsedDocument<unknown[]> {
  const file: InputFile = { absolutePath: `${LIVE_PATH_PREFIX}live`, path: `${LIVE_PATH_PREFIX}live`, format: 'aws-config' };
  return { file, value: items, diagnostics: [], locate: () => undefined };
}

const GONE = new Set(['ResourceDeleted', 'ResourceDeletedNotRecorded', 'ResourceNotRecorded']);

/** The resource of one item; undefined for a deleted one; a message when the item is unusable. */
function toResource(doc: ParsedDocument, index: number, item: Located): Resource | string | undefined {
  const nativeType = text(child(item, 'resourceType'));
  const resourceId = text(child(item, 'resourceId'));
  if (nativeType === undefined || resourceId === undefined) return 'configuration item without resourceType or resourceId; skipped';
  if (GONE.has(text(child(item, 'configurationItemStatus')) ?? '')) return undefined;
  const account = text(child(item, 'accountId')) ?? 'unknown';
  const region = text(child(item, 'awsRegion')) ?? 'unknown';
  const live = doc.file.path.startsWith(LIVE_PATH_PREFIX);
  const path = live ? `${LIVE_PATH_PREFIX}${account}/${region}` : doc.file.path;
  const provenance = new ItemProvenance(doc, index, live ? fileStart(path) : undefined);
  const canonical = CANONICAL[nativeType];
  const raw = decodedItem(item.value as Record<string, unknown>);
  const attributes = canonical
    ? canonical.normalize(item, provenance)
    : ((decodeJson(raw.configuration) as Record<string, unknown> | null) ?? {});
  return {
    id: text(child(item, 'arn')) ?? resourceId,
    type: canonical?.type ?? `awsconfig.${nativeType}`,
    source: { format: 'aws-config', path, nativeType },
    attributes: attributes as Record<string, unknown>,
    raw,
    provenance: provenance.map,
    scope: `aws:${account}:${region}`,
  };
}

/**
 * The item with `configuration` and the supplementary values decoded, so a format-specific rule
 * reading `raw` sees objects whether the item came from a snapshot or from the API.
 */
function decodedItem(item: Record<string, unknown>): Record<string, unknown> {
  // A snapshot item holds objects already: it is its own raw block, not copied (100,000 copies of a big account's items)
  if (!hasEncodedValues(item)) return item;
  const out: Record<string, unknown> = { ...item };
  if ('configuration' in out) out.configuration = decodeJson(out.configuration);
  const supplementary = decodeJson(out.supplementaryConfiguration);
  if (supplementary !== null && typeof supplementary === 'object') {
    out.supplementaryConfiguration = Object.fromEntries(
      Object.entries(supplementary as Record<string, unknown>).map(([key, value]) => [key, decodeJson(value)]),
    );
  }
  return out;
}

/** Whether the item holds `configuration` or a supplementary value as a JSON string (the API's shape). */
function hasEncodedValues(item: Record<string, unknown>): boolean {
  if (typeof item.configuration === 'string') return true;
  const supplementary = item.supplementaryConfiguration;
  if (typeof supplementary === 'string') return true;
  if (supplementary === null || typeof supplementary !== 'object') return false;
  return Object.values(supplementary).some((value) => typeof value === 'string');
}

function warning(doc: ParsedDocument, index: number, message: string): Diagnostic {
  return { code: 'NORMALIZE_FAILED', level: 'warning', message, range: doc.locate([index]) ?? fileStart(doc.file.path) };
}
