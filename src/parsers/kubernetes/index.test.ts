import { describe, expect, it } from '@jest/globals';
import type { InputFile } from '../../model/source.js';
import { parseKubernetes } from './index.js';

const file = (path = 'k8s/app.yaml'): InputFile => ({ absolutePath: `/repo/${path}`, path, format: 'kubernetes' });
const parse = (text: string, path?: string) => parseKubernetes(file(path), text);
const first = (text: string) => parse(text).value[0].manifest;

const MULTI = `# leading comment
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
---
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
        - name: app
          image: nginx:1.27
          securityContext:
            privileged: true
`;

describe('parseKubernetes (YAML)', () => {
  const doc = parse(MULTI);

  it('skips empty documents and keeps each document index', () => {
    expect(doc.diagnostics).toEqual([]);
    expect(doc.value.map((d) => [d.index, d.manifest.kind])).toEqual([
      [0, 'ConfigMap'],
      [2, 'Deployment'],
    ]);
  });

  it('locates paths inside a document by its index', () => {
    const privileged = [2, 'spec', 'template', 'spec', 'containers', 0, 'securityContext', 'privileged'];
    expect(doc.locate(privileged)).toMatchObject({ path: 'k8s/app.yaml', startLine: 20, startColumn: 13, endLine: 20 });
    expect(doc.locate([2, 'kind'])?.startLine).toBe(10);
    expect(doc.locate([0, 'metadata', 'name'])?.startLine).toBe(6);
    expect(doc.locate([2, 'spec', 'template', 'spec', 'containers', 0])?.startLine).toBe(17);
  });
});

describe('parseKubernetes with a __proto__ key', () => {
  it('keeps the key as data and changes no prototype', () => {
    const manifest = first('apiVersion: v1\nkind: ConfigMap\ndata:\n  __proto__:\n    polluted: yes\n  other: x\n');
    const data = manifest.data as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(['__proto__', 'other']);
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toEqual({ polluted: true });
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseKubernetes YAML 1.1 traps', () => {
  it('reads yes/no/on/off/y as booleans, as the API server does', () => {
    expect(first('a: yes\nb: no\nc: on\nd: off\ne: y\nf: N\ng: "yes"')).toEqual({
      a: true, b: false, c: true, d: false, e: true, f: false, g: 'yes',
    });
  });

  it('reads 0644 as octal (420)', () => {
    expect(first('defaultMode: 0644\nother: 0755\nplain: 644')).toEqual({ defaultMode: 420, other: 493, plain: 644 });
  });

  it('keeps E3012 a string (yaml@2 1.1 reads it as NaN)', () => {
    expect(first('code: E3012\nsci: 1e3\nfrac: .5\ndot: .\nfloat: 1.5')).toEqual({
      code: 'E3012', sci: 1000, frac: 0.5, dot: '.', float: 1.5,
    });
  });

  it('keeps timestamps and sexagesimal-looking values as strings', () => {
    expect(first('date: 2012-10-17\nstamp: 2001-12-14t21:59:43.10-05:00\ntime: 1:20')).toEqual({
      date: '2012-10-17', stamp: '2001-12-14t21:59:43.10-05:00', time: '1:20',
    });
  });

  it('keeps `y` as written when it is a key', () => {
    expect(first('y: 1\nn: 2\non: 3')).toEqual({ y: 1, n: 2, on: 3 });
  });

  it('resolves anchors and merge keys without complaint', () => {
    const manifest = first('base: &b\n  image: a\n  tag: x\nitem:\n  <<: *b\n  tag: z\ncopy: *b\n');
    expect(manifest.item).toEqual({ image: 'a', tag: 'z' });
    expect(manifest.copy).toEqual({ image: 'a', tag: 'x' });
    expect(parse('base: &b {a: 1}\nitem: *b\n').diagnostics).toEqual([]);
    // A key written before the merge keeps its own value and line.
    const doc = parse('base: &b\n  tag: x\nitem:\n  tag: z\n  <<: *b\n');
    expect(doc.value[0].manifest.item).toEqual({ tag: 'z' });
    expect(doc.locate([0, 'item', 'tag'])?.startLine).toBe(4);
  });
});

describe('parseKubernetes diagnostics', () => {
  it('reports a broken document with its line and keeps the others', () => {
    const doc = parse('kind: A\n---\nkind: B\nspec:\n  - a\n  b: c\n---\nkind: C\n');
    expect(doc.value.map((d) => d.manifest.kind)).toEqual(['A', 'C']);
    const errors = doc.diagnostics.filter((d) => d.level === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((d) => d.code === 'PARSE_SYNTAX' && d.range.startLine >= 5 && d.range.startLine <= 6)).toBe(true);
  });

  it('reports a duplicate key at the second occurrence, last value wins', () => {
    const doc = parse('kind: Secret\nmetadata:\n  name: a\n  name: b\n');
    expect(doc.value[0].manifest.metadata).toEqual({ name: 'b' });
    expect(doc.diagnostics).toEqual([
      expect.objectContaining({ code: 'PARSE_DUPLICATE_KEY', range: expect.objectContaining({ startLine: 4, startColumn: 3 }) }),
    ]);
  });

  it('warns about documents that are not mappings', () => {
    const doc = parse('- a\n- b\n---\nkind: A\n');
    expect(doc.value.map((d) => d.index)).toEqual([1]);
    expect(doc.diagnostics).toEqual([expect.objectContaining({ code: 'PARSE_UNSUPPORTED', level: 'warning' })]);
  });

  it('returns nothing for a file of comments only', () => {
    expect(parse('# nothing here\n')).toMatchObject({ value: [], diagnostics: [] });
    expect(parse('')).toMatchObject({ value: [], diagnostics: [] });
  });
});

describe('parseKubernetes (JSON)', () => {
  it('parses a JSON manifest as document 0', () => {
    const doc = parse('{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "spec": {"hostPID": true}\n}\n', 'k8s/pod.json');
    expect(doc.value).toEqual([{ index: 0, manifest: { apiVersion: 'v1', kind: 'Pod', spec: { hostPID: true } } }]);
    expect(doc.locate([0, 'spec', 'hostPID'])).toMatchObject({ startLine: 4, startColumn: 12 });
  });

  it('reports broken JSON with its line', () => {
    const doc = parse('{\n  "kind": "Pod",\n  "spec": \n}\n', 'k8s/pod.json');
    expect(doc.value).toEqual([]);
    expect(doc.diagnostics[0]).toMatchObject({ code: 'PARSE_SYNTAX', range: { startLine: 4 } });
  });
});
