/**
 * `posture report compliance`: for each framework, requirement → control → the checks that
 * automate it, with pass/fail, the failing resources and the scores. Controls no check automates
 * are listed as manual, so the report shows what the scan cannot judge as well as what it can.
 */
import type { Finding, Framework, Report, ScoreLine, SourceRange } from '../model/index.js';
import { compareFindings, compareStrings, sorted } from '../model/order.js';
import { cell } from './markdown.js';
import { formatPercent } from './summary.js';
import { incompleteSentence, markScore } from './incomplete.js';

/**
 * - `pass`: automated, applies to at least one scanned resource, no unsuppressed finding.
 * - `fail`: at least one unsuppressed finding.
 * - `not-applicable`: automated, but no scanned resource is of a type its checks read.
 * - `manual`: no check automates it.
 */
export type ControlStatus = 'pass' | 'fail' | 'not-applicable' | 'manual';

export interface ComplianceControl {
  id: string;
  title: string;
  status: ControlStatus;
  checks: string[];
  score?: ScoreLine;
  failing: { checkId: string; resourceId: string; location: SourceRange }[];
  /** Findings on this control that a suppression, waiver or the baseline accepted. */
  suppressed: number;
}

export interface ComplianceRequirement {
  id: string;
  title: string;
  score?: ScoreLine;
  controls: ComplianceControl[];
}

export interface ComplianceFramework {
  id: string;
  title: string;
  version: string;
  score: ScoreLine;
  counts: Record<ControlStatus, number>;
  requirements: ComplianceRequirement[];
}

export function buildCompliance(report: Report): ComplianceFramework[] {
  const checksByControl = new Map<string, string[]>();
  for (const check of report.catalog.checks) {
    if (check.deprecated) continue;
    for (const [framework, controls] of Object.entries(check.frameworks)) {
      for (const control of controls) push(checksByControl, `${framework}\u0000${control}`, check.id);
    }
  }
  const findingsByControl = new Map<string, Finding[]>();
  for (const finding of sorted(report.findings, compareFindings)) {
    for (const { framework, control } of finding.controls) push(findingsByControl, `${framework}\u0000${control}`, finding);
  }
  return sorted(report.catalog.frameworks, (a, b) => compareStrings(a.id, b.id)).map((framework) =>
    frameworkOf(framework, report, checksByControl, findingsByControl),
  );
}

function frameworkOf(framework: Framework, report: Report, checks: Map<string, string[]>, findings: Map<string, Finding[]>): ComplianceFramework {
  const counts: Record<ControlStatus, number> = { pass: 0, fail: 0, 'not-applicable': 0, manual: 0 };
  const controlScores = report.score.byControl[framework.id] ?? {};
  const requirements = framework.requirements.map((requirement): ComplianceRequirement => {
    const controls = framework.controls
      .filter((control) => control.requirement === requirement.id)
      .map((control): ComplianceControl => {
        const key = `${framework.id}\u0000${control.id}`;
        const own = findings.get(key) ?? [];
        const failing = own.filter((f) => !f.suppression);
        const automatedBy = [...(checks.get(key) ?? [])].sort(compareStrings);
        const score = controlScores[control.id];
        const status: ControlStatus =
          automatedBy.length === 0 ? 'manual' : failing.length > 0 ? 'fail' : score && score.total > 0 ? 'pass' : 'not-applicable';
        counts[status]++;
        return {
          id: control.id,
          title: control.title,
          status,
          checks: automatedBy,
          ...(score ? { score } : {}),
          failing: failing.map((f) => ({ checkId: f.checkId, resourceId: f.resourceId, location: f.location })),
          suppressed: own.length - failing.length,
        };
      });
    const score = report.score.byRequirement[framework.id]?.[requirement.id];
    return { id: requirement.id, title: requirement.title, ...(score ? { score } : {}), controls };
  });
  const score = report.score.byFramework[framework.id] ?? { passing: 0, total: 0, score: 1 };
  return { id: framework.id, title: framework.title, version: framework.version, score, counts, requirements };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  (map.get(key) ?? map.set(key, []).get(key)!).push(value);
}

/** The `$id` of schemas/compliance.schema.json; bump the version before renaming or removing a field. */
export const COMPLIANCE_SCHEMA_ID = 'https://posture-gate.github.io/schemas/compliance-1.json';

