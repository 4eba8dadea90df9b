import { describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Finding, SourceRange } from '../model/index.js';
import { excerptKey } from '../model/index.js';
import { buildExcerpts, CONTEXT_LINES, MAX_LINE_LENGTH, MAX_RANGE_LINES, MAX_SHOWN_LINE_LENGTH, sourceTexts, tooLongLine } from './excerpt.js';
import { MASK, maskSecrets } from './secrets.js';

const at = (location: SourceRange): Finding => ({ location }) as Finding;
const range = (p: string, startLine: number, endLine = startLine): SourceRange => ({ path: p, startLine, startColumn: 1, endLine, endColumn: 2 });
const numbered = (n: number): string => Array.from({ length: n }, (_, i) => `line ${i + 1}`).join('\n');

describe('buildExcerpts', () => {
  it('cuts the lines around a location, clamped to the file', () => {
    const texts = new Map([['a.tf', numbered(20)]]);
    const excerpts = buildExcerpts([at(range('a.tf', 10)), at(range('a.tf', 2)), at(range('a.tf', 20))], texts);
    expect(excerpts[excerptKey(range('a.tf', 10))]).toEqual({ startLine: 10 - CONTEXT_LINES, lines: ['line 7', 'line 8', 'line 9', 'line 10', 'line 11', 'line 12', 'line 13'] });
    expect(excerpts[excerptKey(range('a.tf', 2))].startLine).toBe(1);
    expect(excerpts[excerptKey(range('a.tf', 20))].lines.at(-1)).toBe('line 20');
    // a range that ends before it starts still shows its start line
    expect(buildExcerpts([at(range('a.tf', 10, 2))], texts)[excerptKey(range('a.tf', 10, 2))].lines).toContain('line 10');
  });

  it('shows only the first lines of a long range, and cuts long lines', () => {
    const texts = new Map([['a.tf', `${'x'.repeat(MAX_LINE_LENGTH + 50)}\n${numbered(100)}`]]);
    const excerpt = buildExcerpts([at(range('a.tf', 1, 90))], texts)[excerptKey(range('a.tf', 1, 90))];
    expect(excerpt.lines).toHaveLength(MAX_RANGE_LINES + CONTEXT_LINES);
    expect(excerpt.lines[0]).toBe(`${'x'.repeat(MAX_LINE_LENGTH)}…`);
  });

  it('shows a line longer than the limit as its length only', () => {
    const long = `x = "${'y'.repeat(MAX_SHOWN_LINE_LENGTH)}"`;
    const excerpt = buildExcerpts([at(range('a.tf', 2))], new Map([['a.tf', `a = 1\n${long}\nb = 2`]]))[excerptKey(range('a.tf', 2))];
    expect(excerpt.lines).toEqual(['a = 1', tooLongLine(long.length), 'b = 2']);
  });

  it('excerpts a finding on a 4 MB one-line plan in linear time, with no secret in it', () => {
    // Before: masking this took about a minute (a regex from every key to the end of the line).
    const resource = (i: number) =>
      `{"address":"aws_db_instance.d${i}","type":"aws_db_instance","values":{"identifier":"d${i}","password":"hunter-${i}","tags":{"url":"postgres://app:pw-${i}@db:5432/x"},"token":"ghp_${'a'.repeat(36)}"}}`;
    const resources = Array.from({ length: 20_000 }, (_, i) => resource(i));
    const plan = `{"format_version":"1.2","planned_values":{"root_module":{"resources":[${resources.join(',')}]}}}`;
    expect(plan.length).toBeGreaterThan(4_000_000);
    const texts = new Map([['plan.json', `${plan}\n`]]);
    const excerpt = buildExcerpts([at(range('plan.json', 1))], texts)[excerptKey(range('plan.json', 1))];
    expect(excerpt).toEqual({ startLine: 1, lines: [tooLongLine(plan.length), ''] });
    // the masker itself leaves nothing of the secrets on that line
    const masked = maskSecrets(plan);
    expect(masked).not.toMatch(/hunter-|pw-\d|ghp_a/);
    expect(masked).toContain(`"identifier":"d19999"`);
  });

  it('masks the whole file before cutting: a Secret kind far above its data still masks it', () => {
    const text = ['apiVersion: v1', 'kind: Secret', ...Array.from({ length: 20 }, (_, i) => `# ${i}`), 'data:', '  password: aHVudGVyMg==', '  user: YWRtaW4='].join('\r\n');
    const excerpt = buildExcerpts([at(range('s.yaml', 24))], new Map([['s.yaml', text]]))[excerptKey(range('s.yaml', 24))];
    expect(excerpt.lines.slice(-3)).toEqual(['data:', `  password: ${MASK}`, `  user: ${MASK}`]);
    expect(JSON.stringify(excerpt)).not.toMatch(/aHVudGVyMg|YWRtaW4/);
  });

  it('gives no excerpt for an unknown file or a line past its end', () => {
    const excerpts = buildExcerpts([at(range('gone.tf', 1)), at(range('a.tf', 99))], new Map([['a.tf', 'one']]));
    expect(excerpts).toEqual({});
  });
});

describe('sourceTexts', () => {
  it('reads files findings point at under the root, never outside it or remote', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'posture-excerpt-'));
    mkdirSync(path.join(root, 'chart'));
    writeFileSync(path.join(root, 'chart', 'deploy.yaml'), 'kind: Deployment');
    writeFileSync(path.join(root, '..', `${path.basename(root)}-outside.tf`), 'outside');
    const texts = await sourceTexts(
      [at(range('chart/deploy.yaml', 1)), at(range(`../${path.basename(root)}-outside.tf`, 1)), at(range('git::https://x/y.tf', 1)), at(range('missing.tf', 1))],
      new Map([['known.tf', 'known']]),
      root,
    );
    expect([...texts.keys()].sort()).toEqual(['chart/deploy.yaml', 'known.tf']);
  });
});

describe('sourceTexts and links (issue 14)', () => {
  it('never reads a file for an excerpt through a link out of the repository', async () => {
    const work = realpathSync(mkdtempSync(path.join(tmpdir(), 'posture-excerpt-links-')));
    const root = path.join(work, 'repo');
    mkdirSync(path.join(root, '.git'), { recursive: true });
    writeFileSync(path.join(root, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(path.join(work, 'secret.yaml'), 'token: ghs_fake_excerpt_secret\n');
    writeFileSync(path.join(root, 'inside.yaml'), 'kind: Pod\n');
    symlinkSync(path.join(work, 'secret.yaml'), path.join(root, 'leak.yaml'));
    try {
      const texts = await sourceTexts([at(range('leak.yaml', 1)), at(range('inside.yaml', 1))], new Map(), root);
      expect([...texts.keys()]).toEqual(['inside.yaml']);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});

describe('buildExcerpts on a file the masker cannot handle', () => {
  it('leaves that file without excerpts rather than failing or showing it unmasked', () => {
    const text = `password: ${'xoxb-'.padEnd(20_000_000, 'a1')}\nother: 1\n`;
    const finding = { location: { path: 'big.yaml', startLine: 2, startColumn: 1, endLine: 2, endColumn: 5 } } as Finding;
    const excerpts = buildExcerpts([finding], new Map([['big.yaml', text]]));
    for (const excerpt of Object.values(excerpts)) expect(excerpt.lines.join('\n')).not.toContain('a1a1a1a1');
  });
});
