import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { shuffleReport } from '../__fixtures__/report.js';
import { getReporter } from '../index.js';
import { HOSTILE, hostileReport, htmlReport, SECRETS } from './__fixtures__/reports.js';
import { MASK } from '../../findings/secrets.js';
import { buildPageData } from './data.js';
import type { PageData } from './data.js';
import { embedJson, escapeHtml } from './escape.js';
import { renderHtml } from './index.js';
import { SCRIPT } from './script.js';
import { STYLES } from './styles.js';

function dataBlock(html: string): string {
  const match = /<script type="application\/json" id="posture-data">([^]*?)<\/script>/.exec(html);
  if (!match) throw new Error('no data block');
  return match[1];
}

describe('renderHtml', () => {
  const html = renderHtml(htmlReport());

  it('is registered as the html format', () => {
    expect(getReporter('html').render(htmlReport())).toBe(html);
  });

  it('is one self-contained document: inline style and script, nothing to fetch', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html.match(/<style>/g)).toHaveLength(1);
    const shell = html.replace(dataBlock(html), '');
    expect(shell).not.toMatch(/<link\b|\bsrc=|@import|url\(|https?:\/\//);
    expect(shell).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  });

  it('allows exactly its own script and style through a hash-based Content-Security-Policy', () => {
    const sha = (text: string): string => createHash('sha256').update(text).digest('base64');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1];
    expect(csp).toBe(`default-src 'none'; script-src 'sha256-${sha(SCRIPT)}'; style-src 'sha256-${sha(STYLES)}'; img-src 'none'; base-uri 'none'; form-action 'none'`);
    expect(html).toContain(`<script>${SCRIPT}</script>`);
    expect(html).toContain(`<style>${STYLES}</style>`);
  });

  it('embeds the page data as JSON that parses back to the same value', () => {
    expect(JSON.parse(dataBlock(html))).toEqual(buildPageData(htmlReport()));
  });

  it('has semantic, labelled controls: a filter label per select, table headers with scope', () => {
    for (const key of ['framework', 'requirement', 'control', 'severity', 'check', 'type', 'format', 'file', 'status']) {
      expect(html).toMatch(new RegExp(`<label>[^<]+<select id="f-${key}" name="${key}"></select></label>`));
    }
    expect(html).toContain('<label class="search">Search');
    expect(html.match(/<th scope="col"/g)).toHaveLength(7);
    expect(html).toContain('<p id="result-count" role="status">');
    expect(html).toContain('<aside id="detail" aria-labelledby="detail-title" hidden>');
  });

  it('is deterministic: the same report in any order renders the same bytes', () => {
    expect(renderHtml(shuffleReport(htmlReport()))).toBe(html);
  });

  it('carries no secret of the scanned sources, only their masked lines', () => {
    for (const secret of SECRETS) expect(html).not.toContain(secret);
    expect(html).toContain(MASK);
  });

  it('keeps hostile names and messages inside the data block, and they survive intact', () => {
    const page = renderHtml(hostileReport());
    expect(page.match(/<\/script>/gi)).toHaveLength(2);
    expect(page.match(/<script\b/gi)).toHaveLength(2);
    expect(page).not.toContain('<!--');
    expect(page).not.toMatch(/[\u2028\u2029]/);
    expect(page).not.toContain('<img');
    expect(page).toContain('<h1>posture-gate &lt;b&gt;1&lt;/b&gt;</h1>');
    const data = JSON.parse(dataBlock(page)) as PageData;
    const finding = data.findings.find((f) => f.id === 'deadbeef')!;
    expect(finding.message).toBe(HOSTILE);
    expect(finding.resourceId).toBe(HOSTILE);
    expect(finding.path).toBe(`k8s/${HOSTILE}.yaml`);
    expect(finding.suppression).toEqual({ kind: 'config', justification: HOSTILE });
  });
});

describe('the client script', () => {
  it('is valid JavaScript', () => {
    expect(() => new Function(SCRIPT)).not.toThrow();
  });

  it('never parses data as markup', () => {
    expect(SCRIPT).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
  });
});

