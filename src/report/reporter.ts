import type { FailOn, Report, Severity } from '../model/index.js';

export interface RenderOptions {
  /** Emit ANSI colour codes (only formats meant for a terminal use it). */
  color?: boolean;
  /** The terminal's width in columns: the table keeps every line within it (default 100). */
  width?: number;
  /** `quiet`: findings and the verdict only; `verbose`: every framework's score line (table only). */
  detail?: 'quiet' | 'normal' | 'verbose';
  /** `--show LEVEL`: the table lists only findings at or above it (counts and gating are unchanged). */
  show?: Severity;
  /** The gate's decision, for the table's last line. */
  verdict?: { failOn: FailOn; blocking: number };
}

/** Turns a finished scan into one output format. Pure: the same report renders to the same string. */
export interface Reporter {
  format: string;
  render(report: Report, options?: RenderOptions): string;
}
