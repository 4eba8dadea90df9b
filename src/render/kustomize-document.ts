import { fileStart } from '../model/index.js';
import type { ParsedDocument } from '../model/document.js';
import type { AttributePath, SourceRange } from '../model/source.js';
import { hasPath } from '../parsers/common/position-map.js';
import { parseKubernetes, type KubeDocument } from '../parsers/kubernetes/index.js';
import type { KustomizedFile } from './kustomize.js';

interface Match {
  original: ParsedDocument<KubeDocument[]>;
  index: number;
  manifest: Record<string, unknown>;
}

/**
 * Parses kustomize's output for one input file, with ranges in that input file: each rendered
 * object is matched to the object it was built from (same kind, and a name that the rendered
 * name contains, since namePrefix/nameSuffix only add to it), and a path is located at the
 * deepest part of it the original has. What kustomize added (a namespace, a patched field) so
 * lands on the enclosing block of the original object; an object with no match, on line 1.
 */
export function parseKustomized(file: KustomizedFile): ParsedDocument<KubeDocument[]> {
  const input = { absolutePath: file.absolutePath, path: file.path, format: 'kubernetes' as const };
  const rendered = parseKubernetes(input, file.text);
  const original = parseKubernetes(input, file.sourceText);
  const matches = new Map(rendered.value.map((doc) => [doc.index, findOriginal(doc.manifest, original)]));
  const start = fileStart(file.path);
  return {
    file: input,
    value: rendered.value,
    diagnostics: rendered.diagnostics.map((d) => ({ ...d, range: start })),
    locate: (path) => {
      const match = matches.get(Number(path[0]));
      return match ? locateInOriginal(match, path.slice(1)) : start;
    },
  };
}

function findOriginal(manifest: Record<string, unknown>, original: ParsedDocument<KubeDocument[]>): Match | undefined {
  const name = nameOf(manifest);
  const candidates = original.value.filter(
    (doc) => doc.manifest.kind === manifest.kind && name !== undefined && name.includes(nameOf(doc.manifest) ?? '\0'),
  );
  // The longest contained name wins: `prod-api-web` comes from `api-web` rather than `api`.
  candidates.sort((a, b) => (nameOf(b.manifest) ?? '').length - (nameOf(a.manifest) ?? '').length);
  const best = candidates[0];
  return best && { original, index: best.index, manifest: best.manifest };
}

function locateInOriginal(match: Match, path: AttributePath): SourceRange | undefined {
  for (let n = path.length; n >= 0; n--) {
    if (hasPath(match.manifest, path.slice(0, n))) return match.original.locate([match.index, ...path.slice(0, n)]);
  }
  return undefined;
}

function nameOf(manifest: Record<string, unknown>): string | undefined {
  const metadata = manifest.metadata;
  const name = metadata !== null && typeof metadata === 'object' ? (metadata as Record<string, unknown>).name : undefined;
  return typeof name === 'string' ? name : undefined;
}
