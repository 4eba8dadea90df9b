import * as core from '@actions/core';
import { ConfigError, type FailOn } from '../src/index.js';

export interface ActionInputs {
  paths: string[];
  /** Undefined when the input is empty: `.posture.yaml`'s fail-on, then `high`, apply. */
  failOn?: FailOn;
  sarifFile: string;
  exclude: string[];
  config?: string;
  baseline?: string;
}

const FAIL_ON: FailOn[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'none'];

/** Action inputs (kebab-case, see action.yml) → gate options. */
export function readInputs(): ActionInputs {
  const failOnText = core.getInput('fail-on');
  const failOn = failOnText ? FAIL_ON.find((level) => level.toLowerCase() === failOnText.toLowerCase()) : undefined;
  if (failOnText && !failOn) throw new ConfigError(`input fail-on must be one of critical, high, medium, low, none; got ${failOnText}`);
  return {
    paths: core.getMultilineInput('paths').filter(Boolean),
    failOn,
    sarifFile: core.getInput('sarif-file') || 'posture.sarif',
    exclude: core.getMultilineInput('exclude').filter(Boolean),
    config: core.getInput('config') || undefined,
    baseline: core.getInput('baseline') || undefined,
  };
}
