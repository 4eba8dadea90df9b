import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadCatalog } from '../../catalog/index.js';
import { defaultPolicyDirectory } from '../../engine/index.js';
import { importCheckovConfig } from './checkov.js';
import { PeerIndex } from './peer-map.js';
import { emptyResult } from './types.js';

let index: PeerIndex;
beforeAll(async () => {
  index = new PeerIndex((await loadCatalog(defaultPolicyDirectory())).checks, 'checkov');
});

const read = (text: string) => {
  const result = emptyResult();
  importCheckovConfig(text, '.checkov.yaml', index, result);
  return result;
};

describe('importCheckovConfig', () => {
  it('reads skip-check as a list, a comma-separated string, or comma-separated list items', () => {
    for (const text of ['skip-check: CKV_AWS_21,CKV_AWS_18', 'skip-check: [CKV_AWS_21, CKV_AWS_18]', 'skip-check:\n  - CKV_AWS_21,CKV_AWS_18']) {
      expect(read(text).waivers.map((w) => w.check)).toEqual(['AWS-0003', 'AWS-0004']);
    }
  });

  it('maps checkov\'s fail levels to fail-on: hard-fail-on over soft-fail-on over soft-fail', () => {
    expect(read('soft-fail: true').failOn).toBe('none');
    expect(read('soft-fail-on: [LOW, MEDIUM]').failOn).toBe('HIGH');
    expect(read('soft-fail-on: [CRITICAL]').failOn).toBe('none');
    expect(read('soft-fail: true\nsoft-fail-on: [MEDIUM]\nhard-fail-on: [HIGH, CRITICAL]').failOn).toBe('HIGH');
    expect(read('skip-check: [CKV_AWS_21]').failOn).toBeUndefined();
  });

  it('rejects a file that is not a mapping, naming it', () => {
    expect(() => read('- CKV_AWS_21')).toThrow(/\.checkov\.yaml: expected a mapping of checkov settings/);
    expect(() => read('skip-check: [unclosed')).toThrow(/\.checkov\.yaml: not valid YAML/);
  });
});
