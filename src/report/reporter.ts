import type { Report } from '../model/index.js';

export interface RenderOptions {
  /** Emit ANSI colour codes (only formats meant for a terminal use it). */
  color?: boolean;
}

/** Turns a finished scan into one output format. Pure: the same report renders to the same string. */
export interface Reporter {
  format: string;
  render(report: Report, options?: RenderOptions): string;
}
