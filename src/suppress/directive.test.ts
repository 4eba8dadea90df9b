import { describe, expect, it } from '@jest/globals';
import { scanComments } from './comments.js';
import { isExpired, parseCheckovAnnotation, parseDirectives, parsePostureBody } from './directive.js';
import { blockEnds } from './kics.js';

describe('parseDirectives', () => {
  it('reads ids, expiry and reason of posture:ignore', () => {
    expect(parseDirectives(' posture:ignore AWS-0001, AWS-0002 until=2026-12-31 -- legacy bucket')).toEqual([
      { tool: 'posture', ids: ['AWS-0001', 'AWS-0002'], until: '2026-12-31', reason: 'legacy bucket' },
    ]);
    expect(parseDirectives('posture:ignore K8S-0001')).toEqual([{ tool: 'posture', ids: ['K8S-0001'] }]);
    expect(parseDirectives(' posture:ignore AWS-0001 reason ends the block */')).toEqual([
      { tool: 'posture', ids: ['AWS-0001'], reason: 'reason ends the block' },
    ]);
  });

  it('marks a wildcard, a missing id and a malformed date invalid', () => {
    expect(parseDirectives('posture:ignore * all of it')[0].invalid).toMatch(/not supported/);
    expect(parseDirectives('posture:ignore')[0].invalid).toBe('posture:ignore names no check id');
    expect(parseDirectives('posture:ignore AWS-0001 until=2026-13-01 x')[0].invalid).toMatch(/"2026-13-01" is not a date/);
  });

  it('reads checkov skips with and without a reason', () => {
    expect(parseDirectives('checkov:skip=CKV_AWS_19:The bucket is a log bucket')).toEqual([
      { tool: 'checkov', ids: ['CKV_AWS_19'], reason: 'The bucket is a log bucket' },
    ]);
    expect(parseDirectives(' checkov:skip=CKV_AWS_19')).toEqual([{ tool: 'checkov', ids: ['CKV_AWS_19'] }]);
  });

  it('reads several trivy/tfsec ignores on one line, with their expiry', () => {
    expect(parseDirectives('trivy:ignore:AVD-AWS-0088 trivy:ignore:AVD-AWS-0090:exp:2026-01-31')).toEqual([
      { tool: 'trivy', ids: ['AVD-AWS-0088'] },
      { tool: 'trivy', ids: ['AVD-AWS-0090'], until: '2026-01-31' },
    ]);
    expect(parseDirectives('tfsec:ignore:aws-s3-enable-bucket-encryption')).toEqual([{ tool: 'tfsec', ids: ['aws-s3-enable-bucket-encryption'] }]);
  });

  it('ignores ordinary comments', () => {
    expect(parseDirectives(' the posture of this bucket is fine')).toEqual([]);
    expect(parseDirectives(' ignore:AWS-0001')).toEqual([]);
  });

  it('parses the body used by Kubernetes annotations the same way', () => {
    expect(parsePostureBody('K8S-0001,K8S-0003 debug pod')).toEqual({ tool: 'posture', ids: ['K8S-0001', 'K8S-0003'], reason: 'debug pod' });
  });
});

describe('isExpired', () => {
  it('is inclusive of the last day, in UTC', () => {
    expect(isExpired(undefined, new Date())).toBe(false);
    expect(isExpired('2026-03-01', new Date('2026-03-01T23:59:59Z'))).toBe(false);
    expect(isExpired('2026-03-01', new Date('2026-03-02T00:00:00Z'))).toBe(true);
  });
});

describe('scanComments', () => {
  const commentsOf = (text: string, syntax: 'hcl' | 'yaml') => scanComments(text, syntax).map((l) => [l.commentOnly, l.comments]);

  it('finds HCL #, // and block comments, but not inside strings', () => {
    const hcl = ['a = "x # y // z" # real', 'b = "https://example.com" // too', '/* open', 'posture:ignore AWS-0001 */ c = 1', '# alone'].join('\n');
    expect(commentsOf(hcl, 'hcl')).toEqual([
      [false, [' real']],
      [false, [' too']],
      [true, [' open']],
      [false, ['posture:ignore AWS-0001 ']],
      [true, [' alone']],
    ]);
  });

  it('handles escaped quotes in HCL strings', () => {
    expect(commentsOf('a = "say \\"#hi\\"" # c', 'hcl')).toEqual([[false, [' c']]]);
  });

  it('treats YAML # as a comment only at the start or after whitespace, and not in quoted scalars', () => {
    const yaml = ['image: repo/app#1 # tag', "name: 'a # b' # c", "note: don't # d", '  # indented', ''].join('\n');
    expect(commentsOf(yaml, 'yaml')).toEqual([
      [false, [' tag']],
      [false, [' c']],
      [false, [' d']],
      [true, [' indented']],
      [true, []],
    ]);
  });
});

