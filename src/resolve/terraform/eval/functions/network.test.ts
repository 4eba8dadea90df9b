import { describe, expect, it } from '@jest/globals';
import { evalExpr } from '../expr-fixture.js';
import { isFailure, isUnknown } from '../values.js';

// Expected values are the examples of Terraform's documentation (developer.hashicorp.com,
// functions cidrsubnet, cidrsubnets, cidrhost, cidrnetmask), plus edge cases of the same rules.

describe('network functions, IPv4 and IPv6', () => {
  it.each([
    ['cidrsubnet("172.16.0.0/12", 4, 2)', '172.18.0.0/16'],
    ['cidrsubnet("10.1.2.0/24", 4, 15)', '10.1.2.240/28'],
    ['cidrsubnet("fd00:fd12:3456:7890::/56", 16, 162)', 'fd00:fd12:3456:7800:a200::/72'],
    ['cidrsubnet("fd00:fd12:3456:7890::/56", 8, 0)', 'fd00:fd12:3456:7800::/64'],
    ['cidrsubnet("2001:db8::/32", 16, 65535)', '2001:db8:ffff::/48'],
    ['cidrsubnet("::/0", 1, 1)', '8000::/1'],
    ['cidrhost("10.12.112.0/20", 16)', '10.12.112.16'],
    ['cidrhost("10.12.112.0/20", 268)', '10.12.113.12'],
    ['cidrhost("fd00:fd12:3456:7890:00a2::/72", 34)', 'fd00:fd12:3456:7890::22'],
    ['cidrhost("2001:db8::/64", -1)', '2001:db8::ffff:ffff:ffff:ffff'],
    ['cidrhost("2001:db8:0:0:1:0:0:1/128", 0)', '2001:db8::1:0:0:1'],
    ['cidrnetmask("172.16.0.0/12")', '255.240.0.0'],
    ['cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)', ['10.1.0.0/20', '10.1.16.0/20', '10.1.32.0/24', '10.1.48.0/20']],
    ['cidrsubnets("fd00:fd12:3456:7890::/56", 16, 16, 16, 32)', ['fd00:fd12:3456:7800::/72', 'fd00:fd12:3456:7800:100::/72', 'fd00:fd12:3456:7800:200::/72', 'fd00:fd12:3456:7800:300::/88']],
    ['cidrsubnets("10.0.0.0/8")', []],
    ['cidrhost("::ffff:10.0.0.0/120", 5)', '10.0.0.5'],
    // Terraform's documented "historical accident": leading zeros are decimal, not octal.
    ['cidrhost("010.000.001.000/24", 5)', '10.0.1.5'],
  ])('%s', async (text, expected) => {
    expect(await evalExpr(text)).toEqual(expected);
  });

  it.each([
    'cidrnetmask("fd00::/8")',
    'cidrsubnet("fd00::/120", 16, 0)',
    'cidrsubnet("fd00::/56", 8, 256)',
    'cidrhost("fd00::/120", 256)',
    'cidrsubnets("10.0.0.0/30", 1, 1, 1)',
    'cidrsubnet("fd00::1::/8", 8, 1)',
    'cidrsubnet("fd00::/129", 1, 1)',
    'cidrsubnet("10.0.0.256/8", 8, 1)',
    'cidrsubnet("1:2:3:4:5:6:7:8:9/64", 8, 1)',
  ])('%s is an error, as in Terraform', async (text) => {
    expect(isFailure(await evalExpr(text))).toBe(true);
  });

  it('gives unknown for an unknown argument', async () => {
    const value = await evalExpr('cidrsubnets("fd00::/8", var.u)', { vars: new Map([['u', { $unknown: true, reason: 'u' }]]) });
    expect(isUnknown(value) && !isFailure(value)).toBe(true);
  });
});
