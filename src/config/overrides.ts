import type { Finding, Severity } from '../model/index.js';

/**
 * `.posture.yaml` `severity:` overrides, applied to findings before the gate decides what blocks
 * and before any report is rendered, so every output agrees on a finding's severity.
 */
export function applySeverityOverrides(findings: readonly Finding[], overrides: Readonly<Record<string, Severity>>): Finding[] {
  return findings.map((finding) => {
    const severity = overrides[finding.checkId];
    return severity === undefined || severity === finding.severity ? finding : { ...finding, severity };
  });
}
