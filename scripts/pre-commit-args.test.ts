import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { valueFlags } from '../src/cli/commands.js';
import { REPO_ROOT } from '../src/testing/engine.js';

const HOOK = path.join(REPO_ROOT, 'bin/posture-pre-commit.js');

/** The hook's splitArgs, run as the hook runs (plain Node, with the built dist/cli/commands.js); argv in the environment, so the hook's own argv[1] is empty. */
function splitArgs(argv: string[]): { options: string[]; files: string[] } {
  const script = `import { splitArgs } from ${JSON.stringify(HOOK)}; process.stdout.write(JSON.stringify(splitArgs(JSON.parse(process.env.HOOK_ARGV))));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, HOOK_ARGV: JSON.stringify(argv) } })) as { options: string[]; files: string[] };
}

describe('the pre-commit hook\'s arguments', () => {
  it('takes the value of every scan flag that has one from the command table, never as a staged file', () => {
    const own = new Set(['--format', '-f', '--output', '-o', '--root']);
    const flags = valueFlags('scan').filter((flag) => !own.has(flag));
    expect(flags).toEqual(expect.arrayContaining(['--sarif-category', '--sarif-suppressed', '--show', '--color', '--max-scan-seconds', '--max-memory-mb', '--policy', '--cache-dir', '--helm', '--values', '--set', '--kustomize']));
    const argv = [...flags.flatMap((flag) => [flag, `value-of${flag}`]), '--strict', 'main.tf', 'k8s/app.yaml'];
    const { options, files } = splitArgs(argv);
    expect(files).toEqual(['main.tf', 'k8s/app.yaml']);
    expect(options).toEqual([...flags.flatMap((flag) => [flag, `value-of${flag}`]), '--strict']);
  });

  it('drops the flags the hook sets itself, with their values', () => {
    expect(splitArgs(['--format', 'sarif', '--fail-on=medium', '-o', 'x.json', '--sarif-category', 'infra', 'a.tf'])).toEqual({
      options: ['--fail-on=medium', '--sarif-category', 'infra'],
      files: ['a.tf'],
    });
  });
});
