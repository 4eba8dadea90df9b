/**
 * Secrets the format itself marks, masked before the line-by-line masker runs (it cannot see
 * them: the key beside the value says nothing):
 * - CloudFormation: the `Default` (and `AllowedValues`) of a `NoEcho` parameter;
 * - Terraform plans and states (JSON): every `variables.*.value` of a plan, every value a
 *   `sensitive_values` / `before_sensitive` / `after_sensitive` marker covers, the `value` and
 *   `default` of anything `sensitive: true` (outputs, variables, `.tf.json` variables);
 * - Terraform HCL: the `default` of a `sensitive = true` variable, the `value` of a sensitive output;
 * - containers (Kubernetes, ECS, compose, in YAML or JSON): in `args` / `command` lists, the item
 *   after a secret-named flag (`- --api-key` / `- abc`), and the `value` of a secret-named `env` entry.
 * JSON is read with the scanner's own one-pass index (a 5 MB plan costs one JSON.parse), YAML
 * with the `yaml` library's node ranges (aliases bounded), only when a trigger word is present.
 * The text keeps its length in lines: a masked value spanning lines keeps its line breaks.
 */
import { parseAllDocuments, type Document } from 'yaml';
import type { AttributePath } from '../model/index.js';
import { buildJsonIndex, spanAt } from '../parsers/common/json-index.js';
import { withoutBom } from '../parsers/common/json-positions.js';
import { maskSensitiveHcl } from './secrets-hcl.js';
import { MASK } from './mask-line.js';
import { isSecretKey } from './secret-keys.js';
import { isSecretFlag } from './secret-values.js';

/** Nesting followed into a value; deeper parts are not looked at (the line masker still is). */
const MAX_DEPTH = 256;
/** Larger YAML texts are left to the line masker: re-parsing them for an excerpt would cost too much. */
const MAX_YAML_CHARS = 4 * 1024 * 1024;
/**
 * Larger JSON texts are not parsed a second time for excerpts (the scan already holds one copy);
 * unread, they are not shown either: every line is masked (a one-line plan's first 240
 * characters are its variables).
 */
const MAX_JSON_CHARS = 32 * 1024 * 1024;
/** Words whose presence makes a YAML text worth parsing. */
const YAML_TRIGGERS = /NoEcho|\bargs\b|\bcommand\b|\bsensitive\b/;

type Span = [start: number, end: number];

/** The text with the values its structure marks as secret masked; the text itself when it has none or cannot be read. */
export function maskByStructure(text: string, path: string): string {
  if (/\.tf$/i.test(path)) return maskSensitiveHcl(text);
  const first = /\S/.exec(text.slice(0, 1024))?.[0];
  const json = first === '{' || first === '[';
  if (json && text.length > MAX_JSON_CHARS) return maskEveryLine(text);
  const spans = json ? jsonSpans(text, path) : yamlSpans(text);
  return spans.length === 0 ? text : maskSpans(text, spans);
}

function jsonSpans(text: string, path: string): Span[] {
  const source = withoutBom(text);
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch {
    return []; // not JSON after all (or broken): the line masker still runs
  }
  const paths = secretPaths(value);
  if (paths.length === 0) return [];
  const index = buildJsonIndex(source, path, []);
  return paths.flatMap((p) => {
    const span = spanAt(index, p);
    return span ? [[span.valueStart, span.valueEnd] as Span] : [];
  });
}

function yamlSpans(text: string): Span[] {
  if (text.length > MAX_YAML_CHARS || !YAML_TRIGGERS.test(text)) return [];
  let documents: Document.Parsed[];
  try {
    documents = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false }) as Document.Parsed[];
  } catch {
    return [];
  }
  if (!Array.isArray(documents)) return [];
  const spans: Span[] = [];
  for (const document of documents) {
    let value: unknown;
    try {
      value = document.toJS({ maxAliasCount: 100 });
    } catch {
      continue; // an alias bomb or a broken document: the line masker still runs
    }
    for (const p of secretPaths(value)) {
      const node = document.getIn(p, true) as { range?: [number, number, number] } | undefined;
      if (node?.range) spans.push([node.range[0], node.range[1]]);
    }
  }
  return spans;
}

/** Paths of the values the structure marks as secret. */
export function secretPaths(root: unknown): AttributePath[] {
  const found: AttributePath[] = [];
  if (isRecord(root) && 'format_version' in root && isRecord(root.variables)) {
    // a plan's input variables: their names say nothing reliable, a plan file carries them all in clear
    for (const name of Object.keys(root.variables)) if (isRecord(root.variables[name]) && 'value' in root.variables[name]) found.push(['variables', name, 'value']);
  }
  visit(root, [], found, 0);
  return found;
}

