/**
 * JUnit XML checked against the rules of Jenkins' junit-10.xsd (the xunit plugin's JUnit schema,
 * the Surefire format most consumers accept), written out as data because no XSD validator is
 * installed. The document is parsed by a real XML parser, Python's expat (python3 is on every
 * machine the project runs on), never by regular expressions.
 */
import { spawnSync } from 'node:child_process';

export interface XmlElement {
  tag: string;
  attributes: Record<string, string>;
  /** Character data directly inside the element (text and the tails of its children), joined. */
  text: string;
  children: XmlElement[];
}

const PARSE = `
import json, sys, xml.etree.ElementTree as ET
def walk(e):
    text = (e.text or '') + ''.join(c.tail or '' for c in e)
    return {'tag': e.tag, 'attributes': dict(e.attrib), 'text': text, 'children': [walk(c) for c in e]}
try:
    root = ET.fromstring(sys.stdin.buffer.read())
except ET.ParseError as error:
    sys.stderr.write('not well-formed XML: %s' % error)
    sys.exit(1)
json.dump(walk(root), sys.stdout)
`;

/** The element tree of `xml`; throws with expat's message (line and column) when it is not well-formed. */
export function parseXml(xml: string): XmlElement {
  const result = spawnSync('python3', ['-c', PARSE], { input: xml, maxBuffer: 256 * 1024 * 1024 });
  if (result.error) throw new Error(`python3 is needed to parse XML: ${result.error.message}`);
  if (result.status !== 0) throw new Error(result.stderr.toString());
  return JSON.parse(result.stdout.toString()) as XmlElement;
}

interface ElementRule {
  required: string[];
  optional: string[];
  children: string[];
  /** mixed="true" in the XSD: character data allowed; otherwise only whitespace between children. */
  mixed: boolean;
  /** Elements with a simple content type (xs:string): text only, no child elements. */
  textOnly?: boolean;
}

const RESULT: ElementRule = { required: [], optional: ['type', 'message'], children: [], mixed: true };
const RERUN: ElementRule = { required: ['type'], optional: ['message'], children: ['stackTrace', 'system-out', 'system-err'], mixed: true };
const TEXT: ElementRule = { required: [], optional: [], children: [], mixed: true, textOnly: true };

/** junit-10.xsd, element by element (jenkinsci/xunit-plugin, MIT). */
export const JUNIT_10: Record<string, ElementRule> = {
  testsuites: { required: [], optional: ['name', 'time', 'tests', 'failures', 'errors'], children: ['testsuite'], mixed: false },
  testsuite: {
    required: ['name', 'tests', 'failures', 'errors'],
    optional: ['group', 'time', 'skipped', 'timestamp', 'hostname', 'id', 'package', 'file', 'log', 'url'],
    children: ['testsuite', 'properties', 'testcase', 'system-out', 'system-err'],
    mixed: false,
  },
  properties: { required: [], optional: [], children: ['property'], mixed: false },
  property: { required: ['name', 'value'], optional: [], children: [], mixed: false },
  testcase: {
    required: ['name'],
    optional: ['time', 'classname', 'group'],
    children: ['skipped', 'error', 'failure', 'rerunFailure', 'rerunError', 'flakyFailure', 'flakyError', 'system-out', 'system-err'],
    mixed: false,
  },
  failure: RESULT,
  error: RESULT,
  skipped: RESULT,
  rerunFailure: RERUN,
  rerunError: RERUN,
  flakyFailure: RERUN,
  flakyError: RERUN,
  stackTrace: TEXT,
  'system-out': TEXT,
  'system-err': TEXT,
};

/**
 * Attributes outside junit-10.xsd that we write on purpose, named here so nothing else slips in:
 * `file` and `line` on a testcase link it to the source in GitLab's test report and in the
 * GitHub test-report actions (the xunit1 family pytest writes has them too).
 */
export const EXTENSIONS: Record<string, string[]> = { testcase: ['file', 'line'] };

/** xs:pattern of SUREFIRE_TIME, anchored as XSD patterns are. */
const SUREFIRE_TIME = /^(([0-9]{0,3},)*[0-9]{3}|[0-9]{0,3})*(\.[0-9]*)?$/;
const COUNT = /^(0|[1-9][0-9]*)$/;

