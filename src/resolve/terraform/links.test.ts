import { describe, expect, it } from '@jest/globals';
import { withoutLastIndex } from './links.js';

describe('withoutLastIndex', () => {
  it('drops a trailing [index] only', () => {
    expect(withoutLastIndex('aws_s3_bucket.b["k"]')).toBe('aws_s3_bucket.b');
    expect(withoutLastIndex('aws_s3_bucket.b[0].x')).toBe('aws_s3_bucket.b[0].x');
    expect(withoutLastIndex('a[1][2]')).toBe('a[1]');
    expect(withoutLastIndex('a]')).toBe('a]');
  });

  // Before: /\[[^\]]*\]$/ retried from every `[` of a long run: quadratic (minutes on 200 KB).
  it('reads a long run of [ in linear time', () => {
    const id = `${'['.repeat(200_000)}][]`;
    expect(withoutLastIndex(id)).toBe(`${'['.repeat(200_000)}]`);
  });
});
