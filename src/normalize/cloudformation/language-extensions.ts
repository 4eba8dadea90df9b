import type { Diagnostic } from '../../model/diagnostic.js';
import type { ParsedDocument } from '../../model/document.js';
import { fileStart } from '../../model/source.js';
import { containsLoop, expandForEach, writtenPath } from './foreach.js';
import type { CfnOptions } from './parameters.js';
import { templateContext } from './template.js';

/**
 * The template as CloudFormation sees it after the AWS::LanguageExtensions transform: every
 * `Fn::ForEach` expanded. The returned document's `locate` maps a path of the expanded
 * template back into the loop body that wrote it, so findings land on the lines as written.
 */
export function expandLanguageExtensions(doc: ParsedDocument, options: CfnOptions): { doc: ParsedDocument; diagnostics: Diagnostic[] } {
  const template = doc.value as Record<string, unknown>;
  if (!containsLoop(template)) return { doc, diagnostics: [] };
  const expansion = expandForEach(template, templateContext(template, options));
  const diagnostics = expansion.problems.map((problem): Diagnostic => ({
    code: 'PARSE_UNSUPPORTED',
    level: 'warning',
    message: problem.message,
    range: doc.locate(problem.at) ?? fileStart(doc.file.path),
  }));
  const expanded: ParsedDocument = {
    ...doc,
    value: expansion.value,
    locate: (path) => doc.locate(writtenPath(path, expansion.origins, template)),
  };
  return { doc: expanded, diagnostics };
}
