import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalog } from '../src/model/index.js';
import { REPO_ROOT } from '../src/testing/engine.js';

/**
 * Every built-in AWS check answers to the frameworks an AWS audit is run against: NIST SP 800-53
 * (the superset every other mapping is traced through) and at least one AWS-specific or payment
 * standard (CIS AWS Foundations v4.0.1, AWS Foundational Security Best Practices, PCI DSS v4.0.1),
 * so its findings land in the reports auditors actually read.
 */
const NIST = 'nist-800-53-r5';
const AWS_AUDIT_FRAMEWORKS = ['cis-aws-4.0.1', 'aws-fsbp', 'pci-dss-4.0.1'];

/** Checks that have no control in any of AWS_AUDIT_FRAMEWORKS, each with the reason. Keep it short. */
const NO_AWS_AUDIT_CONTROL: Record<string, string> = {
  // Detailed (1-minute) monitoring is an operational choice: neither CIS, FSBP nor PCI DSS asks for it.
  'AWS-0027': 'EC2 detailed monitoring: no CIS, FSBP or PCI DSS control',
  // FSBP has X-Ray controls for API Gateway (APIGateway.3) but none for Lambda; traces are not audit logs (PCI 10.2).
  'AWS-0076': 'Lambda X-Ray tracing: no CIS, FSBP or PCI DSS control',
};

const catalog = JSON.parse(readFileSync(path.join(REPO_ROOT, 'dist/policies/catalog.json'), 'utf8')) as Catalog;
const awsChecks = catalog.checks.filter((c) => c.id.startsWith('AWS-') && !c.deprecated);

describe('compliance coverage of the AWS checks', () => {
  it('covers the AWS checks of the catalogue', () => {
    expect(awsChecks.length).toBeGreaterThanOrEqual(100);
  });

  it.each(awsChecks.map((c) => [c.id, c] as const))('%s maps to NIST SP 800-53 and an AWS audit framework', (id, check) => {
    expect(check.frameworks[NIST]?.length ?? 0).toBeGreaterThan(0);
    const audited = AWS_AUDIT_FRAMEWORKS.filter((f) => (check.frameworks[f]?.length ?? 0) > 0);
    if (id in NO_AWS_AUDIT_CONTROL) expect(audited).toEqual([]);
    else expect(audited.length).toBeGreaterThan(0);
  });

  it('allow-lists only live AWS checks', () => {
    for (const id of Object.keys(NO_AWS_AUDIT_CONTROL)) expect(awsChecks.map((c) => c.id)).toContain(id);
  });

  it('maps every check in CIS AWS v3.0 to CIS AWS v4.0.1 as well', () => {
    const only3 = awsChecks.filter((c) => c.frameworks['cis-aws-3.0'] && !c.frameworks['cis-aws-4.0.1']).map((c) => c.id);
    expect(only3).toEqual([]);
  });
});
