/**
 * Terraform HCL marks its own secrets: a `variable` block with `sensitive = true` holds one in
 * its `default`, a sensitive `output` in its `value` (when that is a literal, not a reference).
 * A line scan with bracket depth (strings, comments and heredocs skipped): linear, no parser.
 */
import { MASK } from './mask-line.js';
import { isHarmlessValue } from './secret-keys.js';

const BLOCK_HEAD = /^\s*(variable|output)\s+"[^"\n]*"\s*\{\s*(?:#.*|\/\/.*)?$/;
const SENSITIVE = /^\s*sensitive\s*=\s*true\s*(?:#.*|\/\/.*)?$/;
const ATTRIBUTE = /^(\s*)(default|value)(\s*=)(.*)$/;
const HEREDOC = /<<-?\s*([A-Za-z_]\w*)/;

/** The text with sensitive variables' defaults and sensitive outputs' literal values masked. */
export function maskSensitiveHcl(text: string): string {
  if (!text.includes('sensitive')) return text;
  const lines = text.split('\n');
  const depths = lineDepths(lines);
  for (let i = 0; i < lines.length; i++) {
    const head = depths[i] === 0 ? BLOCK_HEAD.exec(lines[i]!) : null;
    if (!head) continue;
    let end = i + 1;
    while (end < lines.length && depths[end]! > 0) end++;
    const body = { from: i + 1, to: end };
    if (lines.slice(body.from, body.to).some((line, k) => depths[body.from + k] === 1 && SENSITIVE.test(line))) {
      maskAttribute(lines, depths, body, head[1] === 'variable' ? 'default' : 'value');
    }
    i = end - 1;
  }
  return lines.join('\n');
}

/** Masks `name = …` at the block's top level, and the lines it continues on (a map, a list, a heredoc). */
function maskAttribute(lines: string[], depths: number[], body: { from: number; to: number }, name: string): void {
  for (let i = body.from; i < body.to; i++) {
    const attribute = depths[i] === 1 ? ATTRIBUTE.exec(lines[i]!) : null;
    if (!attribute || attribute[2] !== name) continue;
    const comment = attribute[4]!.indexOf('#');
    const value = (comment < 0 ? attribute[4]! : attribute[4]!.slice(0, comment)).trim();
    if (isHarmlessValue(value, true)) return;
    lines[i] = `${attribute[1]}${attribute[2]}${attribute[3]} ${/^"[^"]*"$/.test(value) ? `"${MASK}"` : MASK}`;
    const heredoc = HEREDOC.exec(value);
    const continues = (k: number) => (heredoc ? lines[k]!.trim() !== heredoc[1] : depths[k]! > 1);
    for (let k = i + 1; k < body.to && continues(k); k++) lines[k] = lines[k]!.replace(/^(\s*)\S.*$/, `$1${MASK}`);
    return;
  }
}

/** The bracket depth at the start of each line. */
function lineDepths(lines: string[]): number[] {
  const depths: number[] = [];
  let depth = 0;
  let heredocEnd: string | undefined;
  for (const line of lines) {
    depths.push(depth);
    if (heredocEnd !== undefined) {
      if (line.trim() === heredocEnd) heredocEnd = undefined;
      continue;
    }
    const scanned = scanLine(line);
    depth = Math.max(0, depth + scanned.change);
    heredocEnd = scanned.heredoc;
  }
  return depths;
}

/** Net bracket change of one line outside strings and comments, and a heredoc it opens. */
function scanLine(line: string): { change: number; heredoc?: string } {
  let change = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') {
      for (i++; i < line.length && line[i] !== '"'; i++) if (line[i] === '\\') i++;
    } else if (c === '#' || (c === '/' && line[i + 1] === '/')) break;
    else if (c === '<' && line[i + 1] === '<') {
      const heredoc = HEREDOC.exec(line.slice(i));
      if (heredoc) return { change, heredoc: heredoc[1] };
    } else if (c === '{' || c === '[' || c === '(') change++;
    else if (c === '}' || c === ']' || c === ')') change--;
  }
  return { change };
}
