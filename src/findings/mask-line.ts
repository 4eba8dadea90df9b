/** The masking primitives shared by the secret maskers: one mask, whole lines, values beside their keys. */

/** What a masked value reads as: fixed length, so it says nothing about the secret's length. */
export const MASK = '••••••••';

export const indentOf = (line: string): number => /^[ \t]*/.exec(line)![0].length;

/** The line's indentation, then MASK (blank lines stay blank). */
export function maskLineContent(line: string): string {
  return line.trim() === '' ? line : `${line.slice(0, indentOf(line))}${MASK}`;
}

/*
 * Every scan here is linear in the line: the masker runs on hostile text, lines of megabytes
 * included (a one-line plan). No regex with a `.*$` tail or competing quantifiers.
 */

/** JavaScript's `\s` for one character. */
export function isSpace(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(c);
}

/** The line without a trailing comment: cut before the whitespace ahead of the first `#` that follows whitespace. */
export function cutComment(line: string): string {
  for (let i = line.indexOf('#', 1); i > 0; i = line.indexOf('#', i + 1)) {
    if (!isSpace(line[i - 1])) continue;
    let start = i - 1;
    while (start > 0 && isSpace(line[start - 1])) start--;
    return line.slice(0, start);
  }
  return line;
}

const BLOCK_INDICATOR = /^[|>][-+0-9]*\s*$/;

/** A YAML block scalar header (`|`, `>-`, `|2+`), possibly followed by a comment. */
export function isBlockScalarHeader(text: string): boolean {
  if (text[0] !== '|' && text[0] !== '>') return false;
  let i = 1;
  while (i < text.length && '-+0123456789'.includes(text[i])) i++;
  while (isSpace(text[i])) i++;
  return i === text.length || text[i] === '#';
}

/** Whether the line opens a YAML block scalar: `key: |`, `- key: >-  # comment`. */
export function opensBlockScalar(line: string): boolean {
  for (let i = line.indexOf(':'); i >= 0; i = line.indexOf(':', i + 1)) {
    let j = i + 1;
    while (isSpace(line[j])) j++;
    if ((line[j] === '|' || line[j] === '>') && isBlockScalarHeader(line.slice(j))) return true;
    if (j > i + 1) i = j - 1; // the whitespace run is not scanned again
  }
  return false;
}

/** Index just past the colon of a YAML key starting at `at` (`key:`, `"key" :`, `'k': `), or -1. */
function keyEnd(line: string, at: number): number {
  const first = line[at];
  if (first === undefined || first === ':' || isSpace(first)) return -1;
  if (first === '"' || first === "'") {
    const close = line.indexOf(first, at + 1);
    if (close < 0) return -1;
    let j = close + 1;
    while (isSpace(line[j])) j++;
    return line[j] === ':' ? j + 1 : -1;
  }
  const colon = line.indexOf(':', at + 1);
  return colon < 0 ? -1 : colon + 1;
}

/**
 * A line of a YAML mapping or sequence inside a secret: `key: value` keeps its key, `- item`
 * its dash, `key:` (a nested mapping or a block scalar) stays as it is; anything else is masked whole.
 */
export function maskValueKeepKey(line: string): string {
  const indent = line.length - line.trimStart().length;
  const dash = /^-\s+/.exec(line.slice(indent));
  let end = keyEnd(line, indent + (dash?.[0].length ?? 0));
  if (end < 0 && dash) end = keyEnd(line, indent);
  if (end >= 0) {
    let valueAt = end;
    while (isSpace(line[valueAt])) valueAt++;
    const value = line.slice(valueAt);
    return value.trim() === '' || BLOCK_INDICATOR.test(value) ? line : `${line.slice(0, end)}${line.slice(end, valueAt) || ' '}${MASK}`;
  }
  if (dash && line.length > indent + dash[0].length && !isSpace(line[indent + dash[0].length])) return `${line.slice(0, indent + dash[0].length)}${MASK}`;
  return maskLineContent(line);
}

/**
 * Masks the values of the lines of a YAML mapping fed to it one by one, keeping keys; a block
 * scalar (`key: |`) inside is masked whole, whatever its lines look like.
 */
export function yamlValueMasker(): (line: string) => string {
  let scalarIndent = -1;
  return (line) => {
    if (scalarIndent >= 0) {
      if (line.trim() === '' || indentOf(line) > scalarIndent) return maskLineContent(line);
      scalarIndent = -1;
    }
    if (opensBlockScalar(line)) {
      scalarIndent = indentOf(line);
      return line;
    }
    return maskValueKeepKey(line);
  };
}
