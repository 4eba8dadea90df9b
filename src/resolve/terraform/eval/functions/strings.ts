import { failure } from '../values.js';
import { graphemes, int, list, str } from './args.js';
import { formatString } from './format.js';
import { regexAll, regexMatch, regexReplace } from './regex.js';
import { check, type CallContext, type FunctionSpec } from './spec.js';

/** Characters a format verb writes, charged before it is written. */
const charger = (ctx: CallContext, name: string) => (n: number): void => ctx.scope.budget?.charge('characters', n, `${name}()`);

const strFn = (fn: (s: string) => string): FunctionSpec => ({ arity: [1, 1], fn: ([s]) => fn(str(s)) });

function trimSet(s: string, cutset: string): string {
  const set = new Set(graphemes(cutset));
  const chars = graphemes(s);
  let start = 0;
  let end = chars.length;
  while (start < end && set.has(chars[start])) start++;
  while (end > start && set.has(chars[end - 1])) end--;
  return chars.slice(start, end).join('');
}

/** The end of `s` once the characters at its end that satisfy `test` are dropped (a scan: no regex tail to backtrack). */
function endWhile(s: string, test: (c: string) => boolean): number {
  let end = s.length;
  while (end > 0 && test(s[end - 1])) end--;
  return end;
}

/** Go's unicode.IsSpace is Unicode's White_Space property; every such character is a single UTF-16 unit. */
const isSpace = (c: string): boolean => /^\p{White_Space}$/u.test(c);

/** Go's strings.TrimSpace. */
function trimSpace(s: string): string {
  let start = 0;
  while (start < s.length && isSpace(s[start])) start++;
  return s.slice(start, Math.max(start, endWhile(s, isSpace)));
}

/** `replace(s, "/re/", "$1")` runs the pattern as RE2; otherwise every occurrence of the text. */
function replace(s: string, search: string, replacement: string): string {
  if (search.length > 1 && search.startsWith('/') && search.endsWith('/')) return regexReplace(s, search.slice(1, -1), replacement);
  return s.split(search).join(replacement);
}

/** Go's strings.Title: a letter after a non-letter, non-digit, non-underscore is upper-cased. */
function title(s: string): string {
  return s.replace(/(^|[^\p{L}\p{N}_])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

function substr(s: string, offsetArg: unknown, lengthArg: unknown): string {
  const chars = graphemes(s);
  let offset = int(offsetArg, 'offset');
  const length = int(lengthArg, 'length');
  if (offset < 0) offset = Math.max(0, chars.length + offset);
  check(offset <= chars.length, 'offset is out of range');
  return chars.slice(offset, length < 0 ? undefined : offset + length).join('');
}

export const STRING_FUNCTIONS: Record<string, FunctionSpec> = {
  format: { arity: [1], fn: ([f, ...rest], ctx) => formatString(str(f, 'format'), rest, charger(ctx, 'format')) },
  formatlist: { arity: [1], fn: ([f, ...rest], ctx) => formatList(str(f, 'format'), rest, charger(ctx, 'formatlist')) },
  join: { arity: [2], fn: ([sep, ...lists]) => lists.flatMap((l) => list(l, 'list').map((v) => str(v, 'element'))).join(str(sep)) },
  split: { arity: [2, 2], fn: ([sep, s]) => str(s).split(str(sep)) },
  replace: { arity: [3, 3], fn: ([s, search, r]) => replace(str(s), str(search), str(r)) },
  lower: strFn((s) => s.toLowerCase()),
  upper: strFn((s) => s.toUpperCase()),
  title: strFn(title),
  chomp: strFn((s) => s.slice(0, endWhile(s, (c) => c === '\n' || c === '\r'))),
  strrev: strFn((s) => graphemes(s).reverse().join('')),
  trimspace: strFn(trimSpace),
  trimprefix: { arity: [2, 2], fn: ([s, p]) => (str(s).startsWith(str(p)) ? str(s).slice(str(p).length) : str(s)) },
  trimsuffix: { arity: [2, 2], fn: ([s, p]) => (str(p) !== '' && str(s).endsWith(str(p)) ? str(s).slice(0, -str(p).length) : str(s)) },
  trim: { arity: [2, 2], fn: ([s, cut]) => trimSet(str(s), str(cut)) },
  startswith: { arity: [2, 2], fn: ([s, p]) => str(s).startsWith(str(p)) },
  endswith: { arity: [2, 2], fn: ([s, p]) => str(s).endsWith(str(p)) },
  substr: { arity: [3, 3], fn: ([s, o, l]) => substr(str(s), o, l) },
  indent: { arity: [2, 2], fn: ([n, s]) => str(s).replace(/\n/g, `\n${' '.repeat(int(n))}`) },
  regex: { arity: [2, 2], fn: ([p, s]) => regexMatch(str(p), str(s)) },
  regexall: { arity: [2, 2], fn: ([p, s]) => regexAll(str(p), str(s)) },
  strcontains: { arity: [2, 2], fn: ([s, sub]) => str(s).includes(str(sub)) },
};

/** `formatlist`: list arguments are iterated together (all the same length), others repeat. */
function formatList(format: string, args: unknown[], charge: (characters: number) => void): unknown {
  const lengths = args.filter(Array.isArray).map((a) => a.length);
  if (lengths.some((n) => n !== lengths[0])) return failure('formatlist(): list arguments have different lengths');
  const n = lengths[0] ?? 1;
  return Array.from({ length: n }, (_, i) => formatString(format, args.map((a) => (Array.isArray(a) ? a[i] : a)), charge));
}
