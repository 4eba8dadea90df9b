import type { Diagnostic } from './diagnostic.js';
import { fileStart } from './source.js';

/** `--max-scan-seconds` (`max-scan-seconds:`, the Action's input) when not given: generous, far under a CI job's timeout. */
export const DEFAULT_MAX_SCAN_SECONDS = 600;

/** A scan budget as `--max-scan-seconds`, `max-scan-seconds:` and the Action take it: a positive finite number. */
export function isValidScanSeconds(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

/** Where a scan is: the stage, and the file it works on when one is known. */
export interface ScanPlace {
  stage: string;
  file?: string;
}

/**
 * The scan's wall-clock budget. Stages check it cooperatively (between files, between scopes):
 * once it has passed, what is not yet done is not done, and each file not reached gets a
 * LIMIT_EXCEEDED diagnostic, so the report counts it as incomplete instead of passing it.
 * A single step that never returns is the watchdog's (src/cli/supervise.ts); `at` tells it where.
 */
export class Deadline {
  readonly expiresAt: number;
  private place: ScanPlace = { stage: 'starting' };
  private passedDuring?: string;

  constructor(
    readonly seconds: number,
    private readonly onPlace?: (place: ScanPlace) => void,
    private readonly now: () => number = Date.now,
  ) {
    this.expiresAt = now() + seconds * 1000;
  }

  /** Whether the budget is spent; the first time it is, remembers the stage (for the message). */
  expired(): boolean {
    if (this.passedDuring !== undefined) return true;
    if (this.now() < this.expiresAt) return false;
    this.passedDuring = this.place.stage;
    return true;
  }

  /** Notes where the scan is, for the watchdog's message should a step never return. */
  at(stage: string, file?: string): void {
    this.place = file === undefined ? { stage } : { stage, file };
    this.onPlace?.(this.place);
  }

  /** Where a progress display hears of finished work (`files done of total` in a stage); set by the CLI on a terminal. */
  onProgress?: (stage: string, done: number, total: number) => void;

  /** Notes that `done` of `total` items of `stage` are finished (for a progress display only). */
  progress(stage: string, done: number, total: number): void {
    this.onProgress?.(stage, done, total);
  }

  where(): ScanPlace {
    return this.place;
  }

  /** The stage during which the budget ran out, once it has. */
  get expiredDuring(): string | undefined {
    return this.passedDuring;
  }

  /** The diagnostic of a file the scan did not get to (or not through) `stage` before the deadline. */
  notReached(path: string, stage: string): Diagnostic {
    return {
      code: 'LIMIT_EXCEEDED',
      level: 'error',
      message: `not ${stage}d: the scan passed --max-scan-seconds ${this.seconds} before reaching this file; raise the limit or scan less at once`,
      range: fileStart(path),
    };
  }
}

/** A deadline that never passes (library callers that set none, tests). */
export function noDeadline(): Deadline {
  return new Deadline(Number.POSITIVE_INFINITY);
}
