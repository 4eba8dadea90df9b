import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { buildReport, shuffleReport } from './__fixtures__/report.js';
import { getReporter } from './index.js';
import { attr, renderJunit } from './junit.js';

/**
 * Well-formedness by a real XML parser: Python's expat (python3 is on every CI image we use).
 * Without python3, a strict check of our own: balanced tags, quoted attributes, no raw & or <.
 */
function assertWellFormed(xml: string): void {
  const python = spawnSync('python3', ['-c', 'import sys, xml.dom.minidom as m; m.parseString(sys.stdin.buffer.read())'], { input: xml });
  if (python.error === undefined) {
    expect(python.stderr.toString()).toBe('');
    expect(python.status).toBe(0);
    return;
  }
  strictCheck(xml);
}

function strictCheck(xml: string): void {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const stack: string[] = [];
  const entity = /&(amp|lt|gt|quot|apos|#\d+);/g;
  for (const token of xml.slice(xml.indexOf('?>') + 2).match(/<[^>]*>|[^<]+/g) ?? []) {
    if (!token.startsWith('<')) {
      expect(token.replace(entity, '')).not.toMatch(/[&<>]/);
      continue;
    }
    const tag = /^<(\/?)([A-Za-z][\w.-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>$/.exec(token);
    expect(tag).not.toBeNull();
    const [, closing, name, attributes, selfClosing] = tag!;
    expect(attributes.replace(entity, '')).not.toMatch(/&/);
    if (closing) expect(stack.pop()).toBe(name);
    else if (!selfClosing) stack.push(name);
  }
  expect(stack).toEqual([]);
}

function attribute(xml: string, element: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${element} [^>]*\\b${name}="([^"]*)"`, 'g'))].map((m) => m[1]);
}

describe('renderJunit', () => {
  const xml = renderJunit(buildReport());

  it('is well-formed XML, and the strict fallback check agrees', () => {
    assertWellFormed(xml);
    strictCheck(xml);
  });

  it('has a testsuite per check with results, in id order, plus one for unparseable files', () => {
    expect(attribute(xml, 'testsuite', 'name')).toEqual([
      'AWS-0001 S3 buckets encrypt data at rest',
      'AWS-0002 Security groups do not allow SSH from 0.0.0.0/0',
      'AWS-0003 S3 buckets keep object versions',
      'K8S-0001 Containers don&apos;t run privileged'.replace('&apos;', "'"),
      'K8S-0002 Containers set memory limits',
      'files that could not be scanned',
    ]);
  });

  it('has a testcase per check × resource: failures, skipped (suppressed) and passing resources', () => {
    const suite = xml.split('<testsuite ')[1];
    expect(attribute(suite, 'testcase', 'name')).toEqual([
      'AWS::S3::Bucket/Data',
      'AWS::S3::Bucket/Logs',
      'aws_s3_bucket.assets',
      'aws_s3_bucket.logs',
    ]);
    expect(suite).toContain('tests="4" failures="2" errors="0" skipped="0"');
    expect(suite).toContain('<testcase classname="AWS-0001" name="AWS::S3::Bucket/Logs" file="cloudformation/app.yaml" time="0"/>');
    expect(suite).toContain(
      '<failure type="HIGH" message="S3 bucket &quot;logs&quot; does not encrypt data at rest (aws_s3_bucket.logs) (AWS-0001 S3 buckets encrypt data at rest)">HIGH terraform/main.tf:12:1: S3 bucket',
    );
    const versions = xml.split('<testsuite ')[3];
    expect(versions).toContain('<skipped message="suppressed (inline until 2026-12-31): log bucket is write-once"/>');
    expect(xml).toContain('<error type="PARSE_SYNTAX" message="bad indentation of a mapping entry">kubernetes/broken.yaml:3:5:');
  });

  it('totals the suites in <testsuites>', () => {
    expect(xml).toMatch(/<testsuites name="posture-gate" tests="9" failures="4" errors="1" time="0">/);
  });

  it('escapes markup, quotes and forbidden control characters', () => {
    const report = buildReport();
    report.findings[0] = { ...report.findings[0], resourceId: 'a<b>&"c"\u0001', message: ']]> & <x/>' };
    const escaped = renderJunit(report);
    assertWellFormed(escaped);
    expect(escaped).toContain('name="a&lt;b&gt;&amp;&quot;c&quot;\uFFFD"');
    expect(escaped).toContain(']]&gt; &amp; &lt;x/&gt;');
    expect(attr('line\nbreak\ttab')).toBe('line&#10;break&#9;tab');
  });

  it('is deterministic and registered as junit', () => {
    expect(renderJunit(shuffleReport(buildReport()))).toBe(xml);
    expect(getReporter('junit').render(buildReport())).toBe(xml);
  });
});
