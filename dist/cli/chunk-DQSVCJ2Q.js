import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/fs/inflate.ts
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
var gunzipAsync = promisify(gunzip);
var MAX_INFLATED_BYTES = 512 * 1024 * 1024;
var MAX_INFLATED_TOTAL_BYTES = 1024 * 1024 * 1024;
var InflateLimitError = class extends Error {
  constructor(limit) {
    super(`it inflates to more than ${formatBytes(limit)} (the decompressed size cap); not read`);
    this.limit = limit;
  }
  limit;
};
function isGzip(bytes) {
  return bytes.length >= 2 && bytes[0] === 31 && bytes[1] === 139;
}
var InflateBudget = class {
  held = 0;
  queue = Promise.resolve();
  perInput;
  total;
  constructor(perInput = envCap() ?? MAX_INFLATED_BYTES, total) {
    this.perInput = perInput;
    this.total = total ?? Math.max(MAX_INFLATED_TOTAL_BYTES, perInput);
  }
  /** The input itself when it is not gzip; its inflated bytes otherwise (held until `release`). */
  inflate(bytes) {
    if (!isGzip(bytes)) return Promise.resolve(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    const run = this.queue.then(() => this.inflateNow(bytes));
    this.queue = run.then(
      () => void 0,
      () => void 0
    );
    return run;
  }
  async inflateNow(bytes) {
    const limit = Math.min(this.perInput, this.total - this.held);
    if (limit <= 0) throw new InflateLimitError(this.total);
    try {
      const out = await gunzipAsync(bytes, { maxOutputLength: limit });
      this.held += out.length;
      return out;
    } catch (error) {
      if (error.code === "ERR_BUFFER_TOO_LARGE") throw new InflateLimitError(limit);
      throw error;
    }
  }
  release(bytes) {
    this.held = Math.max(0, this.held - bytes);
  }
};
function envCap() {
  const value = Number(process.env.POSTURE_MAX_INFLATED_BYTES);
  return Number.isInteger(value) && value > 0 ? value : void 0;
}
function formatBytes(bytes) {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MiB` : `${bytes} bytes`;
}

export {
  InflateLimitError,
  InflateBudget
};
