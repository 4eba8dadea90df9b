import type { AttributePath, Resource, SourceRange } from '../model/index.js';
import { fileStart, pathKey } from '../model/index.js';

/**
 * The most precise place known for an attribute: the attribute itself, else its nearest
 * ancestor with a recorded place (a default has none of its own), else the resource, else the
 * file's first line.
 */
export function locateAttribute(resource: Resource, attributePath: AttributePath): SourceRange {
  for (let length = attributePath.length; length >= 0; length--) {
    const range = resource.provenance.get(pathKey(attributePath.slice(0, length)));
    if (range) return range;
  }
  return fileStart(resource.source.path);
}
