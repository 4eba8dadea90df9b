/**
 * Secrets recognisable by their shape or their place in a command line, wherever they appear:
 * the password of a URL (`postgres://user:pass@host`, an `@` inside the password included),
 * Slack and Discord webhook URLs, token shapes the main list lacks (Slack app, GitLab, npm),
 * the value of a secret-named flag (`--db-password=…`, `--client-secret …`), and the password
 * argument of the database and SSH clients that take one (`mysql -p…`, `sshpass -p …`,
 * `redis-cli -a …`).
 *
 * One function with a replacer, so the excerpt masker (MASK) and the history (a keyed hash that
 * still shows a change) share the same recognition. Every pattern is linear: no nested or
 * adjacent overlapping quantifiers, and each scan resumes past what it consumed.
 */
import { MASK } from './mask-line.js';
import { isHarmlessValue, isSecretKey } from './secret-keys.js';

/** What a secret becomes: MASK in excerpts, a keyed hash in the history. */
export type Replace = (secret: string) => string;

const toMask: Replace = () => MASK;

/**
 * Token shapes beside those of secrets.ts: Slack app-level tokens, GitLab and npm access tokens.
 * `{10}[…]*`, not `{10,}`: V8 keeps a backtrack entry per character of an open-ended counted
 * loop and runs out of stack on a run of tens of megabytes.
 */
const MORE_TOKENS = [/\bxapp-\d-[A-Za-z0-9-]{10}[A-Za-z0-9-]*/g, /\bglpat-[A-Za-z0-9_-]{20,}/g, /\bnpm_[A-Za-z0-9]{36}\b/g];
/** A webhook URL is its own credential: everything after the fixed prefix is secret. */
const WEBHOOK = /\b(hooks\.slack\.com\/(?:services|workflows|triggers)\/|discord(?:app)?\.com\/api\/webhooks\/)([A-Za-z0-9_/-]+)/g;
/** A URL scheme, not preceded by a scheme character (so a long word is tried once, not at every offset). */
const SCHEME = /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*:\/\//g;
/** The characters that end a URL's authority (`user:pass@host:port`). */
const AUTHORITY_END = new Set([' ', '\t', '\n', '\r', '/', '?', '#', '"', "'", '`', '<', '>', '\\']);
/** `--name=` or `--name ` (one or two dashes), not inside a word or another flag. */
const FLAG = /(?<![\w.-])--?([A-Za-z][A-Za-z0-9_.-]*)(=|[ \t]+)/g;
/** Where a flag's value ends. */
const VALUE_END = new Set([' ', '\t', '\n', '\r', '"', "'", '`', ',', ']', '}', ')', ';', '&', '|']);
/** Clients that take a password as an option: `attached` (`-pX`), `separate` (`-p X`) or both. */
const CLIENTS = /\b(mysql|mysqldump|mysqladmin|mysqlimport|mysqlshow|mysqlcheck|mariadb|mariadb-dump|sshpass|redis-cli)\b/g;
const PASSWORD_OPTION: Record<string, { flag: string; separate: boolean }> = {
  sshpass: { flag: '-p', separate: true },
  'redis-cli': { flag: '-a', separate: true },
};
const SHELL_WORDS = new Set(['<', '>', '|', '||', '&&', ';', '\\']);
/** A reference to a variable, not a value: `$DB_PASSWORD`, `${DB_PASSWORD}`, Kubernetes' `$(DB_PASSWORD)`. */
const VARIABLE = /^\$(?:[A-Za-z_]\w*|\{[A-Za-z_]\w*\}|\([A-Za-z_]\w*\))$/;
/** A flag alone (`--api-key`), whose value is the next word or list item. */
const FLAG_ALONE = /^--?([A-Za-z][A-Za-z0-9_.-]*)$/;

/** Whether a list item is a secret-named flag alone (`--api-key`), so the item after it is the secret. */
export function isSecretFlag(item: unknown): boolean {
  const flag = typeof item === 'string' ? FLAG_ALONE.exec(item) : null;
  return flag !== null && isSecretKey(flag[1]!);
}

/** The text with every secret-shaped value replaced by `replace(value)`. */
export function maskSecretValues(text: string, replace: Replace = toMask): string {
  let out = text;
  for (const token of MORE_TOKENS) out = out.replace(token, (found) => replace(found));
  out = out.replace(WEBHOOK, (_found, prefix: string, secret: string) => prefix + replace(secret));
  out = maskUrlPasswords(out, replace);
  // clients first: `-pS3cretWord next` is mysql's password, not a flag named like a secret followed by its value
  out = maskClientPasswords(out, replace);
  return maskFlagValues(out, replace);
}

