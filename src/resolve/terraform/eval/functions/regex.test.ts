import { describe, expect, it } from '@jest/globals';
import { isUnknown } from '../../../../model/index.js';
import { evalExpr, vars } from '../expr-fixture.js';
import { isFailure } from '../values.js';

/** Long hostile strings come in through variables: the HCL parser is not what is under test. */
const long = {
  as: 'a'.repeat(100_000) + '!',
  tabs: `\u0000${'\t'.repeat(100_000)}\t\u0000`,
  newlines: `\r${'\n\r\n\r'.repeat(50_000)}\u0000`,
  zeros: `%${'0'.repeat(100_000)}`,
};
const run = (text: string) => evalExpr(text, vars(long));

describe('regex, regexall and replace run the file\'s pattern as RE2 (linear, as in Terraform)', () => {
  // Before: JavaScript's backtracking engine ran (a+)+$ on 100 KB for longer than any CI job.
  it('answers (a+)+$ on a long non-matching string', async () => {
    expect(await run('can(regex("(a+)+$", var.as))')).toBe(false);
    expect(await run('regexall("(a+)+$", var.as)')).toEqual([]);
    expect(await run('length(replace(var.as, "/(a+)+$/", "x"))')).toBe(100_001);
    expect(await run('regex("(a+)+!$", var.as)')).toEqual(['a'.repeat(100_000)]);
  });

  it('gives a string with no groups, a list for unnamed groups, a map for named ones (null where a group did not match)', async () => {
    expect(await run('regex("[a-z]+", "123abc")')).toBe('abc');
    expect(await run('regex("(\\\\d+)(x)?", "a 10")')).toEqual(['10', null]);
    expect(await run('regex("(?P<year>\\\\d{4})-(?P<month>\\\\d{2})", "on 2024-05")')).toEqual({ year: '2024', month: '05' });
    expect(await run('regexall("(?i)(a)(b)", "AB ab")')).toEqual([['A', 'B'], ['a', 'b']]);
  });

  it('reads RE2 syntax JavaScript lacks', async () => {
    expect(await run('regex("[[:digit:]]+\\\\z", "ab12")')).toBe('12');
    expect(await run('regex("\\\\pL+", "été!")')).toBe('été');
  });

  it('finds successive matches as Go does: an empty match right after a match is skipped', async () => {
    expect(await run('regexall("a*", "baaac")')).toEqual(['', 'aaa', '']);
    expect(await run('replace("baaac", "/a*/", "-")')).toBe('-b-c-');
  });

  it('expands $1, ${1}, $name, ${name} and $$ as Go does', async () => {
    expect(await run('replace("abc123", "/(?P<word>[a-z]+)(\\\\d+)/", "$2-$${word}-$${1}x-$1x-$$")')).toBe('123-abc-abcx--$');
    expect(await run('replace("ab", "/(a)/", "$")')).toBe('$b');
  });

  it('makes an invalid pattern, or one RE2 refuses, an error that can() sees, never an exception', async () => {
    for (const pattern of ['(a', '(?=a)b', '(a)\\\\1', 'a{1001}', '(?P<n>a)(b)']) {
      expect(await run(`can(regex("${pattern}", "ab"))`)).toBe(false);
      expect(isFailure(await run(`regexall("${pattern}", "ab")`))).toBe(true);
    }
    for (const pattern of ['(a', '(?=a)b']) {
      expect(await run(`can(replace("ab", "/${pattern}/", "x"))`)).toBe(false);
    }
  });

  it('leaves a match too large for the budget unknown', async () => {
    const value = await evalExpr('regex("[a-z]{1,1000}[0-9]{1,1000}x", var.s)', vars({ s: 'a'.repeat(1_000_000) }));
    expect(isUnknown(value) && !isFailure(value)).toBe(true);
  });
});

describe('string functions on hostile text (linear scans, not backtracking regexes)', () => {
  it('chomp drops every trailing newline, and only those', async () => {
    expect(await run('chomp("a\\r\\n\\n\\r")')).toBe('a');
    expect(await run('chomp(var.newlines) == var.newlines')).toBe(true);
    expect(await run('chomp("${var.newlines}x\\n")')).toBe(`${long.newlines}x`);
  });

  it('trimspace trims Unicode white space at both ends', async () => {
    expect(await run('trimspace("\\u00a0 a b\\u2003\\n")')).toBe('a b');
    expect(await run('length(trimspace(var.tabs))')).toBe(long.tabs.length);
  });

  it('format reads a long run of 0 flags without a verb as text', async () => {
    expect(await run('length(format(var.zeros))')).toBe(long.zeros.length);
    expect(await run('format("%05d|%-3s|%.2f", 42, "a", 1.5)')).toBe('00042|a  |1.50');
  });
});

describe('grapheme counting on long text', () => {
  // Before: Intl.Segmenter over a whole 100 KB string copied the string into every segment and
  // exhausted the heap; length() of a long non-ASCII string crashed the scan.
  it('counts clusters of a long non-ASCII string, across window edges', async () => {
    const s = `${'é'.repeat(50_000)}${'e\u0301'.repeat(50_000)}🇫🇷🇩🇪${'👩‍👩‍👧'.repeat(1000)}\r\n${'a\u0301'.repeat(300)}`;
    expect(await evalExpr('length(var.s)', vars({ s }))).toBe(50_000 + 50_000 + 2 + 1000 + 1 + 300);
    expect(await evalExpr('length(var.s)', vars({ s: `x${'\u0301'.repeat(2000)}y` }))).toBe(2);
    expect(await evalExpr('length("a\\r\\nb")')).toBe(3);
    expect(await evalExpr('substr(var.s, 49999, 2)', vars({ s }))).toBe('ée\u0301');
  });
});