/** Where a compliance report came from, for an auditor: the tool, when, which commit, what was scanned. */
export interface Provenance {
  toolVersion: string;
  generatedAt: string;
  git?: { commit: string; branch?: string };
  /** The scanned paths, relative to the scan root. */
  paths: string[];
  /** The frameworks asked for (`--framework`); every framework when empty. */
  frameworks: string[];
}

export function renderComplianceJson(report: Report, provenance?: Provenance): string {
  const incomplete = report.incomplete ? { incomplete: { message: incompleteSentence(report.incomplete), ...report.incomplete } } : {};
  const document = {
    $schema: COMPLIANCE_SCHEMA_ID,
    schemaVersion: '1',
    tool: report.tool,
    ...(provenance ? { provenance } : {}),
    ...incomplete,
    frameworks: buildCompliance(report),
  };
  return JSON.stringify(document, null, 2) + '\n';
}

const STATUS: Record<ControlStatus, string> = { pass: 'pass', fail: '**fail**', 'not-applicable': 'n/a', manual: 'manual' };

/** Failing resources listed per control before the rest is counted. */
const MAX_FAILING = 10;

export function renderComplianceMarkdown(report: Report, provenance?: Provenance): string {
  const sections = buildCompliance(report).map((framework) => {
    const { counts } = framework;
    const lines = [
      `## ${cell(framework.title)} ${cell(framework.version)} (${code(framework.id)}): ${scoreText(framework.score, report)}`,
      '',
      `Controls: ${counts.pass} pass, ${counts.fail} fail, ${counts['not-applicable']} not applicable to the scanned resources, ${counts.manual} manual.`,
    ];
    for (const requirement of framework.requirements) {
      lines.push('', `### ${cell(requirement.id)} ${cell(requirement.title)}${requirement.score ? `: ${scoreText(requirement.score, report)}` : ''}`, '');
      lines.push('| Control | Status | Score | Checks | Failing resources |', '| --- | --- | ---: | --- | --- |');
      for (const control of requirement.controls) lines.push(controlRow(control, report));
    }
    return lines.join('\n');
  });
  const warning = report.incomplete ? `\n\n> **${cell(incompleteSentence(report.incomplete))}**` : '';
  const header = `# ${cell(report.tool.name)}: compliance report\n\n${provenance ? provenanceLines(provenance) : ''}Overall posture score ${scoreText(report.score.overall, report)}.${warning}`;
  return `${[header, ...sections].join('\n\n')}\n`;
}

/** The provenance as a list under the title. */
function provenanceLines(p: Provenance): string {
  const git = p.git ? `${code(p.git.commit)}${p.git.branch ? ` on ${code(p.git.branch)}` : ''}` : 'not a git work tree';
  const lines = [
    `- Tool: posture-gate ${cell(p.toolVersion)}`,
    `- Generated: ${cell(p.generatedAt)}`,
    `- Commit: ${git}`,
    `- Scanned: ${p.paths.map(code).join(', ')}`,
    `- Frameworks: ${p.frameworks.length > 0 ? p.frameworks.map(code).join(', ') : 'all'}`,
  ];
  return `${lines.join('\n')}\n\n`;
}

/** Text in a code span: Markdown escapes are not read there (a `\\_` would show), so only the backtick is replaced and the pipe escaped. */
function code(value: string): string {
  return `\`${value.replace(/[\r\n]+/g, ' ').replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}

function controlRow(control: ComplianceControl, report: Report): string {
  const shown = control.failing.slice(0, MAX_FAILING).map((f) => `${code(f.resourceId)} (${cell(f.checkId)}, ${cell(f.location.path)}:${f.location.startLine})`);
  if (control.failing.length > MAX_FAILING) shown.push(`and ${control.failing.length - MAX_FAILING} more`);
  if (control.suppressed > 0) shown.push(`${control.suppressed} suppressed`);
  const score = control.score ? markScore(formatPercent(control.score), report) : '';
  return `| ${cell(control.id)} ${cell(control.title)} | ${STATUS[control.status]} | ${score} | ${control.checks.join(', ')} | ${shown.join('<br>')} |`;
}

function scoreText(line: ScoreLine, report: Report): string {
  return line.total === 0 ? 'n/a (nothing in scope)' : `${markScore(formatPercent(line), report)} (${line.passing} of ${line.total} resources)`;
}
