import { describe, expect, it } from '@jest/globals';
import { Deadline, isValidScanSeconds, noDeadline } from './deadline.js';

describe('Deadline', () => {
  it('expires at its time, remembers the stage it expired in, and reports each place', () => {
    let now = 1_000;
    const places: string[] = [];
    const deadline = new Deadline(2, (p) => places.push(`${p.stage}:${p.file ?? ''}`), () => now);
    deadline.at('parse', 'a.tf');
    expect(deadline.expired()).toBe(false);
    now = 2_999;
    deadline.at('resolve');
    expect(deadline.expired()).toBe(false);
    now = 3_000;
    expect(deadline.expired()).toBe(true);
    deadline.at('normalize');
    expect(deadline.expiredDuring).toBe('resolve');
    now = 0; // a clock going back does not revive it
    expect(deadline.expired()).toBe(true);
    expect(places).toEqual(['parse:a.tf', 'resolve:', 'normalize:']);
    expect(deadline.where()).toEqual({ stage: 'normalize' });
  });

  it('says which file was not reached, at its start, as a limit (the scan is incomplete)', () => {
    expect(new Deadline(7).notReached('k8s/pod.yaml', 'normalize')).toEqual({
      code: 'LIMIT_EXCEEDED',
      level: 'error',
      message: 'not normalized: the scan passed --max-scan-seconds 7 before reaching this file; raise the limit or scan less at once',
      range: { path: 'k8s/pod.yaml', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
    });
  });

  it('noDeadline never passes; budgets are positive finite numbers', () => {
    expect(noDeadline().expired()).toBe(false);
    expect([1, 0.5, 600].every(isValidScanSeconds)).toBe(true);
    expect([0, -1, Number.NaN, Number.POSITIVE_INFINITY, '5', undefined].some(isValidScanSeconds)).toBe(false);
  });
});