describe('escaping', () => {
  it('embedJson escapes what could end or confuse a script block', () => {
    expect(embedJson({ a: '</script><!--&\u2028\u2029' })).toBe('{"a":"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028\\u2029"}');
    expect(JSON.parse(embedJson({ a: '</script>\u2028' }))).toEqual({ a: '</script>\u2028' });
  });

  it('escapeHtml escapes text and attribute metacharacters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('buildPageData', () => {
  const data = buildPageData(htmlReport());

  it('scores the whole scan and each framework with the shared formatting', () => {
    expect(data.score).toEqual({ passing: 4, total: 8, percent: '50.0%' });
    expect(data.frameworks.map((f) => [f.id, f.percent, f.passing, f.total])).toEqual([
      ['cis-aws-3.0', '40.0%', 2, 5],
      ['nist-800-53-r5', '50.0%', 3, 6],
    ]);
  });

  it('takes requirement scores from the report, with the failing controls of each', () => {
    expect(data.frameworks[0].requirements).toEqual([
      { id: '2', title: 'Storage', passing: 2, total: 4, percent: '50.0%', failingControls: 1 },
      { id: '5', title: 'Networking', passing: 0, total: 1, percent: '0.0%', failingControls: 1 },
    ]);
    expect(data.frameworks[1].requirements).toEqual([]);
  });

  it('ranks failing requirements by score, then by failing resources', () => {
    expect(data.topRequirements.map((r) => `${r.framework}/${r.requirement} ${r.title} ${r.percent} ${r.failing}/${r.total}`)).toEqual([
      'cis-aws-3.0/5 Networking 0.0% 1/1',
      'cis-aws-3.0/2 Storage 50.0% 2/4',
    ]);
  });

  it('ranks failing controls by their most severe finding, then by failing resources, from the report scores', () => {
    expect(data.topControls.map((c) => `${c.severity} ${c.framework}/${c.control} ${c.percent} ${c.failing}/${c.total} ${c.findings}`)).toEqual([
      'CRITICAL cis-aws-3.0/5.2 0.0% 1/1 1',
      'HIGH cis-aws-3.0/2.1.1 50.0% 2/4 2',
      'HIGH nist-800-53-r5/SC-28 50.0% 2/4 2',
      'HIGH nist-800-53-r5/AC-6 50.0% 1/2 1',
    ]);
  });

  it('lists no control whose score has no failing resource, whatever its findings', () => {
    const report = htmlReport();
    report.score.byControl['nist-800-53-r5']['AC-6'] = { passing: 2, total: 2, score: 1 };
    delete report.score.byControl['cis-aws-3.0']['5.2'];
    expect(buildPageData(report).topControls.map((c) => c.control)).toEqual(['2.1.1', 'SC-28']);
  });

  it('shares one masked excerpt between the findings at one place', () => {
    const logs = data.findings.find((f) => f.id === 'a1b2c3d4')!;
    const versioning = data.findings.find((f) => f.id === 'a1b2c3d5')!;
    expect(logs.excerpt).toBe(versioning.excerpt);
    expect(data.excerpts[logs.excerpt!]).toEqual({
      startLine: 9,
      lines: ['# line 9', `provider "aws" { access_key = "${MASK}" }`, '# line 11', 'resource "aws_s3_bucket" "logs" {', '  bucket = "logs"', `  tags   = { token = "${MASK}" }`, '}', '# line 16', '# line 17', '# line 18'],
    });
    const web = data.findings.find((f) => f.id === 'c0ffee01')!;
    expect(data.excerpts[web.excerpt!].lines).toContain(`              value: ${MASK}`);
    expect(new Set(data.findings.map((f) => f.excerpt)).size).toBe(data.excerpts.length + 1);
    expect(data.findings.find((f) => f.id === 'd4e5f6a7')!.excerpt).toBeUndefined();
  });

  it('embeds the compliant examples of each check', () => {
    expect(Object.keys(data.checks['AWS-0001'].examples!)).toEqual(['cloudformation', 'terraform']);
    expect(data.checks['AWS-0002'].examples).toBeUndefined();
  });

  it('maps each finding to its controls and requirements, and keeps suppressions', () => {
    const logs = data.findings.find((f) => f.id === 'a1b2c3d4')!;
    expect(logs.controls).toEqual(['cis-aws-3.0/2.1.1', 'nist-800-53-r5/SC-28']);
    expect(logs.requirements).toEqual(['cis-aws-3.0/2']);
    expect(data.findings.find((f) => f.id === 'a1b2c3d5')!.suppression).toEqual({ kind: 'inline', justification: 'log bucket is write-once', expires: '2026-12-31' });
    expect(Object.keys(data.checks)).toEqual(['AWS-0001', 'AWS-0002', 'AWS-0003', 'K8S-0001', 'K8S-0002']);
    expect(data.checks['AWS-0001'].peers).toEqual({ checkov: ['CKV_AWS_19'], trivy: ['AVD-AWS-0088'] });
  });

  it('counts resources by type and format, most frequent first', () => {
    expect(data.resourcesByType).toEqual([['aws.s3.bucket', 4], ['k8s.apps.deployment', 2], ['aws.ec2.security_group', 1], ['k8s.core.service', 1]]);
    expect(data.resourcesByFormat).toEqual([['kubernetes', 3], ['terraform', 3], ['cloudformation', 2]]);
  });
});
