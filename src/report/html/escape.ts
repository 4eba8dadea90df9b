/**
 * Escaping for the two places report data reaches the page's source: the JSON data block and the
 * few attribute and text values of the static shell. Everything else the page draws with DOM APIs
 * (textContent, setAttribute), never innerHTML.
 */

/**
 * JSON that is safe inside `<script type="application/json">`: `<`, `>` and `&` become `\u003c`,
 * `\u003e` and `\u0026`, so no `</script>`, `<!--` or `<script` can close or confuse the block;
 * U+2028 and U+2029 are escaped too (valid in JSON, but line terminators in older JavaScript).
 * `JSON.parse` of the block's text gives back the original value.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an HTML text node or a double-quoted attribute value. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
