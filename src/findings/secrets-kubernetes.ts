/**
 * Kubernetes Secrets: every value under `data` and `stringData` is secret, whatever its key is
 * called (`config.json`, `tls.crt`), in YAML manifests (one or many documents, List items, Helm
 * templates) and in JSON ones. Keys stay visible; line structure is kept.
 */
import { cutComment, indentOf, MASK, yamlValueMasker } from './mask-line.js';

/** `kind: Secret` at some mapping indent (a `- ` item prefix counts as indentation). */
const KIND_SECRET = /^(\s*)(-\s+)?["']?kind["']?\s*:\s*["']?Secret["']?\s*(?:#.*)?$/;
const DATA_KEY = /^(\s*)(-\s+)?["']?(?:data|stringData)["']?\s*:(.*)$/;
const JSON_KIND_SECRET = /"kind"\s*:\s*"Secret"/;
const JSON_DATA = /"(?:data|stringData)"\s*:\s*\{/g;

export function maskKubernetesSecrets(text: string): string {
  if (!/Secret/.test(text)) return text;
  const trimmed = text.trimStart();
  if ((trimmed.startsWith('{') || trimmed.startsWith('[')) && JSON_KIND_SECRET.test(text)) return maskJsonSecretData(text);
  return maskYamlDocuments(text.split('\n')).join('\n');
}

function mappingIndent(match: RegExpExecArray): number {
  return match[1].length + (match[2]?.length ?? 0);
}

function maskYamlDocuments(lines: string[]): string[] {
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i === lines.length || /^(?:---|\.\.\.)(?:\s|$)/.test(lines[i])) {
      maskYamlDocument(lines, start, i);
      start = i + 1;
    }
  }
  return lines;
}

/** Masks, in place, the `data` blocks at the indent of a `kind: Secret` of lines[from, to). */
function maskYamlDocument(lines: string[], from: number, to: number): void {
  const secretIndents = new Set<number>();
  for (let i = from; i < to; i++) {
    const kind = KIND_SECRET.exec(lines[i]);
    if (kind) secretIndents.add(mappingIndent(kind));
  }
  if (secretIndents.size === 0) return;
  for (let i = from; i < to; i++) {
    const data = DATA_KEY.exec(lines[i]);
    if (!data || !secretIndents.has(mappingIndent(data))) continue;
    const indent = mappingIndent(data);
    const inline = cutComment(data[3]).trim();
    // `data: {a: b}` on one line; `data: |`-style scalars are not valid here, but masked all the same
    if (inline !== '') lines[i] = `${lines[i].slice(0, lines[i].length - data[3].length)} ${MASK}`;
    const mask = yamlValueMasker();
    for (i++; i < to && (lines[i].trim() === '' || lines[i].trimStart().startsWith('#') || indentOf(lines[i]) > indent); i++) {
      lines[i] = mask(lines[i]);
    }
    i--;
  }
}

/** In a JSON Secret, the string values of each `data` / `stringData` object; keys stay. */
function maskJsonSecretData(text: string): string {
  let out = '';
  let copied = 0;
  JSON_DATA.lastIndex = 0;
  for (let match = JSON_DATA.exec(text); match; match = JSON_DATA.exec(text)) {
    let depth = 0;
    let afterColon = false;
    let i = match.index + match[0].length - 1;
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        if (--depth === 0) break;
      } else if (c === ':') afterColon = true;
      else if (c === ',') afterColon = false;
      else if (c === '"') {
        const end = stringEnd(text, i);
        if (afterColon || depth > 1) {
          out += text.slice(copied, i + 1) + MASK;
          copied = end;
        }
        i = end;
      }
    }
    JSON_DATA.lastIndex = Math.max(i, match.index + match[0].length);
  }
  return out + text.slice(copied);
}

/** Index of the closing quote of the JSON string opening at `open` (the end of text when unclosed). */
function stringEnd(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"' || text[i] === '\n') return i;
  }
  return text.length;
}
