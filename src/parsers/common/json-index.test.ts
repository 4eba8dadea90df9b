import { describe, expect, it } from '@jest/globals';
import { buildJsonIndex, nearestSpan, spanAt, spanRange } from './json-index.js';

const index = (text: string) => buildJsonIndex(text, 'f.json', []);
const textAt = (text: string, path: (string | number)[]) => {
  const span = spanAt(index(text), path);
  return span === undefined ? undefined : text.slice(span.valueStart, span.valueEnd);
};

describe('json-index lookups', () => {
  it('finds members of small containers in place, escaped keys and keys that prefix others included', () => {
    const text = '{"ab": 1, "a": {"x\\"y": [10, {"k": "v"}]}, "a\\u0062c": true, "abc": 2}';
    expect(textAt(text, ['a', 'x"y', 1, 'k'])).toBe('"v"');
    expect(textAt(text, ['ab'])).toBe('1');
    // `"a\\u0062c"` is "abc" too: a duplicate, and JSON.parse keeps the later one
    expect(textAt(text, ['abc'])).toBe('2');
    expect(textAt(text, ['a', 'x"y', 2])).toBeUndefined();
    expect(textAt(text, ['a', 'x'])).toBeUndefined();
    expect(textAt(text, ['a":"b'])).toBeUndefined();
    expect(textAt(text, [0])).toBeUndefined();
  });

  it('gives the same spans for containers big enough to be listed and cached', () => {
    const members = Array.from({ length: 400 }, (_, i) => `"key${i}": {"value": ${i}}`);
    const text = `{"items": [${Array.from({ length: 300 }, (_, i) => `{"id": ${i}}`).join(', ')}], ${members.join(', ')}, "key7": "last"}`;
    expect(textAt(text, ['items', 299, 'id'])).toBe('299');
    expect(textAt(text, ['key398', 'value'])).toBe('398');
    expect(textAt(text, ['key7'])).toBe('"last"');
    expect(textAt(text, ['items', 300])).toBeUndefined();
  });

  it('ranges start at the key, and the nearest span stops at the deepest ancestor written', () => {
    const text = '{\n  "a": {\n    "b": [1, 2]\n  }\n}';
    const positions = index(text);
    expect(spanRange(positions, spanAt(positions, ['a', 'b'])!)).toEqual({ path: 'f.json', startLine: 3, startColumn: 5, endLine: 3, endColumn: 16 });
    expect(spanRange(positions, nearestSpan(positions, ['a', 'c', 0])!)).toMatchObject({ startLine: 2, startColumn: 3 });
  });
});
