import type { SourceRange } from './model/index.js';

export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'INPUT_MISSING'
  | 'INPUT_OUTSIDE_ROOT'
  | 'USAGE'
  | 'PARSE_SYNTAX'
  | 'POLICY_LOAD'
  | 'POLICY_EVAL'
  | 'POLICY_BUILTIN'
  | 'OUTPUT_WRITE'
  | 'INTERNAL';

export const EXIT_PASS = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_CONFIG = 2;
export const EXIT_INTERNAL = 3;

export class GateError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The user's fault: a bad flag, input or path. Exit code 2. */
export class ConfigError extends GateError {
  constructor(message: string, options?: { cause?: unknown; code?: ErrorCode }) {
    super(options?.code ?? 'CONFIG_INVALID', message, options);
  }
}

/** A file that cannot be read as its format. Reported as a diagnostic, never fatal. */
export class ParseError extends GateError {
  constructor(
    message: string,
    readonly range: SourceRange,
    options?: { cause?: unknown },
  ) {
    super('PARSE_SYNTAX', message, options);
  }
}

/** The policy bundle failed to load or evaluate. Exit code 3. */
export class PolicyError extends GateError {
  constructor(message: string, options?: { cause?: unknown; code?: ErrorCode }) {
    super(options?.code ?? 'POLICY_EVAL', message, options);
  }
}

/** The report could not be written (a full disk, a missing or read-only directory, a closed stdout other than by its reader). Exit code 3. */
export class OutputError extends GateError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('OUTPUT_WRITE', message, options);
  }
}

/** Whatever was thrown (opa-wasm throws strings and plain objects), as a message. */
export function getErrorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  if (typeof error === 'object' && error !== null && 'message' in error) {
    return String((error as { message: unknown }).message);
  }
  return String(error);
}

export function exitCodeFor(error: unknown): number {
  return error instanceof ConfigError ? EXIT_CONFIG : EXIT_INTERNAL;
}
