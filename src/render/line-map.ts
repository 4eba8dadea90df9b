import { readFileSync } from 'node:fs';

/** A Go-template action: `{{ ... }}`, `{{- ... -}}`. */
const ACTION = /\{\{-?[\s\S]*?-?\}\}/g;
/** Actions that print nothing themselves (control flow, definitions, comments). */
const CONTROL = /^\{\{-?\s*(?:if|else|end|range|with|define|block|\/\*)/;

interface TemplateLine {
  line: number;
  pattern: RegExp;
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
  const literal = (start: number) => template.findIndex((t, i) => i >= start && t.literal && t.pattern.test(line));
  const forward = literal(from);
  if (forward >= 0) return forward;
  const action = template.findIndex((t, i) => i >= from && !t.literal && t.pattern.test(line));
  // A `range` loop renders a part of the template again: look back from the start as a last resort.
  return action >= 0 ? action : literal(0);
}

function compile(text: string): TemplateLine[] {
  const out: TemplateLine[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || CONTROL.test(line)) return;
    const pieces = line.split(ACTION);
    const literal = pieces.some((piece) => piece.trim() !== '');
    if (!literal && !ACTION.test(line)) return;
    ACTION.lastIndex = 0;
    const source = pieces.map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*');
    out.push({ line: i + 1, pattern: new RegExp(`^${source}$`), literal });
  });
  return out;
}
