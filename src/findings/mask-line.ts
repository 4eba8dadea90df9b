/** The masking primitives shared by the secret maskers: one mask, whole lines, values beside their keys. */

/** What a masked value reads as: fixed length, so it says nothing about the secret's length. */
export const MASK = '••••••••';

export const indentOf = (line: string): number => /^[ \t]*/.exec(line)![0].length;

/** The line's indentation, then MASK (blank lines stay blank). */
export function maskLineContent(line: string): string {
  return line.trim() === '' ? line : `${line.slice(0, indentOf(line))}${MASK}`;
}

/**
 * A line of a YAML mapping or sequence inside a secret: `key: value` keeps its key, `- item`
 * its dash, `key:` (a nested mapping or a block scalar) stays as it is; anything else is masked whole.
 */
export function maskValueKeepKey(line: string): string {
  const pair = /^(\s*(?:-\s+)?(?:"[^"]*"|'[^']*'|[^\s:"'][^:]*?)\s*:)(\s*)(.*)$/.exec(line);
  if (pair) return pair[3].trim() === '' || /^[|>][-+0-9]*\s*$/.test(pair[3]) ? line : `${pair[1]}${pair[2] || ' '}${MASK}`;
  const item = /^(\s*-\s+)\S/.exec(line);
  if (item) return `${item[1]}${MASK}`;
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
    if (/:\s*[|>][-+0-9]*\s*(?:#.*)?$/.test(line)) {
      scalarIndent = indentOf(line);
      return line;
    }
    return maskValueKeepKey(line);
  };
}
