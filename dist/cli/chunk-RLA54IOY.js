import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ConfigError,
  OutputError,
  getErrorMessage
} from "./chunk-XSHH3W5D.js";

// src/cli/output.ts
import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, mkdir, open, realpath, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
async function prepareOutputs(files, cwd) {
  for (const shown of files) {
    const file = path.resolve(cwd, shown);
    const directory = path.dirname(file);
    try {
      await mkdir(directory, { recursive: true });
      await access(directory, constants.W_OK);
    } catch (cause) {
      throw new ConfigError(`--output ${shown}: cannot write in ${path.dirname(shown) || "."}: ${getErrorMessage(cause)}`, { cause, code: "USAGE" });
    }
    if ((await stat(file).catch(() => void 0))?.isDirectory()) throw new ConfigError(`--output ${shown} is a directory; name a file`, { code: "USAGE" });
  }
}
async function writeFileAtomic(given, text, shown = given) {
  const file = await realpath(given).catch(() => given);
  const existing = await stat(file).catch(() => void 0);
  if (existing !== void 0 && !existing.isFile()) return writeInPlace(file, text, shown);
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const handle = await open(temporary, "wx");
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (cause) {
    await rm(temporary, { force: true }).catch(() => void 0);
    throw new OutputError(`cannot write ${shown}: ${getErrorMessage(cause)}`, { cause });
  }
}
async function writeInPlace(file, text, shown) {
  try {
    const handle = await open(file, "w");
    try {
      await handle.writeFile(text);
    } finally {
      await handle.close();
    }
  } catch (cause) {
    throw new OutputError(`cannot write ${shown}: ${getErrorMessage(cause)}`, { cause });
  }
}
function writeStdout(text, stream = process.stdout) {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => {
      const code = error?.code;
      if (!error || code === "EPIPE" || code === "ERR_STREAM_DESTROYED") resolve();
      else reject(new OutputError(`cannot write the report to stdout: ${getErrorMessage(error)}`, { cause: error }));
    });
  });
}

export {
  prepareOutputs,
  writeFileAtomic,
  writeStdout
};
