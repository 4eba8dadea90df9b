import { describe, expect, it } from '@jest/globals';
import { buildReport } from './__fixtures__/report.js';
import { renderTable } from './table.js';

describe('what the table shows', () => {
  it('--quiet: the findings, file problems and the verdict; no summary', () => {
    const text = renderTable(buildReport(), { detail: 'quiet', verdict: { failOn: 'HIGH', blocking: 3 } });
    expect(text).toContain('AWS-0002');
    expect(text).toMatch(/^Diagnostics$/m);
    expect(text).not.toMatch(/^Summary$/m);
    expect(text).not.toContain('Posture score');
    expect(text.trimEnd().split('\n').at(-1)).toBe('Verdict: FAIL, 3 findings at or above HIGH');
  });

  it('says the blocking findings are the new ones under --diff-base', () => {
    const report = { ...buildReport(), base: { ref: 'main', commit: 'a'.repeat(40), score: buildReport().score } };
    expect(renderTable(report, { verdict: { failOn: 'HIGH', blocking: 1 } })).toContain('Verdict: FAIL, 1 new finding since main at or above HIGH\n');
  });

  it('states a passing verdict, and one that cannot fail', () => {
    expect(renderTable(buildReport(), { verdict: { failOn: 'CRITICAL', blocking: 0 } })).toMatch(/\nVerdict: pass, nothing at or above CRITICAL\n$/);
    expect(renderTable(buildReport(), { verdict: { failOn: 'none', blocking: 0 } })).toContain('Verdict: pass (--fail-on none');
  });

  it('summarises the frameworks in one line unless verbose', () => {
    const report = buildReport();
    const normal = renderTable(report);
    expect(normal).toContain('  Frameworks: 2 in scope; lowest cis-aws-3.0 40.0% (--verbose lists each)\n');
    expect(normal).not.toContain('nist-800-53-r5 (');
    expect(renderTable(report, { detail: 'verbose' })).toContain('    nist-800-53-r5 (');
  });

  it('--show HIGH lists HIGH and CRITICAL only, says how many it hid, and leaves the counts alone', () => {
    const text = renderTable(buildReport(), { show: 'HIGH' });
    expect(text).toContain('AWS-0002');
    expect(text).not.toContain('AWS-0003');
    expect(text).not.toContain('K8S-0002');
    expect(text).toContain('(2 findings below HIGH not shown: --show)');
    expect(text).toContain('Findings: 1 CRITICAL, 3 HIGH, 0 MEDIUM, 0 LOW (4 total, 2 suppressed)');
  });
});
