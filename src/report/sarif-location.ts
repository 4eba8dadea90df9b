/**
 * Paths and ranges as SARIF wants them: relative URIs against `%SRCROOT%`, 1-based regions.
 * An absolute path outside the root, or a remote module address (`git::…`, `https://…`), is
 * never written as an artifact URI: GitHub cannot map it to a file in the repository.
 */
import { pathToFileURL } from 'node:url';
import type { Location, Region } from 'sarif';
import type { SourceRange } from '../model/index.js';

export const SRCROOT = '%SRCROOT%';

/** `file:` URI of the scan root, ending with "/" as SARIF requires of a base URI. */
export function rootUri(root: string): string {
  const href = pathToFileURL(root).href;
  return href.endsWith('/') ? href : `${href}/`;
}

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const WINDOWS_ABSOLUTE = /^[A-Za-z]:\//;

/**
 * Relative URI of a report path (already relative to `root` by contract), or undefined when the
 * path is remote or an absolute path outside the root.
 */
export function toArtifactUri(path: string, root: string): string | undefined {
  let relative = path.replace(/\\/g, '/');
  const base = trimTrailingSlashes(root.replace(/\\/g, '/'));
  if (relative.startsWith('/') || WINDOWS_ABSOLUTE.test(relative)) {
    if (base === '' || !relative.startsWith(`${base}/`)) return undefined;
    relative = relative.slice(base.length + 1);
  }
  if (relative.includes('::') || (SCHEME.test(relative) && !WINDOWS_ABSOLUTE.test(relative))) return undefined;
  while (relative.startsWith('./')) relative = relative.slice(2);
  if (relative === '') return undefined;
  return relative.split('/').map(encodeSegment).join('/');
}

/** Percent-encodes what a URI path segment may not hold; keeps sub-delimiters readable. */
function encodeSegment(segment: string, index: number): string {
  const encoded = encodeURIComponent(segment).replace(/%(?:40|2B|3D|2C|24|26|3B|3A)/g, (m) => decodeURIComponent(m));
  // A colon in the first segment would read as a scheme (`c:x.tf`), so it stays encoded there.
  return index === 0 ? encoded.replace(/:/g, '%3A') : encoded;
}

/** A SARIF region; lines and columns are clamped to 1 and the end never precedes the start. */
export function toRegion(range: SourceRange): Region {
  const startLine = Math.max(1, range.startLine);
  const startColumn = Math.max(1, range.startColumn);
  const endLine = Math.max(startLine, range.endLine);
  const endColumn = endLine === startLine ? Math.max(startColumn, range.endColumn) : Math.max(1, range.endColumn);
  return { startLine, startColumn, endLine, endColumn };
}

/** A physical location, or undefined when the path cannot be expressed as a relative URI. */
export function toLocation(range: SourceRange, root: string, withRegion = true): Location | undefined {
  const uri = toArtifactUri(range.path, root);
  if (uri === undefined) return undefined;
  const artifactLocation = { uri, uriBaseId: SRCROOT };
  return { physicalLocation: withRegion ? { artifactLocation, region: toRegion(range) } : { artifactLocation } };
}

/** `a/b//` → `a/b` (a loop: a `/\/+$/` regex is quadratic on a long run of slashes). */
function trimTrailingSlashes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '/') end--;
  return text.slice(0, end);
}
