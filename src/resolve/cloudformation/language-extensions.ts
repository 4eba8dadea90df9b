import type { Diagnostic } from '../../model/diagnostic.js';
import type { ParsedDocument } from '../../model/document.js';
import { fileStart } from '../../model/source.js';
import { containsLoop, expandForEach, OriginIndex, writtenPath } from './foreach.js';
import type { CfnOptions } from './parameters.js';
import { translateSam } from './sam-translate.js';
import { templateContext } from './template.js';

/**
 * The template as CloudFormation deploys it after the transforms the scan applies: every
 * `Fn::ForEach` (AWS::LanguageExtensions) expanded, then the SAM resources translated. The
 * returned document's `locate` maps a path of the result back to where it is written (the
 * loop body, the SAM resource, its Globals), so findings land on the lines as written.
 */
export function expandLanguageExtensions(doc: ParsedDocument, options: CfnOptions): { doc: ParsedDocument; diagnostics: Diagnostic[] } {
  const expanded = expandLoops(doc, options);
  return { doc: applySam(expanded.doc, options), diagnostics: expanded.diagnostics };
}

/**
 * The SAM resources a check reads, replaced by what they deploy (sam-translate.ts); `locate`
 * maps the generated resources' paths back to the SAM resource and its Globals.
 */
function applySam(doc: ParsedDocument, options: CfnOptions): ParsedDocument {
  const template = doc.value as Record<string, unknown>;
  const translation = translateSam(template, templateContext(template, options));
  if (!translation) return doc;
  return { ...doc, value: translation.value, locate: (path) => doc.locate(translation.writtenPath(path)) };
}

function expandLoops(doc: ParsedDocument, options: CfnOptions): { doc: ParsedDocument; diagnostics: Diagnostic[] } {
  const template = doc.value as Record<string, unknown>;
  if (!containsLoop(template)) return { doc, diagnostics: [] };
  const expansion = expandForEach(template, templateContext(template, options));
  const diagnostics = expansion.problems.map((problem): Diagnostic => ({
    code: 'PARSE_UNSUPPORTED',
    level: 'warning',
    message: problem.message,
    range: doc.locate(problem.at) ?? fileStart(doc.file.path),
  }));
  const origins = new OriginIndex(expansion.origins);
  const expanded: ParsedDocument = {
    ...doc,
    value: expansion.value,
    locate: (path) => doc.locate(writtenPath(path, origins, template)),
  };
  return { doc: expanded, diagnostics };
}
