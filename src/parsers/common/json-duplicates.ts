import type { Diagnostic } from '../../model/diagnostic.js';
import type { SourceRange } from '../../model/source.js';

interface Frame {
  keys?: Set<string>;
  /** In an object: the next string is a key. */
  expectKey: boolean;
}

/**
 * Every key written twice in the same object of a valid JSON text, as a warning at the later
 * key (JSON.parse keeps the last value silently; kubectl and CloudFormation reject the file).
 * One linear pass over the text; `text` must already have parsed.
 */
export function duplicateKeyDiagnostics(text: string, filePath: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stack: Frame[] = [];
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      lineStart = i + 1;
    } else if (c === 0x7b) stack.push({ keys: new Set(), expectKey: true });
    else if (c === 0x5b) stack.push({ expectKey: false });
    else if (c === 0x7d || c === 0x5d) stack.pop();
    else if (c === 0x2c && stack.length > 0) stack[stack.length - 1].expectKey = true;
    else if (c === 0x22) {
      const end = stringEnd(text, i);
      const frame = stack[stack.length - 1];
      if (frame?.keys && frame.expectKey) {
        frame.expectKey = false;
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (frame.keys.has(key)) out.push(duplicate(key, { path: filePath, startLine: line, startColumn: i - lineStart + 1, endLine: line, endColumn: end - lineStart + 2 }));
        frame.keys.add(key);
      }
      i = end;
    }
  }
  return out;
}

/** Index of the closing quote of the string opening at `start` (strings hold no raw newline). */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x22) return i;
  }
  return text.length - 1;
}

function duplicate(key: string, range: SourceRange): Diagnostic {
  const message = `duplicate key "${key}"; the last value is used, but kubectl and CloudFormation reject such files`;
  return { code: 'PARSE_DUPLICATE_KEY', level: 'warning', message, range };
}
