import { describe, expect, it } from '@jest/globals';
import { captureCli } from '../testing/cli.js';
import { REPO_ROOT } from '../testing/engine.js';

const WIDTHS = [60, 80, 120];

function widest(text: string): number {
  return Math.max(...text.split('\n').map((line) => [...line].length));
}

describe('the terminal table fits the terminal', () => {
  it.each(WIDTHS)('scan of every fixture at %i columns: no line wider', async (columns) => {
    const { stdout } = await captureCli(['scan', 'fixtures', '--no-fail', '--verbose'], REPO_ROOT, columns);
    expect(stdout).toMatch(/^Summary$/m);
    expect(stdout.split('\n').filter((line) => [...line].length > columns)).toEqual([]);
    expect(widest(stdout)).toBeLessThanOrEqual(columns);
  });

  it.each(WIDTHS)('checks list at %i columns: no line wider', async (columns) => {
    const { stdout } = await captureCli(['checks', 'list'], REPO_ROOT, columns);
    expect(stdout).toContain('AWS-0003');
    expect(stdout.split('\n').filter((line) => [...line].length > columns)).toEqual([]);
  });

  it('names the caller of a finding inside a module', async () => {
    const { stdout } = await captureCli(['scan', 'fixtures/terraform', '--no-fail'], REPO_ROOT, 200);
    expect(stdout).toMatch(/called from \S+\.tf:\d+ \(module "[\w-]+"\)/);
  });
});
