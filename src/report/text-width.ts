/**
 * Fitting plain text into a terminal width. Widths are counted in code points: the text reaching
 * here has been through `sanitize` (no control characters), and East Asian wide characters in a
 * resource name are rare enough that a slightly short line is the accepted cost of no dependency.
 */

/** The number of terminal columns `text` takes (code points). */
export function textWidth(text: string): number {
  // code points, not UTF-16 units: an astral character is one column, not two
  return Array.from(text).length;
}

/** `text` cut to `width` columns from the left, so its end (a file name, a resource's last part) stays: `…ws_vpc.this[0]`. */
export function truncateLeft(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  if (width <= 1) return '…'.slice(0, Math.max(width, 0));
  return `…${chars.slice(chars.length - (width - 1)).join('')}`;
}

/** `text` cut to `width` columns from the right: `Network ACL module.vpc…`. */
export function truncateRight(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  if (width <= 1) return '…'.slice(0, Math.max(width, 0));
  return `${chars.slice(0, width - 1).join('')}…`;
}

/**
 * `text` broken into lines of at most `width` columns, at spaces where it can be and inside a
 * word (an ARN, a long resource id) only when the word alone is wider than a line.
 */
export function wrapText(text: string, width: number): string[] {
  const limit = Math.max(width, 1);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    let rest = word;
    while (textWidth(rest) > limit) {
      if (line !== '') lines.push(line);
      const chars = [...rest];
      lines.push(chars.slice(0, limit).join(''));
      rest = chars.slice(limit).join('');
      line = '';
    }
    if (line === '') line = rest;
    else if (textWidth(line) + 1 + textWidth(rest) <= limit) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * Every line of `text` within `width` columns: a wider line (a summary sentence, a diagnostic)
 * is wrapped, its continuation indented two more than the line. A wrapped line loses its colour,
 * which cannot be split safely; the table's own rows are built to fit and are never rewrapped.
 */
export function fitLines(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => {
      const plain = line.replace(ANSI, '');
      if (textWidth(plain) <= width) return [line];
      const indent = Math.min(/^ */.exec(plain)![0].length, Math.floor(width / 2));
      const [first, ...rest] = wrapText(plain.slice(indent), width - indent);
      const more = ' '.repeat(Math.min(indent + 2, Math.floor(width / 2)));
      return [' '.repeat(indent) + first, ...rest.flatMap((part) => wrapText(part, width - more.length)).map((part) => more + part)];
    })
    .join('\n');
}
