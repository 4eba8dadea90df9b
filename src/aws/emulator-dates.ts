import type { ConfigServiceClient, ServiceInputTypes, ServiceOutputTypes } from '@aws-sdk/client-config-service';
import type { DeserializeMiddleware } from '@smithy/types';

/**
 * AWS Config's timestamp members that emulators write as dates. moto (5.2.5, and LocalStack, which
 * serves Config from moto) puts Python's `str(datetime)` there ("2026-11-24 04:40:00+00:00") where
 * the AWS JSON protocol has epoch seconds, and the SDK then rejects the whole response.
 */
const TIMESTAMP_MEMBERS = new Set(['configurationItemCaptureTime', 'resourceCreationTime', 'configurationItemDeliveryTime']);

/** `2026-11-24 04:40:00`, with `T` or a space, optional fraction, optional `Z` or `±hh:mm`. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/i;
const EPOCH_SECONDS = /^-?\d+(\.\d+)?$/;

/** A timestamp an emulator wrote that is neither epoch seconds nor a date: the response is refused, not guessed. */
export class EmulatorDateError extends Error {
  override name = 'EmulatorDateError';
}

/**
 * Epoch seconds of a date-time string as emulators write it. A string without an offset is UTC:
 * moto stamps with a naive `utcnow()`, and reading it as local time would shift it by the
 * machine's offset. Undefined when the string is not a real date-time (month 13, 31 February).
 */
export function epochSecondsOf(text: string): number | undefined {
  const m = DATE_TIME.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    return undefined;
  }
  const offset = offsetSeconds(m[8]);
  return offset === undefined ? undefined : ms / 1000 + Number(m[7] ?? 0) - offset;
}

/** Seconds east of UTC; undefined for an offset no clock has (+25:00). */
function offsetSeconds(offset: string | undefined): number | undefined {
  if (!offset || offset.toUpperCase() === 'Z') return 0;
  const digits = offset.replace(':', '');
  const hours = Number(digits.slice(1, 3));
  const minutes = Number(digits.slice(3, 5));
  if (hours > 23 || minutes > 59) return undefined;
  return (digits.startsWith('-') ? -1 : 1) * (hours * 3600 + minutes * 60);
}

/**
 * The response body with every Config timestamp member written as a string turned into epoch
 * seconds, everything else as the emulator sent it. A body that is not JSON is returned as is
 * (the SDK reports it); a timestamp that is no date throws EmulatorDateError naming the field.
 */
export function rewriteEmulatorDates(body: string): string {
  if (![...TIMESTAMP_MEMBERS].some((member) => body.includes(`"${member}"`))) return body;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return body;
  }
  return rewriteIn(parsed) ? JSON.stringify(parsed) : body;
}

/** Rewrites in place; true when anything changed. */
function rewriteIn(value: unknown): boolean {
  if (Array.isArray(value)) return value.map(rewriteIn).some(Boolean);
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  let changed = false;
  for (const [key, member] of Object.entries(record)) {
    if (TIMESTAMP_MEMBERS.has(key) && typeof member === 'string') {
      record[key] = timestampOf(key, member);
      changed = true;
    } else if (rewriteIn(member)) {
      changed = true;
    }
  }
  return changed;
}

function timestampOf(key: string, text: string): number {
  if (EPOCH_SECONDS.test(text.trim())) return Number(text);
  const seconds = epochSecondsOf(text);
  if (seconds === undefined) {
    throw new EmulatorDateError(`the endpoint wrote ${key} as ${JSON.stringify(text.slice(0, 60))}, which is neither epoch seconds nor a date-time`);
  }
  return seconds;
}

/**
 * An answer that is not JSON at all: an emulator's crash page (moto answers an unknown region
 * with an HTML 500) or a proxy's. Said as such, where the SDK would print a JSON SyntaxError and
 * point at a hidden field.
 */
export class EndpointResponseError extends Error {
  override name = 'EndpointResponseError';
}

function assertJson(text: string, response: { statusCode?: number; headers?: Record<string, string> }): void {
  // AWS's JSON protocol answers with an object (or nothing); a cheap look, the SDK parses it anyway.
  if (text.trim() === '' || text.trimStart().startsWith('{')) return;
  const type = response.headers?.['content-type']?.split(';')[0] ?? 'no content type';
  throw new EndpointResponseError(`the endpoint answered HTTP ${response.statusCode ?? '?'} with ${type}, not AWS JSON`);
}

/** The middleware: between the HTTP handler and the SDK's deserializer, so only the raw body changes. */
const emulatorDatesMiddleware: DeserializeMiddleware<ServiceInputTypes, ServiceOutputTypes> = (next) => async (args) => {
  const result = await next(args);
  const response = result.response as { statusCode?: number; body?: unknown; headers?: Record<string, string> };
  const text = await bodyText(response.body);
  if (text === undefined) return result;
  assertJson(text, response);
  response.body = Buffer.from(rewriteEmulatorDates(text), 'utf8');
  if (response.headers) delete response.headers['content-length'];
  return result;
};

async function bodyText(body: unknown): Promise<string | undefined> {
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return Buffer.from(body).toString('utf8');
  if (!body || typeof (body as AsyncIterable<unknown>)[Symbol.asyncIterator] !== 'function') return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Lets a Config client read timestamps written as date strings. Only for a client given another
 * endpoint (moto, LocalStack, a VPC endpoint): real AWS answers with epoch seconds, and its
 * responses then reach the SDK untouched.
 */
export function tolerateEmulatorDates(client: ConfigServiceClient): void {
  client.middlewareStack.addRelativeTo(emulatorDatesMiddleware, {
    name: 'postureEmulatorDates',
    relation: 'after',
    toMiddleware: 'deserializerMiddleware',
  });
}
