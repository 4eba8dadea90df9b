// The command table: each command's name, operands, summary, formats and the flags it takes. The
// parser refuses any other flag (src/cli/args.ts), --help and `posture help COMMAND` are generated
// from it (./help.ts), and bin/posture-pre-commit.js reads scan's value flags from its bundle
// (dist/cli/commands.js). Static data only, so that bundle stays small.
import { FLAGS, type FlagName, type FlagSpec } from './flags.js';

export interface CommandSpec {
  /** One or two words: `scan`, `aws history`. */
  name: string;
  /** Operands after the name, for the synopsis. */
  operands: string;
  summary: string;
  /** What --format takes (first: the default); none when the command has one output. */
  formats?: readonly string[];
  flags: readonly FlagName[];
  /** Flags refused with a better word than "does not take". */
  refused?: Partial<Record<FlagName, string>>;
}

/** Every report format of scan and aws (src/report/index.ts REPORT_FORMATS; a test keeps them equal). */
export const SCAN_FORMATS = ['table', 'json', 'sarif', 'junit', 'markdown', 'gitlab-sast', 'gitlab-codequality', 'html'] as const;

const GATE: FlagName[] = ['format', 'output', 'root', 'config', 'quiet', 'verbose', 'framework', 'policy', 'cache-dir', 'max-scan-seconds', 'max-memory-mb'];
/** What decides and shows a verdict: only the commands that exit 1 on findings take them. */
const VERDICT: FlagName[] = ['fail-on', 'no-fail'];
const DISPLAY: FlagName[] = ['show', 'color'];
const RENDERED: FlagName[] = ['helm', 'values', 'set', 'kustomize', 'kustomize-allow-remote', 'helm-bin', 'kustomize-bin'];
const INPUTS: FlagName[] = ['exclude', 'cfn-params', 'var-file', 'var', ...RENDERED, 'skip-external-modules', 'aws-config-snapshot', 'endpoint', 'profile', 'baseline', 'diff-base'];
const SARIF: FlagName[] = ['sarif-category', 'sarif-suppressed'];
const NO_HISTORY = {
  record: '--record and --history go with posture scan and posture history',
  history: '--record and --history go with posture scan and posture history',
} as const;

const historyCommand = (action: string, operands: string, summary: string, formats: string[]): CommandSpec => ({
  name: `history ${action}`,
  operands,
  summary,
  formats,
  flags: [...GATE, ...INPUTS.filter((f) => f !== 'endpoint' && f !== 'profile'), 'history'],
  refused: { record: '--record goes with posture scan' },
});

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'scan',
    operands: '[PATH...]',
    summary: 'Scan Terraform, CloudFormation, Kubernetes and AWS Config input and gate on the findings.',
    formats: SCAN_FORMATS,
    flags: [...GATE, ...VERDICT, ...DISPLAY, ...SARIF, ...INPUTS, 'strict', 'record', 'history'],
  },
  {
    name: 'baseline create',
    operands: '[PATH...]',
    summary: 'Write the scan\'s current findings as accepted (a baseline file for --baseline).',
    flags: [...GATE.filter((f) => f !== 'format'), ...INPUTS.filter((f) => f !== 'baseline' && f !== 'diff-base')],
    refused: {
      ...NO_HISTORY,
      baseline: 'baseline create writes a baseline; it does not take --baseline or --diff-base',
      'diff-base': 'baseline create writes a baseline; it does not take --baseline or --diff-base',
    },
  },
  { name: 'waivers audit', operands: '[PATH...]', summary: 'List the waivers of .posture.yaml: expired, unused or active.', formats: ['table', 'json'], flags: [...GATE, ...INPUTS], refused: NO_HISTORY },
  {
    name: 'aws',
    operands: '',
    summary: 'Scan a live AWS account through AWS Config and gate on the findings.',
    formats: SCAN_FORMATS,
    flags: [...GATE, ...VERDICT, ...DISPLAY, ...SARIF, 'strict', 'region', 'resource-types', 'aggregator', 'endpoint', 'profile', 'templates', 'timeout'],
    refused: NO_HISTORY,
  },
  {
    name: 'aws history',
    operands: 'ARN',
    summary: 'One resource\'s configuration timeline in AWS Config, with the findings at each point.',
    formats: ['table', 'json'],
    flags: [...GATE, ...VERDICT, 'region', 'resource-type', 'resource-id', 'endpoint', 'profile', 'limit', 'timeout'],
    refused: NO_HISTORY,
  },
  {
    name: 'report compliance',
    operands: '[PATH...]',
    summary: 'Requirement → control → checks, pass or fail, with scores per framework.',
    formats: ['markdown', 'json', 'csv'],
    flags: [...GATE, ...INPUTS],
    refused: NO_HISTORY,
  },
  {
    name: 'checks list',
    operands: '',
    summary: 'List the checks (built-in and --policy ones), filtered.',
    formats: ['table', 'json'],
    flags: ['format', 'framework', 'severity', 'source', 'resource-type', 'policy', 'cache-dir'],
    refused: NO_HISTORY,
  },
  { name: 'checks show', operands: 'CHECK_ID', summary: 'Everything about one check: what it reads, why, how to fix, frameworks.', formats: ['text', 'json'], flags: ['format', 'policy', 'cache-dir'], refused: NO_HISTORY },
  { name: 'policies build', operands: 'DIR', summary: 'Compile a directory of user Rego into a bundle, once, where opa is installed.', flags: ['output'], refused: NO_HISTORY },
  { name: 'import', operands: 'checkov|trivy [PATH...]', summary: 'Turn .checkov.yaml, .checkov.baseline / .trivyignore, .trivyignore.yaml into .posture.yaml waivers and settings.', flags: ['output'] },
  historyCommand('list', '', 'The recorded scans (scan --record).', ['table', 'json']),
  historyCommand('diff', 'A B [PATH...]', 'Findings new and fixed between two scans (A, B: a scan id, latest, latest~N, or a git ref).', ['table', 'json', 'markdown']),
  historyCommand('trend', '', 'Scores and findings over the recorded scans.', ['table', 'json']),
  { name: 'help', operands: '[COMMAND]', summary: 'Show the commands, or one command\'s flags.', flags: [] },
];

/** The command named by the leading positionals (two words before one), or undefined. */
export function findCommand(positionals: readonly string[]): CommandSpec | undefined {
  const two = positionals.slice(0, 2).join(' ');
  return COMMANDS.find((c) => c.name === two) ?? COMMANDS.find((c) => c.name === positionals[0] && !c.name.includes(' '));
}

/** The flags of a command that take a value, as written on the command line (`--format`, `-f`). */
export function valueFlags(name: string): string[] {
  const spec = COMMANDS.find((c) => c.name === name);
  if (!spec) throw new Error(`no command ${name}`);
  return spec.flags.flatMap((flag) => {
    const { type, short } = FLAGS[flag] as FlagSpec;
    return type === 'string' ? [`--${flag}`, ...(short ? [`-${short}`] : [])] : [];
  });
}
