import { readBaseline, type Baseline } from './baseline/index.js';
import { resolveConfig, type PostureConfig } from './config/index.js';
import { DEFAULT_MAX_SCAN_SECONDS, type FailOn } from './model/index.js';

export interface SettingsRequest {
  root: string;
  /** Absolute path of an explicit configuration file; `.posture.yaml` at the root otherwise. */
  configFile?: string;
  /** The baseline file: absolute path, and the name to show in messages. */
  baseline?: { path: string; shown: string };
  /** The flag or input, when given: it wins over the configuration file. */
  failOn?: FailOn;
  /** `--strict` or the Action's `strict`: true turns strict mode on; off, `.posture.yaml`'s `strict` decides. */
  strict?: boolean;
  /** `--max-scan-seconds` or the Action's input, when given: it wins over the configuration file. */
  maxScanSeconds?: number;
}

export interface Settings {
  config?: PostureConfig;
  failOn: FailOn;
  /** An incomplete scan fails (exit 2 for the CLI, a failed step for the Action). */
  strict: boolean;
  /** The scan's wall-clock budget: the flag or input, else `max-scan-seconds:`, else DEFAULT_MAX_SCAN_SECONDS. */
  maxScanSeconds: number;
  baseline?: { file: string; baseline: Baseline };
}

/**
 * What the CLI and the Action both settle before a scan: configuration, fail-on precedence, strict
 * mode (on when the flag or input, or the configuration file, turns it on), baseline.
 */
export async function loadSettings(request: SettingsRequest): Promise<Settings> {
  const config = await resolveConfig(request.root, request.configFile);
  const baseline = request.baseline ? { file: request.baseline.shown, baseline: await readBaseline(request.baseline.path) } : undefined;
  const maxScanSeconds = request.maxScanSeconds ?? config?.maxScanSeconds ?? DEFAULT_MAX_SCAN_SECONDS;
  return { config, failOn: request.failOn ?? config?.failOn ?? 'HIGH', strict: request.strict === true || config?.strict === true, maxScanSeconds, baseline };
}