/** Every way `root` breaks junit-10.xsd, as `/testsuites/testsuite[2]/testcase[1]: …` lines. */
export function validateJunit10(root: XmlElement): string[] {
  const errors: string[] = [];
  if (root.tag !== 'testsuites' && root.tag !== 'testsuite') errors.push(`/: the root is <${root.tag}>, not <testsuites> or <testsuite>`);
  walk(root, `/${root.tag}`, errors);
  return errors;
}

function walk(element: XmlElement, at: string, errors: string[]): void {
  const rule = JUNIT_10[element.tag];
  if (!rule) {
    errors.push(`${at}: <${element.tag}> is not a junit-10 element`);
    return;
  }
  const allowed = new Set([...rule.required, ...rule.optional, ...(EXTENSIONS[element.tag] ?? [])]);
  for (const name of rule.required) if (!(name in element.attributes)) errors.push(`${at}: missing required attribute ${name}`);
  for (const name of Object.keys(element.attributes)) if (!allowed.has(name)) errors.push(`${at}: attribute ${name} is not allowed`);
  if (!rule.mixed && element.text.trim() !== '') errors.push(`${at}: character data is not allowed in <${element.tag}>`);
  if (rule.textOnly && element.children.length > 0) errors.push(`${at}: <${element.tag}> holds text only`);
  const time = element.attributes.time;
  if (time !== undefined && (element.tag === 'testsuite' || element.tag === 'testsuites') && !SUREFIRE_TIME.test(time)) {
    errors.push(`${at}: time ${JSON.stringify(time)} is not a SUREFIRE_TIME`);
  }
  const seen = new Map<string, number>();
  for (const child of element.children) {
    const index = (seen.get(child.tag) ?? 0) + 1;
    seen.set(child.tag, index);
    const childAt = `${at}/${child.tag}[${index}]`;
    if (!rule.children.includes(child.tag)) errors.push(`${childAt}: <${child.tag}> is not allowed in <${element.tag}>`);
    else walk(child, childAt, errors);
  }
}

interface Totals {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

/**
 * What the XSD cannot say but every consumer assumes: counts are integers that equal the
 * testcases below them, a testcase has at most one outcome, and `line` is a positive integer.
 */
export function validateJunitCounts(root: XmlElement): string[] {
  const errors: string[] = [];
  const check = (element: XmlElement, at: string): Totals => {
    const totals: Totals = { tests: 0, failures: 0, errors: 0, skipped: 0 };
    element.children.forEach((child, i) => {
      const childAt = `${at}/${child.tag}[${i + 1}]`;
      if (child.tag === 'testsuite') add(totals, check(child, childAt));
      if (child.tag !== 'testcase') return;
      totals.tests += 1;
      const outcomes = child.children.filter((c) => c.tag === 'failure' || c.tag === 'error' || c.tag === 'skipped');
      if (outcomes.length > 1) errors.push(`${childAt}: ${outcomes.length} outcomes; at most one of failure, error, skipped`);
      for (const outcome of outcomes) totals[outcome.tag === 'failure' ? 'failures' : outcome.tag === 'error' ? 'errors' : 'skipped'] += 1;
      const line = child.attributes.line;
      if (line !== undefined && !/^[1-9][0-9]*$/.test(line)) errors.push(`${childAt}: line ${JSON.stringify(line)} is not a positive integer`);
      if (child.attributes.file === '') errors.push(`${childAt}: file is empty`);
    });
    for (const key of ['tests', 'failures', 'errors', 'skipped'] as const) {
      const written = element.attributes[key];
      if (written === undefined) continue;
      if (!COUNT.test(written)) errors.push(`${at}: ${key}=${JSON.stringify(written)} is not a count`);
      else if (Number(written) !== totals[key]) errors.push(`${at}: ${key}=${written}, but ${totals[key]} below it`);
    }
    return totals;
  };
  check(root, `/${root.tag}`);
  return errors;
}

function add(a: Totals, b: Totals): void {
  a.tests += b.tests;
  a.failures += b.failures;
  a.errors += b.errors;
  a.skipped += b.skipped;
}
