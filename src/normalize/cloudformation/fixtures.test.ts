import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCloudFormation } from '../../parsers/cloudformation/index.js';
import { readOrWriteGolden, toGolden } from '../../parsers/common/golden.js';
import { normalizeTemplate } from '../../testing/pipeline.js';

const ROOT = path.resolve(process.cwd(), 'fixtures/cloudformation');

/** Golden test: every fixture case parses and normalises to its expected.resources.json. */
describe('CloudFormation fixtures', () => {
  const cases = readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

  it('has the expected cases', () => {
    expect(cases.sort()).toEqual(['broken', 'conditions', 'foreach', 'json-template', 'rds', 's3-bad', 's3-good', 'sam', 'sg-bad', 'sg-good']);
  });

  it.each(cases)('%s matches its golden file', (name) => {
    const dir = path.join(ROOT, name);
    const template = readdirSync(dir).find((f) => /^template\.(ya?ml|json)$/.test(f))!;
    const relative = `fixtures/cloudformation/${name}/${template}`;
    const doc = parseCloudFormation({ absolutePath: path.join(dir, template), path: relative, format: 'cloudformation' }, readFileSync(path.join(dir, template), 'utf8'));
    const result = normalizeTemplate(doc);
    const actual = JSON.parse(JSON.stringify(toGolden(result.resources, [...doc.diagnostics, ...result.diagnostics])));
    expect(actual).toEqual(readOrWriteGolden(path.join(dir, 'expected.resources.json'), actual));
  });
});
