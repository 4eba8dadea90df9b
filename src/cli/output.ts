/**
 * Writing a report where a CI step reads it: never a truncated report and a success. A file is
 * written whole or not at all (a temporary file beside it, synced, then renamed over it); stdout
 * is awaited to the end of each write. Any failure is an OutputError (exit 3) naming where.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, open, realpath, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, getErrorMessage, OutputError } from '../errors.js';

/**
 * Before the scan: every report file's directory exists (created when missing) and is writable,
 * and no report file is a directory. Else a usage error (exit 2) with nothing scanned, instead of
 * a scan of several minutes that ends with exit 3 because its report cannot be written.
 */
export async function prepareOutputs(files: readonly string[], cwd: string): Promise<void> {
  for (const shown of files) {
    const file = path.resolve(cwd, shown);
    const directory = path.dirname(file);
    try {
      await mkdir(directory, { recursive: true });
      await access(directory, constants.W_OK);
    } catch (cause) {
      throw new ConfigError(`--output ${shown}: cannot write in ${path.dirname(shown) || '.'}: ${getErrorMessage(cause)}`, { cause, code: 'USAGE' });
    }
    if ((await stat(file).catch(() => undefined))?.isDirectory()) throw new ConfigError(`--output ${shown} is a directory; name a file`, { code: 'USAGE' });
  }
}

/**
 * Writes `text` to `file` atomically: readers see the old file or the whole new one, and a failed
 * write (a full disk, a file size limit, a directory that is missing or not writable) leaves no
 * partial file behind.
 */
export async function writeFileAtomic(given: string, text: string, shown = given): Promise<void> {
  // a link is written through (the link stays), and a device or pipe (`--output /dev/null`,
  // /dev/stdout, a FIFO) is written to in place: renaming over it would replace it with a file
  const file = await realpath(given).catch(() => given);
  const existing = await stat(file).catch(() => undefined);
  if (existing !== undefined && !existing.isFile()) return writeInPlace(file, text, shown);
  // In the same directory, so the rename stays on one file system and is atomic.
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temporary, 'wx');
    try {
      await handle.writeFile(text);
      // a delayed-allocation file system may report a full disk only when the data is flushed
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (cause) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new OutputError(`cannot write ${shown}: ${getErrorMessage(cause)}`, { cause });
  }
}

async function writeInPlace(file: string, text: string, shown: string): Promise<void> {
  try {
    const handle = await open(file, 'w');
    try {
      await handle.writeFile(text);
    } finally {
      await handle.close();
    }
  } catch (cause) {
    throw new OutputError(`cannot write ${shown}: ${getErrorMessage(cause)}`, { cause });
  }
}

/**
 * Writes to the process's stdout and settles when the text is handed to the system. A reader that
 * left (EPIPE: `posture scan | head`) is not a failure; any other error (ENOSPC on a full disk,
 * EIO) is, so the report is never cut short with exit 0. bin/posture.js keeps the stream's
 * 'error' event from crashing the process; this is where the error is reported.
 */
export function writeStdout(text: string, stream: NodeJS.WritableStream = process.stdout): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => {
      // after an EPIPE the stream is destroyed, and later writes fail with ERR_STREAM_DESTROYED
      const code = (error as NodeJS.ErrnoException | null | undefined)?.code;
      if (!error || code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED') resolve();
      else reject(new OutputError(`cannot write the report to stdout: ${getErrorMessage(error)}`, { cause: error }));
    });
  });
}
