import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';

const gunzipAsync = promisify(gunzip);

/**
 * Largest decompressed size of one gzip input (an AWS Config `.json.gz` snapshot, local or in
 * S3). A few hundred bytes of gzip can inflate to gigabytes; real snapshots are far smaller.
 * `POSTURE_MAX_INFLATED_BYTES` lowers (or raises) it, e.g. in tests.
 */
export const MAX_INFLATED_BYTES = 512 * 1024 * 1024;
/** Decompressed bytes one scan holds at once, over all its gzip inputs. */
export const MAX_INFLATED_TOTAL_BYTES = 1024 * 1024 * 1024;

/** A gzip input that would inflate past a cap: that input is not read (LIMIT_EXCEEDED), others are. */
export class InflateLimitError extends Error {
  constructor(readonly limit: number) {
    super(`it inflates to more than ${formatBytes(limit)} (the decompressed size cap); not read`);
  }
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * The decompressed bytes of a scan's gzip inputs, capped per input (`maxOutputLength`: zlib
 * stops there, the rest is never produced) and in all: what one input inflated is held until
 * released, and the next input may only use what is left.
 */
export class InflateBudget {
  private held = 0;
  private queue: Promise<void> = Promise.resolve();
  readonly perInput: number;
  readonly total: number;

  constructor(perInput = envCap() ?? MAX_INFLATED_BYTES, total?: number) {
    this.perInput = perInput;
    this.total = total ?? Math.max(MAX_INFLATED_TOTAL_BYTES, perInput);
  }

  /** The input itself when it is not gzip; its inflated bytes otherwise (held until `release`). */
  inflate(bytes: Uint8Array): Promise<Buffer> {
    if (!isGzip(bytes)) return Promise.resolve(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    // One at a time: each sees what the ones before it hold, so inputs read side by side cannot
    // each take the whole room (and a stuck one never starves the others of reservations).
    const run = this.queue.then(() => this.inflateNow(bytes));
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private async inflateNow(bytes: Uint8Array): Promise<Buffer> {
    const limit = Math.min(this.perInput, this.total - this.held);
    if (limit <= 0) throw new InflateLimitError(this.total);
    try {
      const out = await gunzipAsync(bytes, { maxOutputLength: limit });
      this.held += out.length;
      return out;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new InflateLimitError(limit);
      throw error;
    }
  }

  release(bytes: number): void {
    this.held = Math.max(0, this.held - bytes);
  }
}

function envCap(): number | undefined {
  const value = Number(process.env.POSTURE_MAX_INFLATED_BYTES);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MiB` : `${bytes} bytes`;
}
