import type { ParsedDocument } from '../model/document.js';
import type { InputFile, SourceRange } from '../model/source.js';
import { parseKubernetes, type KubeDocument } from '../parsers/kubernetes/index.js';
import type { RenderedFile } from './types.js';

/**
 * Parses a rendered file as Kubernetes manifests whose ranges point into the source file
 * (`file.path`, e.g. the chart template): each line goes through `file.lineMap`. Ranges cover
 * whole lines, since rendering moves columns. A line the map cannot place gives line 1 of the
 * source: the file is known, the line is not.
 */
export function parseRendered(file: RenderedFile, absolutePath = file.path): ParsedDocument<KubeDocument[]> {
  const input: InputFile = { absolutePath, path: file.path, format: 'kubernetes' };
  const doc = parseKubernetes(input, file.text);
  const remap = (range: SourceRange): SourceRange => remapRange(range, file.lineMap);
  return {
    ...doc,
    locate: (path) => {
      const range = doc.locate(path);
      return range && remap(range);
    },
    diagnostics: doc.diagnostics.map((d) => ({ ...d, range: remap(d.range) })),
  };
}

export function remapRange(range: SourceRange, lineMap: readonly number[]): SourceRange {
  const startLine = lineMap[range.startLine] || 1;
  const endLine = Math.max(lineMap[range.endLine] || startLine, startLine);
  return { path: range.path, startLine, startColumn: 1, endLine, endColumn: 1 };
}
