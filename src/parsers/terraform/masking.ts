/**
 * `1e3` and `2E-2` without a fraction: valid HCL numbers (`decimal+ ("." decimal+)? (expmark
 * decimal+)?`) that the tree-sitter grammar does not accept (it wants `1.0e3`) and reads as `1`
 * followed by a new attribute `e3`. Found by the differential test against HashiCorp's HCL.
 */
const EXPONENT_WITHOUT_FRACTION = /(?<![\w.])\d+[eE][-+]?\d+(?![\w.])/g;

/**
 * The text tree-sitter parses: each such number replaced by as many zeros, so every offset,
 * line and column stays the same. The readers take literal text (numbers, strings, heredocs,
 * labels) from the original source by offset, never from the masked text; a match inside a
 * string or a comment is masked too, harmlessly, since only its length is used there.
 */
export function maskExponentNumbers(text: string): string {
  return text.replace(EXPONENT_WITHOUT_FRACTION, (m) => '0'.repeat(m.length));
}
