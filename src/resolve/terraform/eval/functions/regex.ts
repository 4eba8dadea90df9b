/**
 * Terraform's `regex`, `regexall` and `replace(s, "/re/", r)` run a pattern taken from the scanned
 * file. Terraform uses Go's RE2, which matches in time linear in the input; JavaScript's
 * backtracking engine does not (`(a+)+$` on a long string never ends). So the pattern runs on
 * re2js, a port of RE2: RE2 syntax (`(?P<name>…)`, `(?i)`, `\z`, `[[:alpha:]]`), RE2 errors
 * (no lookaround, no backreferences, repeat counts up to 1000), and Go's rules for successive
 * matches and for `$1`/`${name}` in a replacement.
 */
import { RE2JS, RE2JSException, type Matcher } from 're2js';
import { check, Unsupported } from './spec.js';

/**
 * Matching costs about (program size × input length) steps: linear, but a 1,000-instruction
 * program over a megabyte would still stall a scan. Past this the call is unknown.
 */
const MAX_WORK = 50_000_000;

export interface CompiledPattern {
  re: RE2JS;
  /** Group number → name, for the named groups. */
  names: Map<number, string>;
}

/** The pattern compiled as RE2 reads it; an invalid one is the function's error, as in Terraform. */
export function compilePattern(pattern: string): CompiledPattern {
  let re: RE2JS;
  try {
    re = RE2JS.compile(pattern);
  } catch (error) {
    if (error instanceof RE2JSException) check(false, `invalid regular expression pattern: ${error.message}`);
    throw error;
  }
  const names = new Map(Object.entries(re.namedGroups()).map(([name, index]) => [index, name] as [number, string]));
  return { re, names };
}

function matcherFor(pattern: CompiledPattern, s: string): Matcher {
  if (pattern.re.matcher('').programSize() * (s.length + 1) > MAX_WORK) throw new Unsupported('pattern and string too large to match within the budget');
  return pattern.re.matcher(s);
}

/** A match's value as Terraform gives it: the matched text, a list of groups, or a map of named groups (an unmatched group is null). */
function matchValue(pattern: CompiledPattern, m: Matcher): unknown {
  const count = pattern.re.groupCount();
  check(pattern.names.size === 0 || pattern.names.size === count, 'named and unnamed capture groups cannot be mixed');
  if (count === 0) return m.group(0);
  const groups = Array.from({ length: count }, (_, i) => m.group(i + 1));
  if (pattern.names.size === 0) return groups;
  return Object.fromEntries(groups.map((g, i) => [pattern.names.get(i + 1)!, g]));
}

/**
 * Calls `each` for successive non-overlapping matches, as Go's FindAll does: an empty match right
 * after the previous match is skipped, and an empty match moves the search on by one character.
 */
function eachMatch(m: Matcher, s: string, each: (m: Matcher) => void): void {
  let pos = 0;
  let previousEnd = -1;
  while (pos <= s.length && m.find(pos)) {
    const start = m.start();
    const end = m.end();
    if (end === pos) {
      // an empty match at pos: step over one code point
      pos += s.codePointAt(pos)! > 0xffff ? 2 : 1;
      if (start === previousEnd) {
        previousEnd = end;
        continue;
      }
    } else pos = end;
    previousEnd = end;
    each(m);
  }
}

/** `regex(pattern, s)`: the first match; no match is an error. */
export function regexMatch(pattern: string, s: string): unknown {
  const compiled = compilePattern(pattern);
  const m = matcherFor(compiled, s);
  check(m.find(), 'pattern did not match any part of the string');
  return matchValue(compiled, m);
}

/** `regexall(pattern, s)`: every match, possibly none. */
export function regexAll(pattern: string, s: string): unknown[] {
  const compiled = compilePattern(pattern);
  const out: unknown[] = [];
  eachMatch(matcherFor(compiled, s), s, (m) => out.push(matchValue(compiled, m)));
  return out;
}

/** `replace(s, "/re/", template)`: every match replaced, `$1`, `${1}`, `$name`, `${name}` and `$$` expanded as Go does. */
export function regexReplace(s: string, pattern: string, template: string): string {
  const compiled = compilePattern(pattern);
  let out = '';
  let copied = 0;
  eachMatch(matcherFor(compiled, s), s, (m) => {
    out += s.slice(copied, m.start()) + expand(template, compiled, m);
    copied = m.end();
  });
  return out + s.slice(copied);
}

const NAME_CHAR = /[\p{L}\p{Nd}_]/u;

/** Go's Regexp.Expand: `$name` takes the longest run of letters, digits and `_`; an unknown group is empty; a malformed `$` is literal. */
function expand(template: string, compiled: CompiledPattern, m: Matcher): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const dollar = template.indexOf('$', i);
    if (dollar < 0) break;
    out += template.slice(i, dollar);
    i = dollar + 1;
    if (template[i] === '$') {
      out += '$';
      i++;
      continue;
    }
    const brace = template[i] === '{';
    let end = brace ? i + 1 : i;
    while (end < template.length && NAME_CHAR.test(template[end])) end++;
    const name = template.slice(brace ? i + 1 : i, end);
    if (name === '' || (brace && template[end] !== '}')) {
      out += '$';
      continue;
    }
    i = brace ? end + 1 : end;
    out += groupText(name, compiled, m);
  }
  return out + template.slice(i);
}

function groupText(name: string, compiled: CompiledPattern, m: Matcher): string {
  let index = -1;
  if (/^\d{1,8}$/.test(name)) index = Number(name);
  else for (const [n, groupName] of compiled.names) if (groupName === name) index = n;
  if (index < 0 || index > compiled.re.groupCount()) return '';
  return m.group(index) ?? '';
}
