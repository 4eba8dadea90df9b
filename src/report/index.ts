/** Reporter registry: the CLI's `--format` and the Action pick a reporter here by name. */
import { ConfigError } from '../errors.js';
import { gitlabCodeQualityReporter } from './gitlab-codequality.js';
import { gitlabSastReporter } from './gitlab-sast.js';
import { htmlReporter } from './html/index.js';
import { jsonReporter } from './json.js';
import { junitReporter } from './junit.js';
import { markdownReporter } from './markdown.js';
import type { Reporter } from './reporter.js';
import { sarifReporter } from './sarif.js';
import { tableReporter } from './table.js';

export type { RenderOptions, Reporter } from './reporter.js';
export { buildSarifLog, renderSarif } from './sarif.js';
export { buildJsonReport, renderJson, JSON_SCHEMA_VERSION } from './json.js';
export type { JsonReport } from './json.js';
export { renderTable } from './table.js';
// validateSarif (./sarif-schema.js) is for tests only and stays out of this barrel: it pulls in
// ajv, a devDependency, which must not reach the bundled CLI or Action.

const REPORTERS: readonly Reporter[] = [
  sarifReporter,
  jsonReporter,
  tableReporter,
  junitReporter,
  markdownReporter,
  gitlabSastReporter,
  gitlabCodeQualityReporter,
  htmlReporter,
];

/** Every format name `getReporter` accepts. */
export const REPORT_FORMATS: readonly string[] = REPORTERS.map((reporter) => reporter.format);

export function getReporter(format: string): Reporter {
  const reporter = REPORTERS.find((candidate) => candidate.format === format);
  if (reporter === undefined) {
    throw new ConfigError(`unknown report format "${format}"; use one of: ${REPORT_FORMATS.join(', ')}`, { code: 'USAGE' });
  }
  return reporter;
}
