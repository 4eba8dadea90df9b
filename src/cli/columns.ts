import { padToWidth, textWidth, truncateRight, wrapText } from '../report/text-width.js';

/**
 * Rows as aligned text columns for a terminal; the last column is not padded. Given a width, the
 * last column wraps under itself so that no line is wider (a leading column too wide to leave it
 * room is cut with `…`).
 */
export function formatColumns(rows: string[][], width?: number): string {
  const widths = rows[0].map((_, column) => rows.reduce((widest, row) => Math.max(widest, textWidth(row[column])), 0));
  const last = rows[0].length - 1;
  const lead = widths.slice(0, last).reduce((sum, w) => sum + w + 2, 0);
  const room = width === undefined ? Infinity : width - lead;
  return (
    rows
      .flatMap((row) => {
        const head = row.slice(0, last).map((cell, i) => padToWidth(cell, widths[i])).join('  ');
        if (room === Infinity) return [`${head}${last > 0 ? '  ' : ''}${row[last]}`.trimEnd()];
        const [first, ...more] = room >= 16 ? wrapText(row[last], room) : [row[last]];
        const lines = [`${head}${last > 0 ? '  ' : ''}${first}`.trimEnd(), ...more.map((line) => ' '.repeat(lead) + line)];
        return lines.map((line) => truncateRight(line, width!));
      })
      .join('\n') + '\n'
  );
}