describe('hostile comments (each pattern is linear)', () => {
  // Before: the checkov parser was cubic, the others quadratic, on runs of whitespace that never
  // reach the end of the text; these inputs took from seconds to minutes.
  const tabs = '\t'.repeat(100_000);

  it('reads a checkov skip whose reason is a long run of whitespace, and rejects one that runs onto another line', () => {
    expect(parseDirectives(`checkov:skip=CKV_1:${tabs}i:${tabs}`)).toEqual([{ tool: 'checkov', ids: ['CKV_1'], reason: 'i:' }]);
    expect(parseDirectives(`checkov:skip=e:${'\t'.repeat(5_000)}\ti:${'\t'.repeat(5_000)}\n:`)).toEqual([]);
  });

  it('reads a posture:ignore followed by a long run of whitespace and a second directive', () => {
    expect(parseDirectives(`posture:ignore AWS-0001${tabs}posture:ignore\n`)).toEqual([{ tool: 'posture', ids: ['AWS-0001'], reason: 'posture:ignore' }]);
    expect(parsePostureBody(`*${tabs}\n*\n`).invalid).toMatch(/not supported/);
    expect(parsePostureBody(`AWS-0001 until=t${tabs}\tn\n`)).toMatchObject({ until: 't', reason: 'n', invalid: expect.stringMatching(/not a date/) });
    expect(parsePostureBody(`AWS-0001 ${tabs}x\ny`).invalid).toBe('posture:ignore names no check id');
    expect(parsePostureBody(`AWS-0001 until=2026-01-01${tabs}why`)).toEqual({ tool: 'posture', ids: ['AWS-0001'], until: '2026-01-01', reason: 'why' });
  });

  it('reads a long id list', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `AWS-${i}`);
    expect(parsePostureBody(`${ids.join(' , ')} reason`).ids).toHaveLength(20_000);
  });
});

describe('peer syntaxes for migrating teams', () => {
  it('reads KICS line and block comments, and marks the file-wide forms unsupported', () => {
    expect(parseDirectives(' kics-scan ignore-line')).toEqual([{ tool: 'kics', ids: [], kics: 'ignore-line' }]);
    expect(parseDirectives('kics-scan ignore-block')).toEqual([{ tool: 'kics', ids: [], kics: 'ignore-block' }]);
    expect(parseDirectives(' kics-scan ignore')[0].invalid).toMatch(/^ignore \(the whole file\) is not supported/);
    expect(parseDirectives(' kics-scan disable=568a4d22-3517-44a6-a7ad-6a7eed88722c,a227ec01-f97a-4084-91a4-47b350c1db54')).toEqual([
      { tool: 'kics', ids: ['568a4d22-3517-44a6-a7ad-6a7eed88722c', 'a227ec01-f97a-4084-91a4-47b350c1db54'], kics: 'disable' },
    ]);
    expect(parseDirectives(' kics-scan disable=')[0].invalid).toMatch(/^disable names no query id/);
    expect(parseDirectives(' kics-scan enable=568a4d22-3517-44a6-a7ad-6a7eed88722c')[0].invalid).toMatch(/^enable \(the whole file\)/);
    expect(parseDirectives(' kics scan ignore-line')).toEqual([]);
  });

  it('reads a checkov Kubernetes annotation value, with or without a reason', () => {
    expect(parseCheckovAnnotation('CKV_K8S_16=node agent')).toEqual({ tool: 'checkov', ids: ['CKV_K8S_16'], reason: 'node agent' });
    expect(parseCheckovAnnotation(' CKV_K8S_16 ')).toEqual({ tool: 'checkov', ids: ['CKV_K8S_16'] });
    expect(parseCheckovAnnotation('=reason only').invalid).toMatch(/names no checkov id/);
  });
});

describe('blockEnds', () => {
  const ends = (text: string, syntax: 'hcl' | 'yaml') => {
    const all = blockEnds(scanComments(text, syntax), syntax);
    return Object.fromEntries(all.map((end, line) => [line, end]).filter(([, end]) => end > 0));
  };

  it('ends an HCL block at its closing brace and a nested block inside it', () => {
    const hcl = ['resource "a" "b" {', '  x = 1', '  ingress {', '    y = 2', '  }', '}', 'resource "c" "d" {}'].join('\n');
    expect(ends(hcl, 'hcl')).toMatchObject({ 1: 6, 2: 2, 3: 5, 4: 4, 7: 7 });
  });

  it('keeps a YAML sequence written at its key\'s indentation inside the key, and a document whole', () => {
    const yaml = ['kind: Pod', 'spec:', '  containers:', '  - name: a', '    image: x', '  volumes: []', '---', 'kind: Service'].join('\n');
    expect(ends(yaml, 'yaml')).toMatchObject({ 1: 6, 2: 6, 3: 5, 4: 5, 6: 6, 8: 8 });
  });

  it('takes linear time on a long file of deepening and closing blocks', () => {
    const lines = scanComments(Array.from({ length: 100000 }, (_, i) => `${' '.repeat(i % 100)}k: v`).join('\n'), 'yaml');
    const started = Date.now();
    expect(blockEnds(lines, 'yaml')[1]).toBe(100000);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
