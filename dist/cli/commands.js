import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/cli/flags.ts
var str = (value, help, more = {}) => ({ type: "string", value, help, ...more });
var many = (value, help, more = {}) => ({ type: "string", value, help, multiple: true, ...more });
var bool = (help, more = {}) => ({ type: "boolean", help, ...more });
var FLAGS = {
  // --format and --output are both multiple, so that a second --format is refused instead of silently replacing the first
  format: many("FORMAT", "the report format (Formats above)", { short: "f" }),
  output: many("FILE", "write the --format report to FILE (stdout otherwise); FORMAT=FILE adds one more report of the same scan (scan, aws)", { short: "o" }),
  "sarif-category": str("NAME", "the code-scanning category (automationDetails.id); default posture-gate/<scanned paths>/"),
  "sarif-suppressed": str("omit|include", "include keeps suppressed findings in the SARIF (with suppressions); omitted by default"),
  "fail-on": str("LEVEL", "exit 1 on findings at or above critical|high|medium|low, or none (default: .posture.yaml, then high)"),
  "no-fail": bool("never exit 1 on findings (same as --fail-on none)"),
  exclude: many("GLOB", "leave out files matching GLOB (repeatable)"),
  root: str("DIR", "the repository root: no path or symlink is followed out of it (default: the git work tree)"),
  quiet: bool("findings and the verdict only", { short: "q" }),
  verbose: bool("every framework's score and debug messages", { short: "v" }),
  help: bool("show help (posture COMMAND --help: that command's flags)", { short: "h" }),
  version: bool("print the version"),
  "cfn-params": str("FILE", "CloudFormation parameter values (JSON or YAML)"),
  "var-file": many("FILE", "a Terraform .tfvars file (repeatable)"),
  var: many("NAME=VALUE", "a Terraform variable value (repeatable)"),
  helm: many("CHART_DIR", "render a Helm chart and scan what it renders (repeatable)"),
  values: many("FILE", "a values file for --helm (repeatable)"),
  set: many("KEY=VALUE", "a value for --helm (repeatable)"),
  kustomize: many("DIR", "build a kustomization and scan what it renders (repeatable)"),
  "kustomize-allow-remote": bool("let kustomize fetch remote bases (refused otherwise)"),
  "helm-bin": str("FILE", "the helm to run (PATH otherwise, never the scanned tree)"),
  "kustomize-bin": str("FILE", "the kustomize or kubectl to run (PATH otherwise, never the scanned tree)"),
  "skip-external-modules": bool("no findings in Terraform modules from remote sources"),
  "aws-config-snapshot": many("FILE|s3://BUCKET/KEY|s3://BUCKET/PREFIX/", "an AWS Config snapshot to scan (repeatable)"),
  region: many("REGION", "AWS region(s), comma-separated or repeated"),
  "resource-types": many("TYPE,...", "AWS Config resource types to fetch (default: every type the checks read)"),
  aggregator: str("NAME", "read through this AWS Config aggregator"),
  endpoint: str("URL", "the AWS endpoint (moto, LocalStack)"),
  profile: str("NAME", "a profile of the shared AWS config and credentials files"),
  templates: many("PATH", "CloudFormation templates, read only to show live findings at the line that created them"),
  config: str("FILE", "the configuration file (default: .posture.yaml at the root)", { short: "c" }),
  baseline: str("FILE", "findings in this baseline do not block"),
  "diff-base": str("REF", "block only on findings that are new since this git commit"),
  framework: many("ID", "only these frameworks' checks (comma-separated or repeated)"),
  policy: many("PATH", "a user policy directory (Rego) or compiled bundle (repeatable)"),
  "cache-dir": str("DIR", "where compiled policy directories are kept (the user cache directory by default)"),
  severity: many("LEVEL", "only checks of this severity (critical, high, medium, low)"),
  source: many("FORMAT", "only checks reading terraform, cloudformation, kubernetes or aws-config"),
  "resource-type": many("TYPE", "only checks of this resource type; for aws history an AWS Config type"),
  record: bool("append the scan to the history file"),
  history: str("FILE", "the history file (default .posture/history.sqlite under the root)"),
  "resource-id": str("ID", "the resource id (with --resource-type, instead of the ARN's)"),
  limit: str("N", "at most N configuration items"),
  strict: bool("a scan that could not read all of its input exits 2"),
  timeout: str("SECONDS", "the longest one AWS API call may take, retries included (default 60)"),
  "max-scan-seconds": str("N", "past N seconds what is not read is reported as not read (default 600)"),
  "max-memory-mb": str("N", "the scan's V8 heap, in MB (at least 64)"),
  show: str("LEVEL", "the table lists only findings at or above LEVEL (gating unchanged)"),
  color: str("auto|always|never", "colour the table (auto: FORCE_COLOR, NO_COLOR, then whether stdout is a terminal)")
};
var FLAG_NAMES = Object.keys(FLAGS);

