// Every flag of the CLI, once: its type (for node:util parseArgs), its value's name and its help
// text. Which command takes which flag is in ./commands.ts. Static data only: this module is also
// bundled on its own (dist/cli/flags.js) for bin/posture-pre-commit.js.

export interface FlagSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** May be given more than once (each value kept, in order). */
  multiple?: boolean;
  /** The value's name in help (FILE, DIR, N...); string flags only. */
  value?: string;
  help: string;
}

const str = (value: string, help: string, more: Partial<FlagSpec> = {}): FlagSpec => ({ type: 'string', value, help, ...more });
const many = (value: string, help: string, more: Partial<FlagSpec> = {}): FlagSpec => ({ type: 'string', value, help, multiple: true, ...more });
const bool = (help: string, more: Partial<FlagSpec> = {}): FlagSpec => ({ type: 'boolean', help, ...more });

export const FLAGS = {
  // --format and --output are both multiple, so that a second --format is refused instead of silently replacing the first
  format: many('FORMAT', 'the report format (Formats above)', { short: 'f' }),
  output: many('FILE', 'write the --format report to FILE (stdout otherwise); FORMAT=FILE adds one more report of the same scan (scan, aws)', { short: 'o' }),
  'sarif-category': str('NAME', 'the code-scanning category (automationDetails.id); default posture-gate/<scanned paths>/'),
  'sarif-suppressed': str('omit|include', 'include keeps suppressed findings in the SARIF (with suppressions); omitted by default'),
  'fail-on': str('LEVEL', 'exit 1 on findings at or above critical|high|medium|low, or none (default: .posture.yaml, then high)'),
  'no-fail': bool('never exit 1 on findings (same as --fail-on none)'),
  exclude: many('GLOB', 'leave out files matching GLOB (repeatable)'),
  root: str('DIR', 'the repository root: no path or symlink is followed out of it (default: the git work tree)'),
  quiet: bool('findings and the verdict only', { short: 'q' }),
  verbose: bool('every framework\'s score and debug messages', { short: 'v' }),
  help: bool('show help (posture COMMAND --help: that command\'s flags)', { short: 'h' }),
  version: bool('print the version'),
  'cfn-params': str('FILE', 'CloudFormation parameter values (JSON or YAML)'),
  'var-file': many('FILE', 'a Terraform .tfvars file (repeatable)'),
  var: many('NAME=VALUE', 'a Terraform variable value (repeatable)'),
  helm: many('CHART_DIR', 'render a Helm chart and scan what it renders (repeatable)'),
  values: many('FILE', 'a values file for --helm (repeatable)'),
  set: many('KEY=VALUE', 'a value for --helm (repeatable)'),
  kustomize: many('DIR', 'build a kustomization and scan what it renders (repeatable)'),
  'kustomize-allow-remote': bool('let kustomize fetch remote bases (refused otherwise)'),
  'helm-bin': str('FILE', 'the helm to run (PATH otherwise, never the scanned tree)'),
  'kustomize-bin': str('FILE', 'the kustomize or kubectl to run (PATH otherwise, never the scanned tree)'),
  'skip-external-modules': bool('no findings in Terraform modules from remote sources'),
  'aws-config-snapshot': many('FILE|s3://BUCKET/KEY|s3://BUCKET/PREFIX/', 'an AWS Config snapshot to scan (repeatable)'),
  region: many('REGION', 'AWS region(s), comma-separated or repeated'),
  'resource-types': many('TYPE,...', 'AWS Config resource types to fetch (default: every type the checks read)'),
  aggregator: str('NAME', 'read through this AWS Config aggregator'),
  endpoint: str('URL', 'the AWS endpoint (moto, LocalStack)'),
  profile: str('NAME', 'a profile of the shared AWS config and credentials files'),
  templates: many('PATH', 'CloudFormation templates, read only to show live findings at the line that created them'),
  config: str('FILE', 'the configuration file (default: .posture.yaml at the root)', { short: 'c' }),
  baseline: str('FILE', 'findings in this baseline do not block'),
  'diff-base': str('REF', 'block only on findings that are new since this git commit'),
  framework: many('ID', 'only these frameworks\' checks (comma-separated or repeated)'),
  policy: many('PATH', 'a user policy directory (Rego) or compiled bundle (repeatable)'),
  'cache-dir': str('DIR', 'where compiled policy directories are kept (the user cache directory by default)'),
  severity: many('LEVEL', 'only checks of this severity (critical, high, medium, low)'),
  source: many('FORMAT', 'only checks reading terraform, cloudformation, kubernetes or aws-config'),
  'resource-type': many('TYPE', 'only checks of this resource type; for aws history an AWS Config type'),
  record: bool('append the scan to the history file'),
  history: str('FILE', 'the history file (default .posture/history.sqlite under the root)'),
  'resource-id': str('ID', 'the resource id (with --resource-type, instead of the ARN\'s)'),
  limit: str('N', 'at most N configuration items'),
  strict: bool('a scan that could not read all of its input exits 2'),
  timeout: str('SECONDS', 'the longest one AWS API call may take, retries included (default 60)'),
  'max-scan-seconds': str('N', 'past N seconds what is not read is reported as not read (default 600)'),
  'max-memory-mb': str('N', 'the scan\'s V8 heap, in MB (at least 64)'),
  show: str('LEVEL', 'the table lists only findings at or above LEVEL (gating unchanged)'),
  color: str('auto|always|never', 'colour the table (auto: FORCE_COLOR, NO_COLOR, then whether stdout is a terminal)'),
} satisfies Record<string, FlagSpec>;

export type FlagName = keyof typeof FLAGS;

export const FLAG_NAMES = Object.keys(FLAGS) as FlagName[];

/** The options object node:util parseArgs takes. */
export function parseArgsOptions(): Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {};
  for (const name of FLAG_NAMES) {
    const { type, short, multiple } = FLAGS[name] as FlagSpec;
    options[name] = { type, ...(short ? { short } : {}), ...(multiple ? { multiple } : {}) };
  }
  return options;
}
