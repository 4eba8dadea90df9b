import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Incompleteness } from '../model/index.js';
import { incompleteness } from '../model/index.js';
import { REPO_ROOT, SARIF_SCHEMA } from '../testing/engine.js';
import { buildIncompleteReport, buildReport, range } from './__fixtures__/report.js';
import { parseXml, validateJunit10, validateJunitCounts } from './__fixtures__/junit-xsd.js';
import { renderComplianceJson, renderComplianceMarkdown } from './compliance.js';
import { GITLAB_SAST_SCHEMA_VERSION, buildGitlabSast } from './gitlab-sast.js';
import { buildGitlabCodeQuality } from './gitlab-codequality.js';
import { buildPageData } from './html/data.js';
import { renderHtml } from './html/index.js';
import { SCRIPT } from './html/script.js';
import { REPORT_FORMATS, getReporter } from './index.js';
import { incompletePhrases, incompleteSentence, markScore, notReadPlaces, strictFailure, unresolvedCount } from './incomplete.js';
import { buildJsonReport } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import { buildSarifLog } from './sarif.js';
import { validateSarif as validateWithSchema } from './sarif-schema.js';
import { renderTable } from './table.js';

const NONE: Incompleteness = { unreadable: 0, unresolvedModules: 0, unresolvedStacks: 0, unsupportedPlans: 0, limits: 0, liveFailures: 0 };
const SENTENCE = 'Scan incomplete: 1 file could not be read, 2 module calls could not be resolved: findings inside them are missing.';
const schema = (...parts: string[]) => path.join(REPO_ROOT, 'schemas', ...parts);

describe('incompleteness in words', () => {
  it('says one phrase per non-zero count, singular or plural', () => {
    expect(incompletePhrases({ ...NONE, unreadable: 1, unresolvedModules: 2 })).toEqual(['1 file could not be read', '2 module calls could not be resolved']);
    expect(incompletePhrases({ unreadable: 2, unresolvedModules: 1, unresolvedStacks: 1, unsupportedPlans: 2, limits: 1, liveFailures: 3 })).toEqual([
      '2 files could not be read',
      '1 module call could not be resolved',
      '1 nested stack could not be resolved',
      '2 plans are in a form this version cannot read',
      '1 scan limit was reached',
      '3 AWS regions or resource types could not be fetched',
    ]);
    expect(incompleteSentence({ ...NONE, unresolvedStacks: 1 })).toBe('Scan incomplete: 1 nested stack could not be resolved: findings inside it are missing.');
  });

  it('counts a file with several syntax errors once, and a recovered (warning) syntax error not at all', () => {
    const report = buildIncompleteReport();
    expect(report.incomplete).toEqual({ ...NONE, unreadable: 1, unresolvedModules: 2 });
    expect(incompleteSentence(report.incomplete!)).toBe(SENTENCE);
    expect(incompleteness([{ code: 'PARSE_SYNTAX', level: 'warning', message: 'recovered', range: range('a.yaml', 1, 1, 1, 2) }])).toBeUndefined();
  });

  it('counts unresolved modules, stacks and plans for the Action, and marks scores', () => {
    expect(unresolvedCount({ unreadable: 5, unresolvedModules: 2, unresolvedStacks: 1, unsupportedPlans: 1, limits: 3, liveFailures: 4 })).toBe(4);
    expect(unresolvedCount(undefined)).toBe(0);
    expect(markScore('100.0%', { incomplete: { ...NONE, limits: 1 } })).toBe('100.0% (incomplete scan)');
    expect(markScore('100.0%', {})).toBe('100.0%');
  });

  it('names what was not read in one line for strict mode, paths and lines only', () => {
    const report = buildIncompleteReport();
    expect(notReadPlaces(report)).toBe('kubernetes/broken.yaml:3, kubernetes/broken.yaml:9, terraform/main.tf:50, terraform/main.tf:60');
    expect(notReadPlaces(report, 2)).toBe('kubernetes/broken.yaml:3, kubernetes/broken.yaml:9 and 2 more');
    const line = strictFailure(report)!;
    expect(line).toBe(`strict mode fails an incomplete scan. ${SENTENCE} Not read: ${notReadPlaces(report)}.`);
    expect(line).not.toContain('\n');
    expect(strictFailure(buildReport())).toBeUndefined();
  });
});