// src/cli/commands.ts
var SCAN_FORMATS = ["table", "json", "sarif", "junit", "markdown", "gitlab-sast", "gitlab-codequality", "html"];
var GATE = ["format", "output", "root", "config", "quiet", "verbose", "framework", "policy", "cache-dir", "max-scan-seconds", "max-memory-mb"];
var VERDICT = ["fail-on", "no-fail"];
var DISPLAY = ["show", "color"];
var RENDERED = ["helm", "values", "set", "kustomize", "kustomize-allow-remote", "helm-bin", "kustomize-bin"];
var INPUTS = ["exclude", "cfn-params", "var-file", "var", ...RENDERED, "skip-external-modules", "aws-config-snapshot", "endpoint", "profile", "baseline", "diff-base"];
var SARIF = ["sarif-category", "sarif-suppressed"];
var NO_HISTORY = {
  record: "--record and --history go with posture scan and posture history",
  history: "--record and --history go with posture scan and posture history"
};
var historyCommand = (action, operands, summary, formats) => ({
  name: `history ${action}`,
  operands,
  summary,
  formats,
  flags: [...GATE, ...INPUTS.filter((f) => f !== "endpoint" && f !== "profile"), "history"],
  refused: { record: "--record goes with posture scan" }
});
var COMMANDS = [
  {
    name: "scan",
    operands: "[PATH...]",
    summary: "Scan Terraform, CloudFormation, Kubernetes and AWS Config input and gate on the findings.",
    formats: SCAN_FORMATS,
    flags: [...GATE, ...VERDICT, ...DISPLAY, ...SARIF, ...INPUTS, "strict", "record", "history"]
  },
  {
    name: "baseline create",
    operands: "[PATH...]",
    summary: "Write the scan's current findings as accepted (a baseline file for --baseline).",
    flags: [...GATE.filter((f) => f !== "format"), ...INPUTS.filter((f) => f !== "baseline" && f !== "diff-base")],
    refused: {
      ...NO_HISTORY,
      baseline: "baseline create writes a baseline; it does not take --baseline or --diff-base",
      "diff-base": "baseline create writes a baseline; it does not take --baseline or --diff-base"
    }
  },
  { name: "waivers audit", operands: "[PATH...]", summary: "List the waivers of .posture.yaml: expired, unused or active.", formats: ["table", "json"], flags: [...GATE, ...INPUTS], refused: NO_HISTORY },
  {
    name: "aws",
    operands: "",
    summary: "Scan a live AWS account through AWS Config and gate on the findings.",
    formats: SCAN_FORMATS,
    flags: [...GATE, ...VERDICT, ...DISPLAY, ...SARIF, "strict", "region", "resource-types", "aggregator", "endpoint", "profile", "templates", "timeout"],
    refused: NO_HISTORY
  },
  {
    name: "aws history",
    operands: "ARN",
    summary: "One resource's configuration timeline in AWS Config, with the findings at each point.",
    formats: ["table", "json"],
    flags: [...GATE, ...VERDICT, "region", "resource-type", "resource-id", "endpoint", "profile", "limit", "timeout"],
    refused: NO_HISTORY
  },
  {
    name: "report compliance",
    operands: "[PATH...]",
    summary: "Requirement \u2192 control \u2192 checks, pass or fail, with scores per framework.",
    formats: ["markdown", "json", "csv"],
    flags: [...GATE, ...INPUTS],
    refused: NO_HISTORY
  },
  {
    name: "checks list",
    operands: "",
    summary: "List the checks (built-in and --policy ones), filtered.",
    formats: ["table", "json"],
    flags: ["format", "framework", "severity", "source", "resource-type", "policy", "cache-dir"],
    refused: NO_HISTORY
  },
  { name: "checks show", operands: "CHECK_ID", summary: "Everything about one check: what it reads, why, how to fix, frameworks.", formats: ["text", "json"], flags: ["format", "policy", "cache-dir"], refused: NO_HISTORY },
  { name: "policies build", operands: "DIR", summary: "Compile a directory of user Rego into a bundle, once, where opa is installed.", flags: ["output"], refused: NO_HISTORY },
  { name: "import", operands: "checkov|trivy [PATH...]", summary: "Turn .checkov.yaml, .checkov.baseline / .trivyignore, .trivyignore.yaml into .posture.yaml waivers and settings.", flags: ["output"] },
  historyCommand("list", "", "The recorded scans (scan --record).", ["table", "json"]),
  historyCommand("diff", "A B [PATH...]", "Findings new and fixed between two scans (A, B: a scan id, latest, latest~N, or a git ref).", ["table", "json", "markdown"]),
  historyCommand("trend", "", "Scores and findings over the recorded scans.", ["table", "json"]),
  { name: "help", operands: "[COMMAND]", summary: "Show the commands, or one command's flags.", flags: [] }
];
function findCommand(positionals) {
  const two = positionals.slice(0, 2).join(" ");
  return COMMANDS.find((c) => c.name === two) ?? COMMANDS.find((c) => c.name === positionals[0] && !c.name.includes(" "));
}
function valueFlags(name) {
  const spec = COMMANDS.find((c) => c.name === name);
  if (!spec) throw new Error(`no command ${name}`);
  return spec.flags.flatMap((flag) => {
    const { type, short } = FLAGS[flag];
    return type === "string" ? [`--${flag}`, ...short ? [`-${short}`] : []] : [];
  });
}
export {
  COMMANDS,
  SCAN_FORMATS,
  findCommand,
  valueFlags
};
