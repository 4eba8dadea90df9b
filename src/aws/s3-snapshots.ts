import { GetObjectCommand, paginateListObjectsV2, S3Client, type S3ClientConfig, type _Object } from '@aws-sdk/client-s3';
import { ConfigError } from '../errors.js';
import { InflateBudget, InflateLimitError } from '../fs/inflate.js';
import { messageOf } from './batches.js';
import { DEFAULT_CALL_TIMEOUT_SECONDS, timedRequestHandler, withCallDeadline } from './call-deadline.js';
import { profileCredentials } from './profile.js';

/** How to reach S3; the standard credential chain and region resolution when left out. */
export interface S3ReadOptions {
  /** Another endpoint (moto, LocalStack, a VPC endpoint); path-style addressing then. */
  endpoint?: string;
  credentials?: S3ClientConfig['credentials'];
  /** A named profile of the shared config and credentials files (`--profile`). */
  profile?: string;
  /** The client's starting region; requests follow S3's redirect to the bucket's own region. */
  region?: string;
  /** Decompressed size caps for gzipped objects; the defaults when absent. */
  inflate?: InflateBudget;
  /** The longest one S3 call may take, retries included (see call-deadline.ts); default 60 s. */
  callTimeoutMs?: number;
}

/** One snapshot object read from S3: its `s3://` URI (the report path) and its text. */
export interface S3SnapshotObject {
  uri: string;
  /** Empty when the object was not read (see notRead). */
  text: string;
  /** Why the object was not read: it inflates past the decompressed size cap. */
  notRead?: string;
}

/**
 * AWS Config's delivery name: `<account>_Config_<region>_ConfigSnapshot_<yyyyMMddTHHmmssZ>_<uuid>.json.gz`
 * under `AWSLogs/<account>/Config/<region>/<y>/<m>/<d>/ConfigSnapshot/`.
 */
const SNAPSHOT_NAME = /(?:^|\/)(\d{12})_Config_([a-z0-9-]+)_ConfigSnapshot_(\d{8}T\d{6}Z)_[^/]*\.json(?:\.gz)?$/;

export function parseS3Uri(uri: string): { bucket: string; key: string } {
  const match = /^s3:\/\/([^/]+)(?:\/(.*))?$/s.exec(uri);
  if (!match) throw new ConfigError(`--aws-config-snapshot ${uri}: expected s3://BUCKET/KEY or s3://BUCKET/PREFIX/`, { code: 'USAGE' });
  return { bucket: match[1]!, key: match[2] ?? '' };
}

/**
 * Reads `s3://BUCKET/KEY` (one object, plain or gzipped), or, when KEY ends with `/`, is empty or
 * names no object, every AWS Config snapshot under that prefix: the newest per account and region
 * (older snapshots would raise findings that are already fixed). Failures are ConfigErrors naming
 * the URI: the user asked for this input, and a scan without it would look clean.
 */
export async function readS3Snapshots(uri: string, options: S3ReadOptions = {}): Promise<S3SnapshotObject[]> {
  const { bucket, key } = parseS3Uri(uri);
  const callTimeoutMs = options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_SECONDS * 1000;
  const client = withCallDeadline(new S3Client({
    region: options.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1',
    endpoint: options.endpoint,
    profile: options.profile,
    forcePathStyle: options.endpoint !== undefined,
    followRegionRedirects: true,
    credentials: options.credentials ?? profileCredentials(options.profile),
    requestHandler: timedRequestHandler(callTimeoutMs),
  }), callTimeoutMs);
  const inflate = options.inflate ?? new InflateBudget();
  try {
    if (key !== '' && !key.endsWith('/')) {
      const object = await getText(client, bucket, key, inflate);
      if (object !== undefined) return [object];
    }
    const keys = newestPerAccountRegion(await listObjects(client, bucket, key, uri));
    if (keys.length === 0) throw new ConfigError(`--aws-config-snapshot ${uri}: no such object, and no AWS Config snapshot (…_ConfigSnapshot_….json[.gz]) under it`);
    const objects: S3SnapshotObject[] = [];
    for (const found of keys) {
      const object = await getText(client, bucket, found, inflate);
      if (object === undefined) throw new ConfigError(`--aws-config-snapshot s3://${bucket}/${found}: listed but gone when read`);
      objects.push(object);
    }
    return objects;
  } finally {
    client.destroy();
  }
}

/** The object's text (gunzipped, within the caps, when its bytes are gzip), or undefined when there is no such key. */
async function getText(client: S3Client, bucket: string, key: string, inflate: InflateBudget): Promise<S3SnapshotObject | undefined> {
  const uri = `s3://${bucket}/${key}`;
  let bytes: Uint8Array;
  try {
    const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    bytes = (await out.Body?.transformToByteArray()) ?? new Uint8Array();
  } catch (error) {
    if (isNoSuchKey(error)) return undefined;
    throw new ConfigError(`read s3://${bucket}/${key}: ${messageOf(error)}`, { cause: error });
  }
  try {
    return { uri, text: (await inflate.inflate(bytes)).toString('utf8') };
  } catch (error) {
    if (error instanceof InflateLimitError) return { uri, text: '', notRead: error.message };
    throw new ConfigError(`read s3://${bucket}/${key}: not valid gzip: ${messageOf(error)}`, { cause: error });
  }
}

function isNoSuchKey(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'NoSuchKey' || name === 'NotFound';
}

async function listObjects(client: S3Client, bucket: string, prefix: string, uri: string): Promise<_Object[]> {
  const objects: _Object[] = [];
  try {
    for await (const page of paginateListObjectsV2({ client }, { Bucket: bucket, Prefix: prefix })) objects.push(...(page.Contents ?? []));
  } catch (error) {
    throw new ConfigError(`list ${uri}: ${messageOf(error)}`, { cause: error });
  }
  return objects;
}

/** Snapshot keys, the newest of each account and region (by the time in the name, then LastModified). */
export function newestPerAccountRegion(objects: Pick<_Object, 'Key' | 'LastModified'>[]): string[] {
  const newest = new Map<string, { key: string; order: string }>();
  for (const object of objects) {
    const match = object.Key === undefined ? null : SNAPSHOT_NAME.exec(object.Key);
    if (!match) continue;
    const [, account, region, time] = match;
    const order = `${time}|${object.LastModified?.toISOString() ?? ''}|${object.Key}`;
    const slot = `${account}/${region}`;
    if ((newest.get(slot)?.order ?? '') < order) newest.set(slot, { key: object.Key!, order });
  }
  return [...newest.values()].map((entry) => entry.key).sort();
}
