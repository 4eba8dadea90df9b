import { readFileSync } from 'node:fs';

/** Actions that print nothing themselves (control flow, definitions, comments). */
const CONTROL = /^\{\{-?\s*(?:if|else|end|range|with|define|block|\/\*)/;

interface TemplateLine {
  line: number;
  /** The line's text between its actions; each action matches any text (a wildcard). */
  pieces: string[];
  /** True when the line has text of its own besides actions (so it matches only lines like it). */
  literal: boolean;
}

/**
 * Maps each line of Helm's rendered output to the template line that produced it, so a finding
 * can point at the template. A rendered line is matched against the template's lines with every
 * `{{ ... }}` action read as a wildcard, searching forward from the previous match (templates
 * render in order): first a line with text of its own (`privileged: {{ .Values.x }}`), else a
 * line that is one output action (`{{ toYaml .Values.resources | nindent 12 }}`). A line that
 * matches nothing maps to 0 (unknown): it is not attributed to a nearby line by guess.
 */
export function mapTemplateLines(templateFile: string, rendered: string): number[] {
  const template = compile(readFileSync(templateFile, 'utf8'));
  const map = [0];
  let from = 0;
  for (const text of rendered.split('\n')) {
    const line = text.trim();
    if (line === '---' || line.startsWith('# Source:')) {
      from = 0;
      map.push(0);
      continue;
    }
    const index = line === '' ? -1 : findLine(template, line, from);
    map.push(index < 0 ? 0 : template[index].line);
    if (index >= 0) from = index;
  }
  return map;
}

function findLine(template: TemplateLine[], line: string, from: number): number {
  const literal = (start: number) => template.findIndex((t, i) => i >= start && t.literal && matchesPieces(t.pieces, line));
  const forward = literal(from);
  if (forward >= 0) return forward;
  const action = template.findIndex((t, i) => i >= from && !t.literal && matchesPieces(t.pieces, line));
  // A `range` loop renders a part of the template again: look back from the start as a last resort.
  return action >= 0 ? action : literal(0);
}

function compile(text: string): TemplateLine[] {
  const out: TemplateLine[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || CONTROL.test(line)) return;
    const pieces = splitActions(line);
    const literal = pieces.some((piece) => piece.trim() !== '');
    if (!literal && pieces.length === 1) return;
    out.push({ line: i + 1, pieces, literal });
  });
  return out;
}

/**
 * The text around each Go-template action (`{{ ... }}`, `{{- ... -}}`: from `{{` to the first
 * `}}` after it); an unclosed `{{` is text. Two `indexOf`s per action: a lazy regex retried from
 * every `{{` of an unclosed run was quadratic.
 */
function splitActions(line: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (let open = line.indexOf('{{'); open >= 0; open = line.indexOf('{{', from)) {
    const close = line.indexOf('}}', open + 2);
    if (close < 0) break;
    pieces.push(line.slice(from, open));
    from = close + 2;
  }
  pieces.push(line.slice(from));
  return pieces;
}

/**
 * Whether `text` is the pieces with anything between them (a glob with `*` for each action).
 * Taking each middle piece at its first occurrence is always right for such a pattern, so this is
 * one left-to-right pass; the regex it replaces (`^a.*b.*c$`) backtracked polynomially in the
 * number of actions, and a 243-byte template hung the scan.
 */
export function matchesPieces(pieces: string[], text: string): boolean {
  if (pieces.length === 1) return text === pieces[0];
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (text.length < first.length + last.length || !text.startsWith(first) || !text.endsWith(last)) return false;
  const limit = text.length - last.length;
  let pos = first.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const at = text.indexOf(pieces[i], pos);
    if (at < 0 || at + pieces[i].length > limit) return false;
    pos = at + pieces[i].length;
  }
  return true;
}
