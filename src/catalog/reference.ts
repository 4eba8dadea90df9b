import type { Catalog, CheckMeta, Framework } from '../model/index.js';
import { compareStrings } from '../model/order.js';

/**
 * The reference pages in docs/, generated from the catalogue (checks' METADATA joined with the
 * framework files), so they cannot drift from what the scanner does: `scripts/docs.test.ts`
 * fails when the committed pages differ, and `npm run docs` rewrites them.
 */
export function referencePages(catalog: Catalog): Record<string, string> {
  return { 'docs/checks.md': checksPage(catalog), 'docs/frameworks.md': frameworksPage(catalog) };
}

const live = (catalog: Catalog): CheckMeta[] => catalog.checks.filter((c) => !c.deprecated).sort((a, b) => compareStrings(a.id, b.id));

function checksPage(catalog: Catalog): string {
  const checks = live(catalog);
  const groups = new Map<string, CheckMeta[]>();
  for (const check of checks) {
    const group = check.package.split('.').slice(1, 3).join('/');
    groups.set(group, [...(groups.get(group) ?? []), check]);
  }
  const lines = [
    '# Built-in checks',
    '',
    '<!-- Generated from the policy catalogue by `npm run docs`; do not edit. -->',
    '',
    `${checks.length} checks. Each runs on every source format it lists; \`posture checks show ID\` prints one with its remediation examples.`,
    '',
  ];
  for (const [group, members] of [...groups].sort(([a], [b]) => compareStrings(a, b))) {
    lines.push(`## ${group}`, '', '| ID | Severity | Title | Formats | Controls | Peer ids |', '| --- | --- | --- | --- | --- | --- |');
    for (const c of members) {
      const controls = Object.entries(c.frameworks).flatMap(([fw, ids]) => ids.map((id) => `${fw} ${id}`)).join('<br>');
      const peers = Object.values(c.peers).flat().join(', ');
      lines.push(`| ${c.id} | ${c.severity} | ${cell(c.title)} | ${c.formats.join(', ')} | ${controls} | ${peers} |`);
    }
    lines.push('');
  }
  lines.push(...deprecatedSection(catalog));
  return lines.join('\n');
}

/** Deprecated checks are never evaluated; their ids stay reserved, and the page says why each went. */
function deprecatedSection(catalog: Catalog): string[] {
  const gone = catalog.checks.filter((c) => c.deprecated).sort((a, b) => compareStrings(a.id, b.id));
  if (gone.length === 0) return [];
  return [
    '## Deprecated checks',
    '',
    'Never evaluated; their ids are not reused. A waiver or suppression naming one no longer matches anything.',
    '',
    '| ID | Title | Why |',
    '| --- | --- | --- |',
    ...gone.map((c) => `| ${c.id} | ${cell(c.title)} | ${cell(c.description)} |`),
    '',
  ];
}

function frameworksPage(catalog: Catalog): string {
  const checksByControl = new Map<string, string[]>();
  for (const check of live(catalog)) {
    for (const [fw, ids] of Object.entries(check.frameworks)) {
      for (const id of ids) checksByControl.set(`${fw}\u0000${id}`, [...(checksByControl.get(`${fw}\u0000${id}`) ?? []), check.id]);
    }
  }
  const frameworks = [...catalog.frameworks].sort((a, b) => compareStrings(a.id, b.id));
  const automated = (f: Framework) => f.controls.filter((c) => checksByControl.has(`${f.id}\u0000${c.id}`)).length;
  const lines = [
    '# Framework coverage',
    '',
    '<!-- Generated from the policy catalogue by `npm run docs`; do not edit. -->',
    '',
    'Which controls of each framework the built-in checks automate. "manual": no check can judge it from configuration; "no check yet": one could, and none is written.',
    '',
    '| Framework | Version | Controls | Automated |',
    '| --- | --- | ---: | ---: |',
    ...frameworks.map((f) => `| [${cell(f.title)}](#${slug(f.id)}) (\`${f.id}\`) | ${cell(f.version)} | ${f.controls.length} | ${automated(f)} |`),
    '',
  ];
  for (const f of frameworks) {
    lines.push(`## ${f.id}`, '', `${cell(f.title)} ${cell(f.version)}${f.url ? `: ${f.url}` : ''}`, '');
    lines.push('| Requirement | Control | Checks |', '| --- | --- | --- |');
    const titles = new Map(f.requirements.map((r) => [r.id, r.title]));
    for (const control of f.controls) {
      const checks = checksByControl.get(`${f.id}\u0000${control.id}`) ?? [];
      const requirement = control.requirement === undefined ? '' : `${control.requirement} ${titles.get(control.requirement) ?? ''}`;
      lines.push(`| ${cell(requirement.trim())} | ${cell(control.id)} ${cell(control.title)} | ${checks.length > 0 ? checks.join(', ') : notAutomated(control.description)} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** "manual" when the framework file says no configuration check can judge it; otherwise not yet written. */
function notAutomated(description: string | undefined): string {
  return description !== undefined && /^manual\b/i.test(description) ? 'manual' : 'no check yet';
}

/** The anchor GitHub gives a heading. */
function slug(heading: string): string {
  return heading.toLowerCase().replace(/[^\w\s-]/g, '').replace(/\s/g, '-');
}

function cell(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/\|/g, '\\|');
}

