import { describe, expect, it } from '@jest/globals';
import { MASK } from './mask-line.js';
import { maskSensitiveHcl } from './secrets-hcl.js';
import { maskByStructure } from './secrets-structure.js';
import { isSecretFlag, maskSecretValues } from './secret-values.js';

describe('maskSecretValues', () => {
  it('hands each secret to the replacer, so the history can hash it in place', () => {
    const seen: string[] = [];
    const out = maskSecretValues('postgres://u:pw1@h/db --token=pw2 sshpass -p pw3 ssh h', (secret) => (seen.push(secret), `<${seen.length}>`));
    expect(out).toBe('postgres://u:<1>@h/db --token=<3> sshpass -p <2> ssh h');
    expect(seen).toEqual(['pw1', 'pw3', 'pw2']);
  });

  it('masks once: an already masked value is left as it is', () => {
    const once = maskSecretValues('a --password=x postgres://u:y@h redis-cli -a z');
    expect(once).toBe(`a --password=${MASK} postgres://u:${MASK}@h redis-cli -a ${MASK}`);
    expect(maskSecretValues(once)).toBe(once);
  });

  it('knows a secret flag standing alone', () => {
    expect(['--api-key', '-password', '--db-token'].every(isSecretFlag)).toBe(true);
    expect(['--password-file', '--port', 'password', '--api-key=x', 3].some(isSecretFlag)).toBe(false);
  });
});

/**
 * Hostile shapes of a few hundred kilobytes, each chosen against one scan (a flag whose value is
 * another flag, unclosed quotes, long authorities, client names repeated): every one is linear.
 * Before the value scan resumed past what it read, `--token=` repeated took 20 s for 1 MB.
 */
describe('the value and structure scans are linear', () => {
  const hostile: Record<string, (n: number) => string> = {
    flagAfterFlag: (n) => '--token='.repeat(n / 8),
    unclosedQuotes: (n) => '--token="'.repeat(n / 9),
    flagsOnLines: (n) => '--token="x\n'.repeat(n / 11),
    longAuthority: (n) => `a://${'b:'.repeat(n / 2)}`,
    manyAts: (n) => `a://b:${'@'.repeat(n)}`,
    schemes: (n) => 'a://'.repeat(n / 4),
    clients: (n) => 'mysql '.repeat(n / 6),
    passwordOptions: (n) => `sshpass ${'-p '.repeat(n / 3)}`,
    hclBraces: (n) => `variable "a" {\n sensitive = true\n default = ${'{'.repeat(n)}\n}`,
    hclBlocks: (n) => 'variable "a" {\n sensitive = true\n'.repeat(n / 30),
  };
  it.each(Object.keys(hostile))('%s', (name) => {
    const text = hostile[name]!(400_000);
    const started = performance.now();
    maskSecretValues(text);
    maskSensitiveHcl(text);
    maskByStructure(text, 'x.yaml');
    expect(performance.now() - started).toBeLessThan(1_500);
  });
});
