import { sizeOf, type Size } from '../../budget.js';

/**
 * What a function may build, computed from its arguments before it runs, for the functions whose
 * result (or the work array behind it) can be far larger than their arguments: the budget is
 * charged first, so `join` of a string repeated a million times never allocates it. Every other
 * result is charged once built (see `callFunction`). An estimate is an upper bound.
 */
type Cost = (args: unknown[]) => Partial<Size>;

const length = (v: unknown): number => (typeof v === 'string' || Array.isArray(v) ? v.length : 0);
const sum = (values: unknown[]): number => values.reduce((n: number, v) => n + length(v), 0);

/** Occurrences of `search` in `s`, without splitting it. */
function occurrences(s: string, search: string): number {
  if (search === '') return s.length + 1;
  let n = 0;
  for (let at = s.indexOf(search); at >= 0; at = s.indexOf(search, at + search.length)) n += 1;
  return n;
}

function replaceCost([s, search, replacement]: unknown[]): Partial<Size> {
  if (typeof s !== 'string' || typeof search !== 'string' || typeof replacement !== 'string') return {};
  const regex = search.length > 1 && search.startsWith('/') && search.endsWith('/');
  return { characters: s.length + (regex ? s.length + 1 : occurrences(s, search)) * replacement.length };
}

function indentCost([n, s]: unknown[]): Partial<Size> {
  if (typeof n !== 'number' || typeof s !== 'string') return {};
  return { characters: s.length + occurrences(s, '\n') * Math.max(n, 0) };
}

export const COSTS: Readonly<Record<string, Cost>> = {
  join: ([sep, ...lists]) => ({
    characters: lists.reduce((n: number, l) => n + (Array.isArray(l) ? sum(l) + l.length * length(sep) : 0), 0),
  }),
  concat: (args) => ({ elements: sum(args) }),
  split: ([sep, s]) => (typeof sep === 'string' && typeof s === 'string' ? { elements: occurrences(s, sep) + 1 } : {}),
  flatten: ([l]) => ({ elements: sizeOf(l).elements }),
  replace: replaceCost,
  indent: indentCost,
  // the grapheme arrays these split a string into
  strrev: ([s]) => ({ elements: length(s) }),
  substr: ([s]) => ({ elements: length(s) }),
  trim: ([s]) => ({ elements: length(s) }),
  // the %v and %s of format / formatlist are charged as they are written (see format.ts)
};