/** Whether a value is already masked (by MASK or by a history hash marker), so it is not masked twice. */
function alreadyMasked(value: string): boolean {
  return value === MASK || value.startsWith('[redacted');
}

function maskUrlPasswords(text: string, replace: Replace): string {
  let out = '';
  let copied = 0;
  SCHEME.lastIndex = 0;
  for (let match = SCHEME.exec(text); match; match = SCHEME.exec(text)) {
    const start = match.index + match[0].length;
    // userinfo ends at the last `@` of the authority: a password written with a raw `@` stays whole
    let colon = -1;
    let at = -1;
    let end = start;
    for (; end < text.length && !AUTHORITY_END.has(text[end]!); end++) {
      if (text[end] === '@') at = end;
      else if (text[end] === ':' && colon < 0 && at < 0) colon = end;
    }
    SCHEME.lastIndex = end;
    if (at < 0 || colon < 0 || colon >= at - 1) continue;
    const secret = text.slice(colon + 1, at);
    if (alreadyMasked(secret)) continue;
    out += text.slice(copied, colon + 1) + replace(secret);
    copied = at;
  }
  return out + text.slice(copied);
}

function maskFlagValues(text: string, replace: Replace): string {
  let out = '';
  let copied = 0;
  FLAG.lastIndex = 0;
  for (let match = FLAG.exec(text); match; match = FLAG.exec(text)) {
    const start = match.index + match[0].length;
    // `--token --next`: another flag is no value (and is looked at as a flag itself)
    if (!isSecretKey(match[1]!) || text[start] === '-') continue;
    const value = valueAt(text, start);
    // scanned once: the next flag is looked for past this value, whether it is masked or not
    FLAG.lastIndex = Math.max(value.end, start);
    const word = text.slice(value.start, value.end);
    // `--password-stdin < file`: a shell operator is no value
    if (value.end === value.start || SHELL_WORDS.has(word) || VARIABLE.test(word) || alreadyMasked(word) || isHarmlessValue(word, false)) continue;
    out += text.slice(copied, value.start) + replace(word);
    copied = value.end;
  }
  return out + text.slice(copied);
}

/** A value starting at `start`: inside its quotes when quoted (to the closing quote, or the line's end), else up to a delimiter. */
function valueAt(text: string, start: number): { start: number; end: number } {
  const quote = text[start];
  if (quote === '"' || quote === "'") {
    let end = start + 1;
    while (end < text.length && text[end] !== quote && text[end] !== '\n') end++;
    return { start: start + 1, end };
  }
  let end = start;
  while (end < text.length && !VALUE_END.has(text[end]!)) end++;
  // Kubernetes' `$(VAR)` ends at its own parenthesis
  if (text.startsWith('$(', start) && text[end] === ')') end++;
  return { start, end };
}

/** `mysql -u root -pX db`: the option's value, in the rest of that command (up to a separator or the line's end). */
function maskClientPasswords(text: string, replace: Replace): string {
  let out = '';
  let copied = 0;
  CLIENTS.lastIndex = 0;
  for (let match = CLIENTS.exec(text); match; match = CLIENTS.exec(text)) {
    const option = PASSWORD_OPTION[match[1]!] ?? { flag: '-p', separate: false };
    let i = match.index + match[0].length;
    const stop = commandEnd(text, i);
    while (i < stop) {
      while (i < stop && (text[i] === ' ' || text[i] === '\t')) i++;
      const wordStart = i;
      while (i < stop && text[i] !== ' ' && text[i] !== '\t') i++;
      if (wordStart >= copied && text.startsWith(option.flag, wordStart) && !text.startsWith('--', wordStart)) {
        const attached = wordStart + option.flag.length < i;
        if (!attached && !option.separate) continue;
        const from = attached ? wordStart + option.flag.length : nextWord(text, i, stop);
        const value = valueAt(text, from);
        const word = text.slice(value.start, Math.min(value.end, stop));
        if (word === '' || alreadyMasked(word)) continue;
        out += text.slice(copied, value.start) + replace(word);
        copied = value.start + word.length;
        i = Math.max(i, copied);
      }
    }
    CLIENTS.lastIndex = Math.max(stop, match.index + match[0].length);
  }
  return out + text.slice(copied);
}

function nextWord(text: string, from: number, stop: number): number {
  let i = from;
  while (i < stop && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

/** Where a shell command ends: a separator or the end of the line. */
function commandEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== '\n' && text[i] !== ';' && text[i] !== '|' && text[i] !== '&') i++;
  return i;
}
