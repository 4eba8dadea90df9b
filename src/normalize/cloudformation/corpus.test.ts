import { expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCloudFormation } from '../../parsers/cloudformation/index.js';
import { templateContext } from '../../resolve/cloudformation/template.js';
import { corpusPath, describeWithCorpus } from '../../testing/corpus.js';
import { normalizeTemplate } from '../../testing/pipeline.js';

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (/\.(ya?ml|json)$/i.test(entry.name)) yield full;
  }
}

/** A template declares its format version or a Resources map of `Type: AWS::…` entries. */
function isTemplate(text: string): boolean {
  return /AWSTemplateFormatVersion/.test(text) || (/Resources/.test(text) && /["']?Type["']?\s*:\s*["']?AWS::/.test(text));
}

/**
 * Robustness on real templates (aws-cloudformation-templates): every template parses and
 * normalises without a syntax error. Files that are not templates (workflows, tool configs)
 * are excluded by the sniff above.
 */
describeWithCorpus('CloudFormation corpus', () => {
  const root = corpusPath('cloudformation');
  const files = [...walk(root)].map((file) => ({ file, text: readFileSync(file, 'utf8') })).filter(({ text }) => isTemplate(text));

  it('parses and normalises every template without a syntax error', () => {
    const failures: string[] = [];
    const other = new Map<string, number>();
    const excluded: string[] = [];
    let parsed = 0;
    let resources = 0;
    let dropped = 0;
    let conditional = 0;
    let unknownKept = 0;
    const started = Date.now();
    for (const { file, text } of files) {
      const relative = path.relative(root, file);
      const doc = parseCloudFormation({ absolutePath: file, path: relative, format: 'cloudformation' }, text);
      // Macro test events nest a template under `fragment`: the sniff matches them, they are not templates.
      const parsedOk = Object.keys(doc.value).length > 0;
      if (parsedOk && !('Resources' in doc.value) && !('AWSTemplateFormatVersion' in doc.value)) {
        excluded.push(relative);
        continue;
      }
      parsed++;
      const result = normalizeTemplate(doc);
      resources += result.resources.length;
      dropped += result.excluded.length;
      const conditions = templateContext(doc.value).conditions!;
      for (const r of result.resources) if (typeof r.raw.Condition === 'string') conditional++;
      unknownKept += result.resources.filter((r) => typeof r.raw.Condition === 'string' && conditions.get(r.raw.Condition) !== true).length;
      for (const d of [...doc.diagnostics, ...result.diagnostics]) {
        if (d.code === 'PARSE_SYNTAX' && d.level === 'error') failures.push(`${relative}:${d.range.startLine}: ${d.message}`);
        else other.set(`${d.code} ${d.level}`, (other.get(`${d.code} ${d.level}`) ?? 0) + 1);
      }
      // Only Fn::ForEach templates, or templates whose every resource has a false Condition
      // with the parameter defaults, may yield no resources.
      const explained = result.diagnostics.some((d) => d.message.includes('Fn::ForEach')) || result.excluded.length > 0;
      if (result.resources.length === 0 && !explained) failures.push(`${relative}: no resources`);
    }
    process.stderr.write(`cloudformation corpus: ${parsed} templates (${excluded.length} excluded: ${excluded.join(', ')}), ${resources} resources (${conditional} with a Condition kept, ${unknownKept} of them unknown; ${dropped} dropped by a false one), ${Date.now() - started} ms; other diagnostics ${JSON.stringify(Object.fromEntries(other))}\n`);
    expect(parsed).toBeGreaterThan(250);
    expect(excluded.length).toBeLessThan(5);
    expect(failures).toEqual([]);
  });
});
