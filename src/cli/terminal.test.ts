import { describe, expect, it } from '@jest/globals';
import { resolveColor, resolveWidth } from './terminal.js';

describe('the terminal', () => {
  it('colours a terminal under auto; FORCE_COLOR and NO_COLOR decide otherwise; --color always|never win', () => {
    expect(resolveColor('auto', {}, true)).toBe(true);
    expect(resolveColor('auto', {}, false)).toBe(false);
    expect(resolveColor('auto', { NO_COLOR: '1' }, true)).toBe(false);
    expect(resolveColor('auto', { NO_COLOR: '' }, true)).toBe(true);
    expect(resolveColor('auto', { FORCE_COLOR: '1' }, false)).toBe(true);
    expect(resolveColor('auto', { FORCE_COLOR: '0' }, true)).toBe(true);
    expect(resolveColor('auto', { FORCE_COLOR: '0' }, false)).toBe(false);
    expect(resolveColor('never', { FORCE_COLOR: '1' }, true)).toBe(false);
    expect(resolveColor('always', { NO_COLOR: '1' }, false)).toBe(true);
  });

  it('takes the terminal width, else COLUMNS, else 100', () => {
    expect(resolveWidth(132, { COLUMNS: '80' })).toBe(132);
    expect(resolveWidth(undefined, { COLUMNS: '80' })).toBe(80);
    expect(resolveWidth(undefined, { COLUMNS: 'wide' })).toBe(100);
    expect(resolveWidth(undefined, {})).toBe(100);
  });
});
