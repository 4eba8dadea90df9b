import { open, readFile, rm } from 'node:fs/promises';
import { ConfigError, getErrorMessage } from '../errors.js';

/**
 * A lock file beside the history (`FILE.lock`, holding the writer's pid) so that two `--record`s
 * at once fail clearly instead of one silently overwriting the other's scan. Concurrent writers are
 * not supported, only detected. A lock left by a process that no longer runs is taken over.
 */
export async function acquireLock(file: string): Promise<() => Promise<void>> {
  const lock = `${file}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lock, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new ConfigError(`cannot lock history file ${file}: ${getErrorMessage(error)}`, { cause: error });
      }
      const holder = Number((await readFile(lock, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
        throw new ConfigError(`history file ${file} is locked by another posture process (pid ${holder}); wait for it to finish, or remove ${lock} if it is stale`);
      }
      await rm(lock, { force: true });
    }
  }
  throw new ConfigError(`history file ${file} is locked (${lock} keeps reappearing); remove it when no posture process is running`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
