/** What the terminal the report goes to can take: colour and width. */

export type ColorMode = 'auto' | 'always' | 'never';

/**
 * Colour under `--color auto` (the default): FORCE_COLOR (any value but 0/false) turns it on, a
 * non-empty NO_COLOR (no-color.org) off, otherwise only a terminal gets it. `--color always|never`
 * override both.
 */
export function resolveColor(mode: ColorMode, env: NodeJS.ProcessEnv, isTty: boolean): boolean {
  if (mode === 'always') return true;
  if (mode === 'never') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '0' && force !== 'false') return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTty;
}

/** A width a table can be drawn in: the terminal's own, else COLUMNS, else 100 (a pipe, a CI log). */
export function resolveWidth(columns: number | undefined, env: NodeJS.ProcessEnv): number {
  if (columns !== undefined && Number.isInteger(columns) && columns > 0) return columns;
  const fromEnv = Number(env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return 100;
}
