/** The curated public API of posture-gate. */
export { runGate, blockingFindings, type GateOptions, type GateResult, type FailOn, type Stage } from './gate.js';
export { PolicyEngine, readPolicyBundle, type EvaluationMode, type PolicyBundle } from './engine/index.js';
export { getReporter, REPORT_FORMATS } from './report/index.js';
export { createConsoleLogger, type Logger, type LogLevel } from './logging.js';
export { GateError, ConfigError, ParseError, PolicyError, getErrorMessage, EXIT_PASS, EXIT_FINDINGS, EXIT_CONFIG, EXIT_INTERNAL } from './errors.js';
export { resolveConfig, type PostureConfig } from './config/index.js';
export { readBaseline, createBaseline, type Baseline } from './baseline/index.js';
export { loadSettings, type Settings, type SettingsRequest } from './settings.js';
export { parseFailOn, Deadline, DEFAULT_MAX_SCAN_SECONDS, isValidScanSeconds } from './model/index.js';
export type * from './model/index.js';
export { withDiffBase } from './diff-base.js';
export { scoreChange, formatPercent } from './report/summary.js';
export { incompleteSentence, markScore, strictFailure, unresolvedCount } from './report/incomplete.js';
export { defaultSarifCategory, sarifResultCount, GITHUB_RESULTS_KEPT } from './report/sarif.js';
export type { SarifOptions } from './report/reporter.js';
export { readProvenance } from './vcs-provenance.js';
export { prepareOutputs, writeFileAtomic } from './cli/output.js';
