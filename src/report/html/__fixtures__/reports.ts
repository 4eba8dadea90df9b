/** Reports for the HTML tests: one with hostile text in every free-text field, and one with 10,000 findings. */
import type { Finding, Report } from '../../../model/index.js';
import { SEVERITIES } from '../../../model/index.js';
import { buildReport } from '../../__fixtures__/report.js';

export const HOSTILE = '</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)> \u2028\u2029 & "\'';

/** The fixture report plus one finding (fingerprint `deadbeef`) whose text tries to break out of the page. */
export function hostileReport(): Report {
  const report = buildReport();
  const [first] = report.findings;
  report.findings.push({
    ...first,
    message: HOSTILE,
    resourceId: HOSTILE,
    scope: HOSTILE,
    location: { ...first.location, path: `k8s/${HOSTILE}.yaml` },
    fingerprint: 'deadbeef',
    suppression: { kind: 'config', justification: HOSTILE },
  });
  report.tool = { name: 'posture-gate', version: '<b>1</b>' };
  return report;
}

/** The fixture report with `count` findings spread over its checks, severities, files and resources. */
export function largeReport(count: number): Report {
  const report = buildReport();
  const templates = report.findings.filter((f) => !f.suppression);
  const findings: Finding[] = [];
  for (let i = 0; i < count; i++) {
    const t = templates[i % templates.length];
    const n = String(i).padStart(5, '0');
    findings.push({
      ...t,
      severity: SEVERITIES[i % SEVERITIES.length],
      resourceId: `${t.resourceId}-${n}`,
      location: { ...t.location, path: `stack-${i % 50}/${t.location.path}`, startLine: 1 + (i % 400) },
      fingerprint: `f${n}`,
      ...(i % 10 === 0 ? { suppression: { kind: 'baseline' as const, justification: 'accepted' } } : {}),
    });
  }
  return { ...report, findings };
}
