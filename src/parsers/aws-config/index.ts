import { readFile } from 'node:fs/promises';
import { ConfigError, getErrorMessage } from '../../errors.js';
import { InflateBudget, InflateLimitError } from '../../fs/inflate.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { ParsedDocument } from '../../model/document.js';
import type { InputFile } from '../../model/source.js';
import { parseJsonWithPositions } from '../common/json-positions.js';
import { fileStart } from '../common/position-map.js';
import { positionsLocator, rehydrateDocument, type PortableDocument } from '../portable.js';

/**
 * The arrays a file may hold configuration items in: `configurationItems` in the snapshot and the
 * history files AWS Config delivers to S3 (and in `get-resource-config-history` output),
 * `baseConfigurationItems` in saved `batch-get-resource-config` output.
 */
const ITEM_ARRAYS = ['configurationItems', 'baseConfigurationItems'] as const;

/** True when parsed JSON looks like an AWS Config snapshot or history file (format sniffing). */
export function isAwsConfigSnapshot(value: unknown): boolean {
  return itemArrayKey(value) !== undefined;
}

/**
 * Parses a snapshot or history file. `value` is the array of configuration items, as written
 * (snapshot items have objects, API items JSON strings: the normaliser reads both), and
 * `locate([itemIndex, ...path])` gives the line of anything inside an item. Never throws.
 */
export function parseAwsConfigSnapshot(file: InputFile, text: string): ParsedDocument<unknown[] | undefined> {
  return rehydrateDocument(readAwsConfigSnapshot(file, text));
}

/** The same as plain data (for a parse worker); `rehydrateDocument` turns it into the document. */
export function readAwsConfigSnapshot(file: InputFile, text: string): PortableDocument<unknown[] | undefined> {
  const parsed = parseJsonWithPositions(text, file.path);
  const key = itemArrayKey(parsed.value);
  const diagnostics: Diagnostic[] = [...parsed.diagnostics];
  if (parsed.value !== undefined && key === undefined) {
    diagnostics.push({
      code: 'PARSE_UNSUPPORTED',
      level: 'error',
      message: 'not an AWS Config snapshot: expected an object with a "configurationItems" array',
      range: fileStart(file.path),
    });
  }
  const items = key === undefined ? undefined : ((parsed.value as Record<string, unknown>)[key] as unknown[]);
  const locator = key === undefined ? ({ kind: 'none' } as const) : positionsLocator(parsed.positions, [key]);
  return { file, value: items, diagnostics, locator };
}

/**
 * Reads a snapshot file as text, gunzipping it when it is gzip (AWS Config delivers
 * `.json.gz`; the magic bytes decide, not the name, so a renamed file still works).
 */
export async function readSnapshotFile(filePath: string, inflate = new InflateBudget()): Promise<string> {
  try {
    return (await inflate.inflate(await readFile(filePath))).toString('utf8');
  } catch (error) {
    // Over the decompressed size cap: the caller reports it (LIMIT_EXCEEDED) and reads the other inputs.
    if (error instanceof InflateLimitError) throw error;
    throw new ConfigError(`read AWS Config snapshot ${filePath}: ${getErrorMessage(error)}`, { cause: error });
  }
}

function itemArrayKey(value: unknown): (typeof ITEM_ARRAYS)[number] | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  return ITEM_ARRAYS.find((key) => Array.isArray(record[key]));
}
