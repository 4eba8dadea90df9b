/**
 * The JUnit report against junit-10.xsd's rules (see __fixtures__/junit-xsd.ts): the unit report,
 * a hostile one and the output of every fixture, parsed by a real XML parser. The validator is
 * itself tested on documents that break each rule, so a passing run means something.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../cli/main.js';
import { REPO_ROOT } from '../testing/engine.js';
import { buildReport } from './__fixtures__/report.js';
import { hostileReport } from './html/__fixtures__/reports.js';
import { parseXml, validateJunit10, validateJunitCounts } from './__fixtures__/junit-xsd.js';
import { renderJunit } from './junit.js';

const FIXTURES = ['terraform', 'cloudformation', 'kubernetes', 'aws-config', 'suppressions'].flatMap((format) =>
  readdirSync(path.join(REPO_ROOT, 'fixtures', format), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `fixtures/${format}/${entry.name}`),
);

function validate(xml: string): string[] {
  const root = parseXml(xml);
  return [...validateJunit10(root), ...validateJunitCounts(root)];
}

async function scanJunit(fixture: string): Promise<string> {
  let stdout = '';
  let stderr = '';
  const argv = ['scan', fixture, '--format', 'junit', '--quiet', '--fail-on', 'none', '--exclude', '**/expected.*'];
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), color: false, cwd: REPO_ROOT });
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  return stdout;
}

describe('JUnit XML against junit-10.xsd', () => {
  it('the unit report and a hostile one (markup, quotes, control characters) are valid', () => {
    expect(validate(renderJunit(buildReport()))).toEqual([]);
    expect(validate(renderJunit(hostileReport()))).toEqual([]);
  });

  it.each(FIXTURES)('the report of %s is valid', async (fixture) => {
    const xml = await scanJunit(fixture);
    expect(parseXml(xml).tag).toBe('testsuites');
    expect(validate(xml)).toEqual([]);
  });
});

describe('the junit-10 validator', () => {
  const suite = (cases: string, attrs = 'name="s" tests="1" failures="0" errors="0"') => `<testsuites><testsuite ${attrs}>${cases}</testsuite></testsuites>`;

  it('accepts a minimal valid document', () => {
    expect(validate(suite('<testcase name="a" classname="c" time="0"/>'))).toEqual([]);
  });

  it.each([
    ['a missing required attribute', suite('<testcase classname="c"/>'), /testcase\[1\]: missing required attribute name/],
    ['an attribute outside the XSD', suite('<testcase name="a" severity="HIGH"/>'), /testcase\[1\]: attribute severity is not allowed/],
    ['skipped on <testsuites>', '<testsuites skipped="0"></testsuites>', /\/testsuites: attribute skipped is not allowed/],
    ['an unknown element', suite('<testcase name="a"><warning/></testcase>'), /<warning> is not allowed in <testcase>/],
    ['text in a testsuite', suite('<testcase name="a"/>oops'), /character data is not allowed in <testsuite>/],
    ['a time that is no SUREFIRE_TIME', suite('<testcase name="a"/>', 'name="s" tests="1" failures="0" errors="0" time="1s"'), /time "1s" is not a SUREFIRE_TIME/],
    ['counts that disagree with the cases', suite('<testcase name="a"><failure/></testcase>'), /failures=0, but 1 below it/],
    ['two outcomes on one testcase', suite('<testcase name="a"><failure/><skipped/></testcase>', 'name="s" tests="1" failures="1" errors="0" skipped="1"'), /2 outcomes/],
    ['a line that is not a positive integer', suite('<testcase name="a" line="0"/>'), /line "0" is not a positive integer/],
    ['a wrong root', '<report/>', /the root is <report>/],
  ])('refuses %s', (_, xml, error) => {
    expect(validate(xml).join('\n')).toMatch(error);
  });

  it('refuses XML that is not well-formed, with the parser\'s position', () => {
    expect(() => parseXml('<testsuites><testsuite name="a & b"></testsuite></testsuites>')).toThrow(/not well-formed XML: .*line 1, column \d+/);
  });
});