function visit(value: unknown, at: AttributePath, found: AttributePath[], depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => visit(item, [...at, i], found, depth + 1));
    return;
  }
  if (!isRecord(value)) return;
  markedBySibling(value, at, found);
  for (const [key, child] of Object.entries(value)) {
    if (key === 'Parameters' && isRecord(child)) noEchoDefaults(child, [...at, key], found);
    if ((key === 'args' || key === 'command') && Array.isArray(child)) flagValues(child, [...at, key], found);
    if (key === 'env' && Array.isArray(child)) envValues(child, [...at, key], found);
    visit(child, [...at, key], found, depth + 1);
  }
}

/** `sensitive: true` beside `value`/`default`; `sensitive_values` beside `values`; `*_sensitive` beside `before`/`after`. */
function markedBySibling(value: Record<string, unknown>, at: AttributePath, found: AttributePath[]): void {
  if (value.sensitive === true) for (const key of ['value', 'default']) if (key in value) found.push([...at, key]);
  const pairs: [string, string][] = [['sensitive_values', 'values'], ['before_sensitive', 'before'], ['after_sensitive', 'after']];
  for (const [marker, target] of pairs) {
    if (value[marker] !== undefined && target in value) markedLeaves(value[marker], value[target], [...at, target], found, 0);
  }
}

/** Where a sensitivity marker (true, or a structure of them mirroring the value) says true, within the value. */
function markedLeaves(marker: unknown, target: unknown, at: AttributePath, found: AttributePath[], depth: number): void {
  if (marker === true) {
    if (target !== undefined && target !== null) found.push(at);
    return;
  }
  if (depth > MAX_DEPTH || target === null || typeof target !== 'object') return;
  if (Array.isArray(marker) && Array.isArray(target)) marker.forEach((m, i) => markedLeaves(m, target[i], [...at, i], found, depth + 1));
  else if (isRecord(marker) && isRecord(target)) for (const key of Object.keys(marker)) markedLeaves(marker[key], target[key], [...at, key], found, depth + 1);
}

function noEchoDefaults(parameters: Record<string, unknown>, at: AttributePath, found: AttributePath[]): void {
  for (const [name, parameter] of Object.entries(parameters)) {
    if (!isRecord(parameter) || !['true', 'True', 'TRUE'].includes(String(parameter.NoEcho))) continue;
    for (const key of ['Default', 'AllowedValues']) if (key in parameter) found.push([...at, name, key]);
  }
}

function flagValues(items: unknown[], at: AttributePath, found: AttributePath[]): void {
  items.forEach((item, i) => {
    const next = items[i + 1];
    if (isSecretFlag(item) && typeof next === 'string' && next !== '' && !next.startsWith('-')) found.push([...at, i + 1]);
  });
}

function envValues(entries: unknown[], at: AttributePath, found: AttributePath[]): void {
  entries.forEach((entry, i) => {
    if (isRecord(entry) && typeof entry.name === 'string' && isSecretKey(entry.name) && 'value' in entry) found.push([...at, i, 'value']);
  });
}

/** Replaces each span (outermost first, nested ones skipped): a quoted string keeps its quotes, every line its indentation. */
function maskSpans(text: string, spans: Span[]): string {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let out = '';
  let copied = 0;
  for (const [start, end] of sorted) {
    if (start < copied || end <= start) continue;
    out += text.slice(copied, start) + maskedSpan(text.slice(start, end));
    copied = end;
  }
  return out + text.slice(copied);
}

function maskedSpan(value: string): string {
  const quote = value[0];
  if ((quote === '"' || quote === "'") && value.length >= 2 && value.endsWith(quote) && !value.includes('\n')) return `${quote}${MASK}${quote}`;
  return maskEveryLine(value);
}

/**
 * Each line's content becomes MASK after its indentation (empty lines stay empty). A loop, not
 * `replace(/[^\n]+/g)`: V8 runs out of stack on that over a line of tens of megabytes.
 */
function maskEveryLine(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let indent = 0;
      while (indent < line.length && (line[indent] === ' ' || line[indent] === '\t')) indent++;
      return indent === line.length || line === '\r' ? line : `${line.slice(0, indent)}${MASK}${line.endsWith('\r') ? '\r' : ''}`;
    })
    .join('\n');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
