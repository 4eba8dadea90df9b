import * as core from '@actions/core';
import { ConfigError, isValidScanSeconds, parseFailOn, type FailOn } from '../src/index.js';

export interface ActionInputs {
  paths: string[];
  /** Undefined when the input is empty: `.posture.yaml`'s fail-on, then `high`, apply. */
  failOn?: FailOn;
  sarifFile: string;
  /** `category`: the SARIF `automationDetails.id`; `posture-gate/<scanned paths>/` when empty. */
  category?: string;
  /** `sarif-suppressed: include`: suppressed findings stay in the SARIF, with `suppressions`. */
  includeSuppressed: boolean;
  exclude: string[];
  /** Only these frameworks' checks; `.posture.yaml`'s frameworks, then every check, when empty. */
  frameworks: string[];
  /** Rego directories (compiled by the embedded compiler) or bundles (`posture policies build`), relative to the workspace. */
  policies: string[];
  /** `cache-dir`: compiled policy directories; undefined when empty (RUNNER_TEMP/posture-gate then). */
  cacheDir?: string;
  config?: string;
  baseline?: string;
  /** `--diff-base`: a git ref, or `auto` (the pull request's base commit); undefined when empty. */
  diffBase?: string;
  /** On a pull request, annotate only the files it changes. */
  onlyChanged: boolean;
  /** On a pull request, create or update one comment. */
  comment: boolean;
  /** Strict mode: an incomplete scan fails the step (also on when `.posture.yaml` says `strict: true`). */
  strict: boolean;
  /** `max-scan-seconds`: undefined when empty (`.posture.yaml`'s, then 600, apply). */
  maxScanSeconds?: number;
  githubToken?: string;
}


/** Action inputs (kebab-case, see action.yml) → gate options. */
export function readInputs(): ActionInputs {
  const failOnText = core.getInput('fail-on');
  const failOn = failOnText ? parseFailOn(failOnText) : undefined;
  if (failOnText && !failOn) throw new ConfigError(`input fail-on must be one of critical, high, medium, low, none; got ${failOnText}`);
  const comment = readBoolean('comment');
  const githubToken = core.getInput('github-token') || undefined;
  if (comment && !githubToken) throw new ConfigError('input comment is true but github-token is empty; pass ${{ github.token }}');
  return {
    paths: core.getMultilineInput('paths').filter(Boolean),
    failOn,
    sarifFile: core.getInput('sarif-file') || 'posture.sarif',
    category: readCategory(),
    includeSuppressed: readSuppressed(),
    exclude: core.getMultilineInput('exclude').filter(Boolean),
    policies: core.getMultilineInput('policies').filter(Boolean),
    cacheDir: core.getInput('cache-dir') || undefined,
    frameworks: core.getMultilineInput('frameworks').flatMap((line) => line.split(',')).map((id) => id.trim()).filter(Boolean),
    config: core.getInput('config') || undefined,
    baseline: core.getInput('baseline') || undefined,
    diffBase: readDiffBase(),
    onlyChanged: readBoolean('only-changed'),
    comment,
    strict: readBoolean('strict'),
    maxScanSeconds: readSeconds('max-scan-seconds', core.getInput('max-scan-seconds')),
    githubToken,
  };
}

/** A ref git can resolve, or `auto`; option-like text is refused so it cannot reach git's argv as a flag. */
function readDiffBase(): string | undefined {
  const text = core.getInput('diff-base');
  if (!text) return undefined;
  if (text.startsWith('-') || /\s/.test(text)) throw new ConfigError(`input diff-base must be a git ref (a branch, tag or commit) or auto; got ${text}`);
  return text;
}

/** The code-scanning category: no whitespace (it is an id), at most 200 characters. */
function readCategory(): string | undefined {
  const text = core.getInput('category');
  if (!text) return undefined;
  if (!/^\S{1,200}$/.test(text)) throw new ConfigError(`input category must be a name without spaces (at most 200 characters); got ${text}`);
  return text;
}

/** `omit` (the default: code scanning would open an alert for each) or `include`. */
function readSuppressed(): boolean {
  const text = core.getInput('sarif-suppressed') || 'omit';
  if (text !== 'omit' && text !== 'include') throw new ConfigError(`input sarif-suppressed must be omit or include; got ${text}`);
  return text === 'include';
}

/** A positive number of seconds; empty is undefined. */
function readSeconds(name: string, text: string): number | undefined {
  if (!text) return undefined;
  const seconds = Number(text);
  if (!isValidScanSeconds(seconds)) throw new ConfigError(`input ${name} must be a positive number of seconds; got ${text}`);
  return seconds;
}

/** true/false (YAML 1.2 core schema spellings); empty is false. */
function readBoolean(name: string): boolean {
  const text = core.getInput(name);
  if (!text) return false;
  if (/^(true|True|TRUE)$/.test(text)) return true;
  if (/^(false|False|FALSE)$/.test(text)) return false;
  throw new ConfigError(`input ${name} must be true or false; got ${text}`);
}
