/**
 * A one-line progress display on a terminal for scans that take a while: the stage, files done of
 * all, and the time so far, rewritten in place (`posture: parse 34/77 files · 2.1s`). It appears
 * only after a second (a quick scan stays quiet), only on a terminal and never under CI (a log
 * would fill with carriage returns), and it is cleared before any log line and before the report.
 */
import type { ScanPlace } from '../model/index.js';
import type { ProgressStream } from './aws-progress.js';

export interface ScanProgress {
  place(place: ScanPlace): void;
  count(stage: string, done: number, total: number): void;
  /** Writes `line` (a log line) on a clean line; the progress comes back at its next tick. */
  log(write: () => void): void;
  /** Clears the line and stops for good. */
  stop(): void;
}

const SHOW_AFTER_MS = 1000;
const TICK_MS = 100;

export const NO_PROGRESS: ScanProgress = { place: () => undefined, count: () => undefined, log: (write) => write(), stop: () => undefined };

/** Whether a progress line may be drawn: stderr is a terminal, not CI, not --quiet. */
export function progressWanted(stream: ProgressStream | undefined, env: NodeJS.ProcessEnv, quiet: boolean): stream is ProgressStream {
  return stream !== undefined && stream.isTTY === true && !quiet && (env.CI === undefined || env.CI === '' || env.CI === 'false') && env.TERM !== 'dumb';
}

export function scanProgress(stream: ProgressStream, now: () => number = Date.now): ScanProgress {
  const started = now();
  let stage = 'starting';
  let files: { done: number; total: number } | undefined;
  let shown = false;
  let stopped = false;
  const width = Math.max(20, (stream.columns || 80) - 1);
  const clear = () => {
    if (shown) stream.write('\r\u001b[2K');
    shown = false;
  };
  const draw = () => {
    const elapsed = now() - started;
    if (stopped || elapsed < SHOW_AFTER_MS) return;
    const counted = files === undefined ? '' : ` ${files.done}/${files.total} files`;
    const line = `posture: ${stage}${counted} · ${(elapsed / 1000).toFixed(1)}s`;
    stream.write(`\r\u001b[2K${line.slice(0, width)}`);
    shown = true;
  };
  const timer = setInterval(draw, TICK_MS);
  timer.unref();
  return {
    place(place) {
      if (place.stage !== stage) files = undefined;
      stage = place.stage;
    },
    count(counted, done, total) {
      stage = counted;
      files = { done, total };
    },
    log(write) {
      clear();
      write();
    },
    stop() {
      stopped = true;
      clearInterval(timer);
      clear();
    },
  };
}
