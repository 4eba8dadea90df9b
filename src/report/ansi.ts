/** ANSI SGR codes for the terminal report; applied only when the caller asks for colour. */
import type { Severity } from '../model/index.js';

const RESET = '\u001b[0m';
export const STYLE = {
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  red: '\u001b[31m',
  boldRed: '\u001b[1;31m',
  yellow: '\u001b[33m',
  cyan: '\u001b[36m',
  green: '\u001b[32m',
} as const;

export const SEVERITY_STYLE: Record<Severity, string> = {
  CRITICAL: STYLE.boldRed,
  HIGH: STYLE.red,
  MEDIUM: STYLE.yellow,
  LOW: STYLE.cyan,
};

export type Paint = (text: string, style: string) => string;

export function painter(color: boolean): Paint {
  return color ? (text, style) => (text === '' ? text : `${style}${text}${RESET}`) : (text) => text;
}

/**
 * Removes control characters (ESC included) from text that came from scanned files, so a
 * crafted resource name or message cannot move the cursor or recolour the terminal.
 */
export function sanitize(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
}
