import type { CheckMeta, Framework } from '../model/index.js';

export declare const SEVERITIES: string[];
export declare const FORMATS: string[];
export declare class BuildError extends Error {}

export interface CompileOptions {
  opa: string;
  /** Runs opa commands (args, cwd) → stdout instead of executing `opa`. */
  runner?: (args: string[], cwd: string) => string;
  workDir: string;
  sources: { dir: string; as: string }[];
  frameworkDirs: string[];
  knownFrameworks?: Framework[];
  capabilities: string;
  idPattern: RegExp;
  reservedIds?: Set<string>;
  builtIn: boolean;
  runTests?: boolean;
  log?: (line: string) => void;
}

export interface CompiledPolicies {
  catalog: { opaVersion: string; checks: CheckMeta[]; frameworks: Framework[] };
  wasm: Buffer;
  meta: { opaVersion: string; abiVersion: string; entrypoints: Record<string, string>; initialPages: number };
  facts: { abiVersion: string; memoryMin: number; dataEnd: number };
}

export declare function compilePolicies(options: CompileOptions): CompiledPolicies;
export declare function loadFrameworks(dir: string): Framework[];
export declare function testCommand(sources: { dir: string }[]): string[];
