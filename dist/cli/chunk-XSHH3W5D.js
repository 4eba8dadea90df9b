import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/errors.ts
var EXIT_PASS = 0;
var EXIT_FINDINGS = 1;
var EXIT_CONFIG = 2;
var EXIT_INTERNAL = 3;
var GateError = class extends Error {
  constructor(code, message, options) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
  code;
};
var ConfigError = class extends GateError {
  constructor(message, options) {
    super(options?.code ?? "CONFIG_INVALID", message, options);
  }
};
var PolicyError = class extends GateError {
  constructor(message, options) {
    super(options?.code ?? "POLICY_EVAL", message, options);
  }
};
var OutputError = class extends GateError {
  constructor(message, options) {
    super("OUTPUT_WRITE", message, options);
  }
};
function getErrorMessage(error) {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  if (typeof error === "object" && error !== null && "message" in error) {
    return String(error.message);
  }
  return String(error);
}
function exitCodeFor(error) {
  return error instanceof ConfigError ? EXIT_CONFIG : EXIT_INTERNAL;
}

export {
  EXIT_PASS,
  EXIT_FINDINGS,
  EXIT_CONFIG,
  GateError,
  ConfigError,
  PolicyError,
  OutputError,
  getErrorMessage,
  exitCodeFor
};
