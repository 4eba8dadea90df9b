import { describe, expect, it } from '@jest/globals';
import { fitLines, padToWidth, textWidth, truncateLeft, truncateRight, wrapText } from './text-width.js';

/** Resource names a user may write: Japanese, CJK with a combining mark, an emoji with a skin tone. */
const WIDE = 'aws_s3_bucket.ログ保存用バケット';

describe('text width in terminal columns', () => {
  it('counts East Asian wide characters as two columns, combining marks as none', () => {
    expect(textWidth('abc')).toBe(3);
    expect(textWidth('ログ')).toBe(4);
    expect(textWidth('e\u0301')).toBe(1);
    expect(textWidth('👍🏽')).toBe(2);
  });

  it('truncates to the width in columns and never splits a cluster', () => {
    for (let width = 2; width <= textWidth(WIDE); width++) {
      expect(textWidth(truncateLeft(WIDE, width))).toBeLessThanOrEqual(width);
      expect(textWidth(truncateRight(WIDE, width))).toBeLessThanOrEqual(width);
    }
    expect(truncateLeft(WIDE, 9)).toBe('…バケット');
    expect(truncateRight('👍🏽👍🏽ok', 4)).toBe('👍🏽…');
  });

  it('wraps wide text into lines no wider than the width, losing nothing', () => {
    const text = `${WIDE} is public ${WIDE}`;
    for (const width of [5, 8, 13, 20]) {
      const lines = wrapText(text, width);
      for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(width);
      expect(lines.join('').replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
    }
    // a character wider than the line still gets a line of its own rather than looping
    expect(wrapText('ログ', 1)).toEqual(['ロ', 'グ']);
    for (const line of fitLines(`  ${text}`, 12).split('\n')) expect(textWidth(line)).toBeLessThanOrEqual(12);
  });

  it('pads to a width in columns', () => {
    expect(padToWidth('ログ', 6)).toBe('ログ  ');
    expect(padToWidth('abc', 2)).toBe('abc');
  });
});
