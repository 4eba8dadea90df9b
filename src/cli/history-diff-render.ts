import { formatChange, formatPath } from '../history/attribute-diff.js';
import type { FindingLink, HistoryDiff, ResourceDiff, ScanLabel, ScoreDelta } from '../history/diff.js';
import type { SnapshotFinding } from '../history/types.js';
import { sanitize } from '../report/ansi.js';
import { cell } from '../report/markdown.js';
import { formatPercent } from '../report/summary.js';
import { commitText } from './history-render.js';

export type DiffFormat = 'table' | 'json' | 'markdown';

/** `posture history diff`: values shown are the recorded ones, secret-looking values already hashed. */
export function renderHistoryDiff(diff: HistoryDiff, format: DiffFormat): string {
  if (format === 'json') return JSON.stringify(diff, null, 2) + '\n';
  return format === 'markdown' ? renderMarkdown(diff) : renderText(diff);
}

export function describeScan(scan: ScanLabel): string {
  const what = scan.id === undefined ? `git ${scan.label}` : `scan ${scan.id}${scan.label === String(scan.id) ? '' : ` (${scan.label})`}`;
  const git = scan.git ? `, ${commitText(scan.git)}${scan.git.branch ? ` on ${scan.git.branch}` : ''}` : '';
  return `${what}${git}`;
}

function deltaText(delta: ScoreDelta): string {
  const side = (line: ScoreDelta['before']) => (line && line.total > 0 ? formatPercent(line) : 'n/a');
  const points = delta.delta === undefined || !delta.before?.total || !delta.after?.total ? '' : ` (${signed(delta.delta * 100)} points)`;
  return `${side(delta.before)} → ${side(delta.after)}${points}`;
}

function signed(value: number): string {
  if (Math.abs(value) < 0.05) return '±0.0';
  return `${value > 0 ? '+' : '−'}${Math.abs(value).toFixed(1)}`;
}

function changedFrameworks(diff: HistoryDiff): [string, ScoreDelta][] {
  return Object.entries(diff.score.byFramework).filter(([, d]) => d.delta === undefined || Math.abs(d.delta) > 1e-9);
}

function findingLine(f: SnapshotFinding & { how?: string }): string {
  const how = f.how && f.how !== 'fixed' ? ` (${f.how})` : '';
  return `${f.severity.padEnd(8)} ${f.checkId}  ${sanitize(f.resourceId)}  ${sanitize(f.file)}:${f.line}  ${sanitize(f.title)}${how}`;
}

function linkLine(verb: string, link: FindingLink, resource: ResourceDiff): string {
  const at = link.attributePath.length > 0 ? ` at ${formatPath(link.attributePath)}` : '';
  const by = link.changes.map((i) => formatPath(resource.changes[i].path));
  return `${verb} ${link.checkId} ${link.severity}${at}${by.length > 0 ? ` (by ${by.join(', ')})` : ''}: ${sanitize(link.title)}`;
}

const MARK = { added: '+', removed: '-', changed: '~' } as const;

function renderText(diff: HistoryDiff): string {
  const { findings } = diff;
  const lines = [
    `${describeScan(diff.from)} → ${describeScan(diff.to)}`,
    `Score: ${deltaText(diff.score.overall)}`,
    ...changedFrameworks(diff).map(([id, d]) => `  ${id}: ${deltaText(d)}`),
    `Findings: ${findings.new.length} new, ${findings.fixed.length} fixed, ${findings.stillOpen.length} still open`,
  ];
  const section = (title: string, rows: string[]) => (rows.length === 0 ? [] : ['', title, ...rows.map((r) => `  ${r}`)]);
  lines.push(...section('New findings', findings.new.map(findingLine)));
  lines.push(...section('Fixed findings', findings.fixed.map(findingLine)));
  lines.push(...section('Still open', findings.stillOpen.map(findingLine)));
  lines.push(
    ...section(
      'Changed resources',
      diff.resources.flatMap((r) => [
        `${MARK[r.kind]} ${sanitize(r.id)} (${r.type}, ${sanitize(r.path)})${r.kind === 'changed' ? '' : ` ${r.kind}`}`,
        ...r.changes.map((c) => `    ${sanitize(formatChange(c))}`),
        ...r.caused.map((l) => `    ${linkLine('caused', l, r)}`),
        ...r.fixed.map((l) => `    ${linkLine('fixed', l, r)}`),
      ]),
    ),
  );
  return lines.join('\n') + '\n';
}

function renderMarkdown(diff: HistoryDiff): string {
  const { findings } = diff;
  const out = [
    `## Posture: ${cell(describeScan(diff.from))} → ${cell(describeScan(diff.to))}`,
    '',
    `**Score** ${deltaText(diff.score.overall)} · **${findings.new.length}** new · **${findings.fixed.length}** fixed · **${findings.stillOpen.length}** still open`,
  ];
  const frameworks = changedFrameworks(diff);
  if (frameworks.length > 0) out.push('', '| Framework | Score |', '| --- | --- |', ...frameworks.map(([id, d]) => `| ${cell(id)} | ${deltaText(d)} |`));
  const table = (title: string, rows: (SnapshotFinding & { how?: string })[]) =>
    rows.length === 0
      ? []
      : ['', `### ${title}`, '', '| Severity | Check | Resource | Location |', '| --- | --- | --- | --- |', ...rows.map((f) => `| ${f.severity} | ${f.checkId} ${cell(f.title)}${f.how && f.how !== 'fixed' ? ` (${f.how})` : ''} | ${cell(f.resourceId)} | ${cell(f.file)}:${f.line} |`)];
  out.push(...table('New findings', findings.new), ...table('Fixed findings', findings.fixed));
  if (diff.resources.length > 0) {
    out.push('', '### Changed resources', '');
    for (const r of diff.resources) {
      out.push(`- ${r.kind}: \`${code(r.id)}\` (${cell(r.type)}, ${cell(r.path)})`);
      for (const c of r.changes) out.push(`  - \`${code(formatChange(c))}\``);
      for (const l of r.caused) out.push(`  - ${cell(linkLine('caused', l, r))}`);
      for (const l of r.fixed) out.push(`  - ${cell(linkLine('fixed', l, r))}`);
    }
  }
  return out.join('\n') + '\n';
}

function code(value: string): string {
  return value.replace(/[\r\n]+/g, ' ').replace(/`/g, "'");
}
