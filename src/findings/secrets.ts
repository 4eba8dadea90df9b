/**
 * Masks secret-looking values in source text before any of it reaches a report: values of keys
 * that name a secret (`password`, `client_secret`, `api-key`…, in YAML, JSON and HCL, several on
 * one minified line too), the `value` beside a `name: DB_PASSWORD`, Kubernetes Secret `data`,
 * private key blocks, and tokens recognisable on their own (AWS access key ids, GitHub, Slack,
 * Google and Stripe keys, JWTs, passwords in URLs). The key stays, the value becomes MASK; the
 * text keeps its lines, so line numbers still point where they did.
 */
import { cutComment, indentOf, MASK, maskLineContent } from './mask-line.js';
import { isHarmlessValue, isSecretKey, NAME_KEYS, VALUE_KEYS } from './secret-keys.js';
import { maskKubernetesSecrets } from './secrets-kubernetes.js';
import { maskSecretValues } from './secret-values.js';
import { ValueEnds } from './value-end.js';

export { MASK } from './mask-line.js';

const PRIVATE_KEY_BLOCK = /-----BEGIN[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----[^]*?(?:-----END[A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|$)/g;
const TOKENS = [
  /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/g,
  /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\b/g,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}/g,
  /\bAIza[0-9A-Za-z_-]{35}\b/g,
  /\b[sr]k_(?:live|test)_[0-9A-Za-z]{16,}\b/g,
  // starts only where a run of token characters starts, so a failed try is not retried inside the run
  /(?<![\w-])eyJ[\w-]{5,}\.eyJ[\w-]{5,}\.[\w-]+/g,
  // base64 of "-----BEGIN": a private key inside Secret data or user data
  /LS0tLS1CRUdJTi[A-Za-z0-9+/=]*/g,
];
/** `scheme://user:password@host`: the password only. */
const URL_PASSWORD = /((?<![a-z0-9+.-])[a-z][a-z0-9+.-]*:\/\/[^\s:/@"'`]+:)([^\s/@"'`]+)@/gi;
/** Longer values are never a reference or a flag (and judging them per key would be quadratic on a minified line). */
const MAX_REFERENCE_LENGTH = 512;
/** A key (bare or quoted) followed by `:` or `=`, not `::`, `://`, `==` or `=>`. */
const PAIR = /(?<![\w.-])(\\?["']?)([A-Za-z_][\w.-]*)\1[ \t]*([:=])(?![=>:/])[ \t]*/g;

/** Multi-line values the scan is inside of. */
type Open =
  | { kind: 'scalar'; indent: number } // a YAML block scalar under a secret key: every line is secret
  | { kind: 'nested'; indent: number } // a YAML list under a secret key (`passwords:` / `- a`): its plain items are secret
  | { kind: 'heredoc'; end: string } // an HCL heredoc under a secret key
  | { kind: 'quote'; quote: string }; // a quoted secret that continues on the next line

/** The text with secret-looking values masked; CRLF line ends become LF, the lines stay the same. */
export function maskSecrets(text: string): string {
  const masked = maskKubernetesSecrets(text.replace(/\r\n/g, '\n').replace(PRIVATE_KEY_BLOCK, maskEachLine));
  let open: Open | undefined;
  let pendingValue = 0;
  const lines = masked.split('\n').map((line) => {
    if (open?.kind === 'nested') {
      // the entries of a mapping under a secret key (`Secrets:`, a logical id `DbSecret:`) are judged by their own keys
      if (line.trim() !== '' && indentOf(line) <= open.indent) open = undefined;
      else line = maskListItem(line);
    }
    if (open && open.kind !== 'nested') {
      const inside = continueOpen(line, open);
      if (inside.done === false) return inside.line;
      open = undefined;
      line = inside.line;
    }
    const result = maskPairs(line, pendingValue > 0);
    pendingValue = result.valueUsed ? 0 : result.nameSeen ? 3 : Math.max(0, pendingValue - 1);
    open = result.open ?? (open?.kind === 'nested' ? open : undefined);
    return result.line;
  });
  return maskTokens(lines.join('\n'));
}

function maskEachLine(block: string): string {
  return block.replace(/[^\r\n]+/g, (line) => `${line.slice(0, line.length - line.trimStart().length)}${MASK}`);
}

/** Tokens never span lines, so one pass over the whole text finds them all. */
function maskTokens(text: string): string {
  let out = text;
  for (const token of TOKENS) out = out.replace(token, MASK);
  // then the shapes of secret-values.ts (webhooks, URL passwords with an `@`, `--password=`, `mysql -p…`)
  return maskSecretValues(out.replace(URL_PASSWORD, `$1${MASK}@`));
}

/** `- item` (a plain or quoted scalar, not `- key: value`) keeps its dash. */
function maskListItem(line: string): string {
  const item = /^(\s*-\s+)(?!["']?[\w.-]+["']?\s*:(?:\s|$))(\S.*)$/.exec(line);
  return item && !isHarmlessValue(cutComment(item[2]), false) ? `${item[1]}${MASK}` : line;
}

/** A line inside an open multi-line secret: masked whole, or the line that closes it. */
function continueOpen(line: string, open: Exclude<Open, { kind: 'nested' }>): { done: boolean; line: string } {
  if (open.kind === 'scalar') {
    if (line.trim() !== '' && indentOf(line) <= open.indent) return { done: true, line };
    return { done: false, line: maskLineContent(line) };
  }
  if (open.kind === 'heredoc') {
    return line.trim() === open.end ? { done: true, line } : { done: false, line: maskLineContent(line) };
  }
  const close = closingQuote(line, 0, open.quote);
  if (close < 0) return { done: false, line: maskLineContent(line) };
  return { done: true, line: `${line.slice(0, indentOf(line))}${MASK}${line.slice(close)}` };
}

/** Index of the quote that closes a string whose content starts at `from`, or -1 when it does not close on this line. */
function closingQuote(line: string, from: number, quote: string): number {
  for (let i = from; i < line.length; i++) {
    if (quote === '"' && line[i] === '\\') i++;
    else if (line[i] === quote) {
      if (quote === "'" && line[i + 1] === "'") i++; // YAML '' is an escaped quote
      else return i;
    }
  }
  return -1;
}

interface LineResult {
  line: string;
  open?: Open;
  /** A `name: DB_PASSWORD` entry: its sibling `value` is a secret. */
  nameSeen: boolean;
  valueUsed: boolean;
}

/** Masks the value of every secret key on one line; scans on past each value, so minified JSON is covered. */
function maskPairs(line: string, valueIsSecret: boolean): LineResult {
  const result: LineResult = { line, nameSeen: false, valueUsed: false };
  let out = '';
  let copied = 0;
  const ends = new ValueEnds(line);
  const blockKeyAt = blockKeyStart(line);
  PAIR.lastIndex = 0;
  for (let match = PAIR.exec(line); match; match = PAIR.exec(line)) {
    const key = match[2];
    const start = match.index + match[0].length;
    const after = line[match.index + match[0].trimEnd().length];
    if (match[3] === ':' && match[1] === '' && after !== undefined && !/[\s"']/.test(after)) {
      // `arn:aws:secretsmanager:…`, `image: nginx:1.2`: a YAML key needs a space after its colon
      PAIR.lastIndex = match.index + match[0].trimEnd().length;
      continue;
    }
    const lower = key.toLowerCase();
    const secret = isSecretKey(key) || (valueIsSecret && VALUE_KEYS.has(lower));
    const blockContext = match.index === blockKeyAt || (match.index === blockKeyAt + 1 && /["']/.test(line[blockKeyAt]));
    const value = readValue(line, start, { blockContext, hcl: match[3] === '=', ends });
    const short = value.end - value.start <= MAX_REFERENCE_LENGTH;
    if (NAME_KEYS.has(lower) && short && isSecretKey(unquote(line.slice(value.start, value.end)))) {
      result.nameSeen = true;
      valueIsSecret = true;
    }
    if (secret && VALUE_KEYS.has(lower)) result.valueUsed = true;
    if (secret && value.open) {
      const indent = indentOf(line);
      result.open = value.open === 'scalar' || value.open === 'nested' ? { kind: value.open, indent } : value.open;
    }
    const harmless = value.end > value.start && short && isHarmlessValue(line.slice(value.start, value.end), match[3] === '=');
    if (secret && value.end > value.start && !harmless) {
      out += line.slice(copied, value.start) + MASK;
      copied = value.end;
    }
    // past a masked value or a reference; otherwise inside it too: a string may hold JSON, a shell line or prose with a secret
    PAIR.lastIndex = (secret && value.end > value.start) || harmless ? value.end : start;
  }
  result.line = out + line.slice(copied);
  return result;
}

/** Where a key in block context starts: after the indent and a `- ` item marker. */
function blockKeyStart(line: string): number {
  const indent = line.length - line.trimStart().length;
  return indent + (/^-\s+/.exec(line.slice(indent))?.[0].length ?? 0);
}

function unquote(value: string): string {
  return value.replace(/^["']|["']$/g, '');
}

interface ValueSpan {
  /** The characters to mask: inside the quotes of a quoted value. */
  start: number;
  end: number;
  open?: 'scalar' | 'nested' | Extract<Open, { kind: 'heredoc' | 'quote' }>;
}

/** Where the value starting at `start` ends: a quoted string, a block or heredoc opener, or plain text. */
function readValue(line: string, start: number, at: { blockContext: boolean; hcl: boolean; ends: ValueEnds }): ValueSpan {
  const { blockContext, hcl } = at;
  const first = line[start];
  if (line.startsWith('\\"', start)) {
    // JSON inside a string: `\"password\": \"…\"`
    const close = line.indexOf('\\"', start + 2);
    return close < 0 ? { start: start + 2, end: line.length } : { start: start + 2, end: close };
  }
  if (first === '"' || first === "'") {
    const close = closingQuote(line, start + 1, first);
    if (close < 0) return { start: start + 1, end: line.length, open: { kind: 'quote', quote: first } };
    return { start: start + 1, end: close };
  }
  const heredoc = /^<<-?\s*["']?([A-Za-z_]\w*)/.exec(line.slice(start));
  if (heredoc) return { start, end: start, open: { kind: 'heredoc', end: heredoc[1] } };
  if (first === '{' || first === '[') return { start, end: start };
  const rest = line.slice(start);
  // YAML: `key: |` or `key:` with the value on the lines below; HCL never ends a line at `=`
  if (!hcl && blockContext && /^[|>][-+0-9]*\s*(?:#.*)?$/.test(rest)) return { start, end: start, open: 'scalar' };
  if (!hcl && blockContext && /^\s*(?:#.*)?$/.test(rest)) return { start, end: start, open: 'nested' };
  let end = blockContext ? at.ends.blockEnd(start) : at.ends.flowEnd(start);
  // a plain value at the end of a string it sits in (`"db password: x"`) leaves the closing quote
  while (end > start && /[,"']/.test(line[end - 1])) end--;
  return { start, end };
}
