import type { Diagnostic } from '../../model/diagnostic.js';
import type { ParsedDocument } from '../../model/document.js';
import { fileStart, type AttributePath } from '../../model/source.js';
import { asRecord } from './convert.js';

/** Transforms the scanner applies itself: SAM (sam.ts) and the language extensions (foreach.ts). */
const APPLIED = new Set(['AWS::Serverless-2016-10-31', 'AWS::LanguageExtensions']);

/**
 * One warning per template naming every macro it uses that the scan does not run: a
 * `Transform` entry (Count, a custom macro) or an inline `Fn::Transform` (AWS::Include, a
 * custom macro). CloudFormation runs them when it deploys the stack; the scan cannot (a macro
 * is a Lambda function in the account), so the resources they would add or change are
 * scanned as written. Undefined when there are none.
 */
export function macroDiagnostic(doc: ParsedDocument): Diagnostic | undefined {
  const template = asRecord(doc.value) ?? {};
  const found = new Map<string, AttributePath>();
  const transforms = Array.isArray(template.Transform) ? template.Transform : [template.Transform];
  transforms.forEach((entry, i) => {
    const name = typeof entry === 'string' ? entry : asRecord(entry)?.Name;
    const at = Array.isArray(template.Transform) ? ['Transform', i] : ['Transform'];
    if (typeof name === 'string' && !APPLIED.has(name) && !found.has(name)) found.set(name, at);
  });
  collectInline(template, [], found);
  if (found.size === 0) return undefined;
  const [first] = found.values();
  return {
    code: 'PARSE_UNSUPPORTED',
    level: 'warning',
    message: `the template uses ${[...found.keys()].join(', ')}, which CloudFormation runs at deployment and the scan does not; what ${found.size === 1 ? 'it adds or changes' : 'they add or change'} is not checked, the resources are scanned as written`,
    range: doc.locate(first) ?? fileStart(doc.file.path),
  };
}

function collectInline(value: unknown, path: AttributePath, found: Map<string, AttributePath>): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => collectInline(item, [...path, i], found));
    return;
  }
  const record = asRecord(value);
  if (!record) return;
  for (const [key, item] of Object.entries(record)) {
    if (key === 'Fn::Transform') {
      // One macro `{Name, Parameters}` or a list of them, applied in order.
      for (const call of Array.isArray(item) ? item : [item]) {
        const name = asRecord(call)?.Name;
        const label = typeof name === 'string' ? name : 'Fn::Transform';
        if (!found.has(label)) found.set(label, [...path, key]);
      }
    }
    collectInline(item, [...path, key], found);
  }
}
