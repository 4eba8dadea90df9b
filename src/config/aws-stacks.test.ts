import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../errors.js';
import { parseConfig } from './index.js';

function messageOf(text: string): string {
  try {
    parseConfig(text, '.posture.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('aws.stacks in .posture.yaml', () => {
  it('reads stack names and globs, in file order, with where each is written', () => {
    const config = parseConfig('aws:\n  stacks:\n    prod-network: infra/network.yaml\n    "prod-app-*": infra/app.yaml\n', '.posture.yaml');
    expect(config.awsStacks).toEqual([
      { stack: 'prod-network', template: 'infra/network.yaml', source: expect.objectContaining({ path: '.posture.yaml', startLine: 3, startColumn: 5 }) },
      { stack: 'prod-app-*', template: 'infra/app.yaml', source: expect.objectContaining({ startLine: 4 }) },
    ]);
  });

  it('maps nothing when absent or empty', () => {
    expect(parseConfig('fail-on: high\n', 'c').awsStacks).toBeUndefined();
    expect(parseConfig('aws:\n', 'c').awsStacks).toEqual([]);
    expect(parseConfig('aws:\n  stacks:\n', 'c').awsStacks).toEqual([]);
  });

  it('rejects unknown keys, non-string paths and a non-mapping, naming file, line and key', () => {
    expect(messageOf('aws:\n  stack:\n    web: web.yaml\n')).toBe('.posture.yaml:2:3: unknown key in aws: "stack"; did you mean "stacks"?');
    expect(messageOf('aws:\n  stacks:\n    web: [web.yaml]\n')).toBe('.posture.yaml:3:10: aws.stacks.web must be a non-empty string');
    expect(messageOf('aws:\n  stacks:\n    web: 12\n')).toBe('.posture.yaml:3:10: aws.stacks.web must be a non-empty string');
    expect(messageOf('aws:\n  stacks: [web.yaml]\n')).toBe('.posture.yaml:2:11: aws.stacks must be a mapping');
    expect(messageOf('aws: true\n')).toBe('.posture.yaml:1:6: aws must be a mapping');
  });
});
