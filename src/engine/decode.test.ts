import { describe, expect, it } from '@jest/globals';
import { PolicyError } from '../errors.js';
import { decodeViolations } from './decode.js';

describe('decodeViolations', () => {
  it('decodes the rule contract, tagged or not with a check id', () => {
    const result = [
      { msg: 'open', resource_id: 'r1', attribute_path: ['ingress', 0, 'cidr_ipv4', 1], check_id: 'AWS-0005' },
      { msg: 'off', resource_id: 'r2' },
    ];
    expect(decodeViolations(result, 'AWS-0003', 'ep')).toEqual([
      { checkId: 'AWS-0005', resourceId: 'r1', message: 'open', attributePath: ['ingress', 0, 'cidr_ipv4', 1] },
      { checkId: 'AWS-0003', resourceId: 'r2', message: 'off', attributePath: [] },
    ]);
  });

  it('treats an undefined document as no violations', () => {
    expect(decodeViolations(undefined, 'AWS-0001', 'ep')).toEqual([]);
  });

  it('rejects results that break the contract, naming the entrypoint', () => {
    expect(() => decodeViolations({ a: 1 }, 'X', 'checks/x/deny')).toThrow(PolicyError);
    expect(() => decodeViolations([{ msg: 'no id' }], 'X', 'checks/x/deny')).toThrow(/checks\/x\/deny: a violation must be/);
    expect(() => decodeViolations([{ resource_id: 'r' }], undefined, 'gate/findings')).toThrow(PolicyError);
  });
});
