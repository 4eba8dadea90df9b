import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../model/index.js';
import { buildReport, range } from './__fixtures__/report.js';
import { callerOf, describeCallers } from './table-rows.js';
import { renderTable } from './table.js';

/** The same module finding reached from `callers` root-module files, as a `module "vpc"` call at line 20 of each. */
function moduleFindings(callers: string[]): Finding[] {
  const base = buildReport().findings[1]!;
  return callers.map((caller, i) => ({
    ...base,
    message: 'VPC module.vpc.aws_vpc.this[0] has no flow log',
    resourceId: 'module.vpc.aws_vpc.this[0]',
    scope: caller.replace(/\/main\.tf$/, ''),
    location: range('main.tf', 28, 1, 53, 2),
    fingerprint: `f${i}`,
    moduleCalls: [{ address: 'module.vpc', location: range(caller, 20, 1, 20, 13) }],
  }));
}

describe('module findings in the table', () => {
  it('names the call that led to a finding inside a module', () => {
    const report = { ...buildReport(), findings: moduleFindings(['examples/complete/main.tf']) };
    expect(renderTable(report, { width: 120 })).toContain(
      '  HIGH  AWS-0001  28:1  VPC module.vpc.aws_vpc.this[0] has no flow log\n                        called from examples/complete/main.tf:20 (module "vpc")\n',
    );
  });

  it('collapses the same finding from several callers into one row listing them', () => {
    const report = { ...buildReport(), findings: moduleFindings(['examples/simple/main.tf', 'examples/complete/main.tf', 'examples/ipv6/main.tf']) };
    const text = renderTable(report, { width: 200 });
    expect(text.match(/has no flow log/g)).toHaveLength(1);
    expect(text).toContain('called from 3 callers: examples/complete/main.tf:20, examples/ipv6/main.tf:20, examples/simple/main.tf:20 (module "vpc")\n');
    // the counts are the findings', not the rows'
    expect(text).toContain('Findings: 0 CRITICAL, 3 HIGH');
  });

  it('keeps findings apart that differ in anything shown (message, suppression)', () => {
    const [a, b] = moduleFindings(['a/main.tf', 'b/main.tf']);
    const report = { ...buildReport(), findings: [a!, { ...b!, suppression: { kind: 'inline' as const, justification: 'accepted' } }] };
    expect(renderTable(report, { width: 200 }).match(/has no flow log/g)).toHaveLength(2);
  });

  it('names nested modules by their full address, from the root module call', () => {
    expect(callerOf([
      { address: 'module.net[0]', location: range('main.tf', 3, 1, 3, 20) },
      { address: 'module.net[0].module.subnets["a"]', location: range('modules/net/main.tf', 9, 1, 9, 20) },
    ])).toBe('main.tf:3 (module.net[0].module.subnets["a"])');
    expect(describeCallers(['a.tf:1 (module "x")', 'b.tf:2 (module "y")'])).toBe('called from 2 callers: a.tf:1 (module "x"); b.tf:2 (module "y")');
    expect(describeCallers([])).toBeUndefined();
  });
});
