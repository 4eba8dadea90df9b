import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Resource } from '../../model/index.js';
import { FIXTURES, loadCase } from '../../testing/terraform-fixtures.js';
import { normalizeTerraformDocs } from '../../testing/pipeline.js';

function plain(resources: Resource[]): unknown[] {
  return resources.map((r) => ({ ...r, provenance: Object.fromEntries(r.provenance) }));
}

const CASES = ['s3-good', 's3-bad', 's3-legacy-inline', 'sg-good', 'sg-bad', 'variables', 'broken', 'modules', 'rds'];

describe('terraform fixtures (golden)', () => {
  it.each(CASES)('%s matches expected.resources.json', async (name) => {
    const { resources, diagnostics } = normalizeTerraformDocs(await loadCase(name));
    // the one expected warning: a registry module without `terraform init`
    expect(diagnostics.map((d) => d.message)).toEqual(name === 'modules' ? ['module vpc (terraform-aws-modules/vpc/aws) not resolved: run terraform init or vendor it'] : []);
    const actual = plain(resources);
    const golden = join(FIXTURES, name, 'expected.resources.json');
    if (process.env.UPDATE_GOLDEN === '1') {
      writeFileSync(golden, `${JSON.stringify(actual, null, 2)}\n`);
    }
    expect(actual).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });
});
