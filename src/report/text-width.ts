import stringWidth from 'string-width';

/**
 * Fitting plain text into a terminal width. Widths are terminal columns as `string-width` counts
 * them (East Asian wide characters and most emoji take two, combining marks none), and text is cut
 * only between grapheme clusters, so a resource name in Japanese or with an emoji never spills
 * past the width or splits a character. The text reaching here has been through `sanitize` (no
 * control characters).
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** The number of terminal columns `text` takes. */
export function textWidth(text: string): number {
  return PRINTABLE_ASCII.test(text) ? text.length : stringWidth(text);
}

/** Grapheme clusters with their widths; plain ASCII (nearly all text here) takes the short path. */
function clusters(text: string): { text: string; width: number }[] {
  if (PRINTABLE_ASCII.test(text)) return Array.from(text, (c) => ({ text: c, width: 1 }));
  return Array.from(graphemes.segment(text), ({ segment }) => ({ text: segment, width: stringWidth(segment) }));
}

/** The longest run of clusters from the start (or, `fromEnd`, the end) that fits `width` columns. */
function fitting(parts: { text: string; width: number }[], width: number, fromEnd = false): string {
  const ordered = fromEnd ? [...parts].reverse() : parts;
  const kept: string[] = [];
  let used = 0;
  for (const part of ordered) {
    if (used + part.width > width) break;
    kept.push(part.text);
    used += part.width;
  }
  return (fromEnd ? kept.reverse() : kept).join('');
}

/** `text` cut to `width` columns from the left, so its end (a file name, a resource's last part) stays: `…ws_vpc.this[0]`. */
export function truncateLeft(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  if (width <= 1) return '…'.slice(0, Math.max(width, 0));
  return `…${fitting(clusters(text), width - 1, true)}`;
}

/** `text` cut to `width` columns from the right: `Network ACL module.vpc…`. */
export function truncateRight(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  if (width <= 1) return '…'.slice(0, Math.max(width, 0));
  return `${fitting(clusters(text), width - 1)}…`;
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
      // at least one cluster per line, so a character wider than the line cannot loop forever
      const parts = clusters(rest);
      const piece = fitting(parts, limit) || parts[0].text;
      lines.push(piece);
      rest = rest.slice(piece.length);
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

/** `text` followed by spaces up to `width` columns (String#padEnd counts UTF-16 units, not columns). */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - textWidth(text)));
}