describe('every format states an incomplete scan', () => {
  const report = buildIncompleteReport();

  it('table: the sentence at the top of the summary, and every score marked', () => {
    const text = renderTable(report, { detail: 'verbose', width: 200 });
    const summary = text.slice(text.indexOf('Summary\n'));
    expect(summary.split('\n')[1]).toBe(`  ${SENTENCE}`);
    expect(text).toContain('  Posture score: 50.0% (incomplete scan) (4 of 8 resources with no findings)');
    expect(text).toContain('    cis-aws-3.0 (CIS AWS Foundations Benchmark): 40.0% (incomplete scan) (2 of 5 resources with no findings)');
  });

  it('table: a 100% score of an incomplete scan is never shown bare', () => {
    const perfect = { ...report, score: { ...report.score, overall: { passing: 8, total: 8, score: 1 } } };
    const text = renderTable(perfect);
    expect(text).toContain('Posture score: 100.0% (incomplete scan)');
    expect(text).not.toMatch(/100\.0%(?! \(incomplete scan\))/);
  });

  it('JSON: an incomplete object after the summary, valid against the published schema', () => {
    const json = buildJsonReport(report);
    expect(json.incomplete).toEqual({ message: SENTENCE, unreadable: 1, unresolvedModules: 2, unresolvedStacks: 0, unsupportedPlans: 0, limits: 0, liveFailures: 0 });
    expect(Object.keys(json).slice(5, 7)).toEqual(['summary', 'incomplete']);
    const plain = JSON.parse(JSON.stringify(json)) as typeof json;
    // the unit fixture's fingerprints are short labels; real ones are sha256 hex
    for (const finding of plain.findings) finding.fingerprint = createHash('sha256').update(finding.fingerprint).digest('hex');
    expect(validateWithSchema(plain, schema('report.schema.json'))).toEqual([]);
    const wrong = { ...plain, incomplete: { ...plain.incomplete, modules: 2 } };
    expect(validateWithSchema(wrong, schema('report.schema.json')).join('\n')).toMatch(/incomplete.*additional/);
  });

  it('SARIF: still a successful execution (so code scanning keeps the results), a SCAN_INCOMPLETE notification first, the counts as a run property', () => {
    const log = buildSarifLog(report);
    const [invocation] = log.runs[0].invocations!;
    expect(invocation.executionSuccessful).toBe(true);
    expect(invocation.toolExecutionNotifications![0]).toEqual({ level: 'error', message: { text: SENTENCE }, descriptor: { id: 'SCAN_INCOMPLETE' } });
    // every diagnostic that says input was not read is a notification of its own, with its place
    const ids = invocation.toolExecutionNotifications!.map((n) => n.descriptor?.id);
    expect(ids.filter((id) => id === 'MODULE_UNRESOLVED')).toHaveLength(2);
    expect(ids.filter((id) => id === 'PARSE_SYNTAX')).toHaveLength(2);
    expect(log.runs[0].properties!.incomplete).toEqual(report.incomplete);
    // as grave as the worst diagnostic it sums up: unresolved modules alone are a warning
    const modulesOnly = { ...report, diagnostics: report.diagnostics.filter((d) => d.code !== 'PARSE_SYNTAX'), incomplete: { ...report.incomplete!, unreadable: 0 } };
    expect(buildSarifLog(modulesOnly).runs[0].invocations![0].toolExecutionNotifications![0].level).toBe('warning');
    expect(validateWithSchema(log, SARIF_SCHEMA)).toEqual([]);
  });

  it('JUnit: an erroring testcase that names each input not read, valid against junit-10.xsd', () => {
    const xml = renderJunit(report);
    expect(xml).toContain('<testsuite name="scan completeness" tests="1" failures="0" errors="1" skipped="0"');
    expect(xml).toContain(`<testcase classname="scan" name="every input was read" time="0">\n      <error type="SCAN_INCOMPLETE" message="${SENTENCE}">`);
    expect(xml).toContain('terraform/main.tf:60:1: MODULE_UNRESOLVED: module db (git::https://example.com/db.git) not resolved');
    const root = parseXml(xml);
    expect([...validateJunit10(root), ...validateJunitCounts(root)]).toEqual([]);
  });

  it('Markdown: the score marked in the heading and the frameworks, and the sentence under it', () => {
    const markdown = renderMarkdown(report);
    expect(markdown.startsWith(`## posture-gate: posture score 50.0% (incomplete scan)\n\n> **${SENTENCE}** See "Files with problems" below.\n\n4 of 8`)).toBe(true);
    expect(markdown).toContain('| CIS AWS Foundations Benchmark 3.0.0 (`cis-aws-3.0`) | 40.0% (incomplete scan) | 2 / 5 |');
  });

  it('GitLab SAST: a warn message first (status stays success), each unresolved module a warn too, valid against the vendored schema', () => {
    const sast = buildGitlabSast(report);
    expect(sast.scan.status).toBe('success');
    expect(sast.scan.messages[0]).toEqual({ level: 'warn', value: SENTENCE });
    expect(sast.scan.messages).toContainEqual({ level: 'warn', value: expect.stringMatching(/^terraform\/main\.tf:50:1: module vpc/) });
    expect(validateWithSchema(sast, schema('vendor', `gitlab-sast-report-format-${GITLAB_SAST_SCHEMA_VERSION}.json`))).toEqual([]);
  });

  it('GitLab Code Quality: one SCAN_INCOMPLETE issue at each place not read, with unique fingerprints, valid against the format', () => {
    const issues = buildGitlabCodeQuality(report);
    const incomplete = issues.filter((issue) => issue.check_name === 'SCAN_INCOMPLETE');
    expect(incomplete.map((issue) => `${issue.location.path}:${issue.location.lines.begin}`)).toEqual([
      'kubernetes/broken.yaml:3',
      'kubernetes/broken.yaml:9',
      'terraform/main.tf:50',
      'terraform/main.tf:60',
    ]);
    expect(incomplete[2]).toMatchObject({ severity: 'major', categories: ['Bug Risk'], description: expect.stringMatching(/^Not scanned \(MODULE_UNRESOLVED\): module vpc/) });
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length);
    expect(issues.length).toBe(incomplete.length + buildGitlabCodeQuality(buildReport()).length);
    expect(validateWithSchema(issues, schema('vendor', 'gitlab-codequality-report.schema.json'))).toEqual([]);
  });

  it('HTML: a banner above both views, the sentence in the page data, the score marked in the title', () => {
    const html = renderHtml(report);
    expect(html).toContain(`<p class="banner" id="incomplete" role="alert">${SENTENCE}</p>`);
    expect(html).toContain('<title>posture-gate: posture score 50.0% (incomplete scan)</title>');
    expect(buildPageData(report).incomplete).toBe(SENTENCE);
  });

  it('compliance report: the sentence and marked scores in Markdown, an incomplete object in JSON valid against its schema', () => {
    const markdown = renderComplianceMarkdown(report);
    expect(markdown).toContain(`Overall posture score 50.0% (incomplete scan) (4 of 8 resources).\n\n> **${SENTENCE}**`);
    expect(markdown).toContain('(`cis-aws-3.0`): 40.0% (incomplete scan) (2 of 5 resources)');
    const json = JSON.parse(renderComplianceJson(report));
    expect(json.incomplete).toEqual({ message: SENTENCE, ...report.incomplete });
    expect(validateWithSchema(json, schema('compliance.schema.json'))).toEqual([]);
  });
});

describe('a complete scan renders as before', () => {
  const complete = buildReport();

  it.each(REPORT_FORMATS)('%s: no incomplete marker, sentence or descriptor', (format) => {
    // the page's own script knows the marker; the page's data and markup must not carry it
    const text = getReporter(format).render(complete).replace(SCRIPT, '');
    expect(text).not.toMatch(/incomplete scan|Scan incomplete|SCAN_INCOMPLETE|"incomplete":/);
    if (format === 'html') expect(text).not.toContain('id="incomplete"');
  });

  it('the same report with the incomplete field removed renders byte for byte as the complete one', () => {
    const withoutField = buildIncompleteReport();
    delete withoutField.incomplete;
    const sameDiagnostics = { ...complete, diagnostics: withoutField.diagnostics };
    for (const format of REPORT_FORMATS) expect(getReporter(format).render(withoutField)).toBe(getReporter(format).render(sameDiagnostics));
    expect(renderComplianceJson(complete)).not.toContain('"incomplete"');
  });
});
