import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParsedDocument } from '../model/index.js';
import { parseTerraform } from '../parsers/terraform/index.js';

// Test support only (shared by the golden and behaviour tests; a *.test.ts cannot be imported
// without registering its tests twice).

export const FIXTURES = fileURLToPath(new URL('../../fixtures/terraform/', import.meta.url));

/** Parses every Terraform file of a fixture case (subdirectories too), with the case directory as the scan root. */
export async function loadCase(name: string): Promise<ParsedDocument[]> {
  const dir = join(FIXTURES, name);
  const files = (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => f.split('\\').join('/'))
    .filter((f) => /\.(tf|tfvars)(\.json)?$/.test(f))
    .sort();
  return Promise.all(
    files.map((f) => parseTerraform({ absolutePath: join(dir, f), path: f, format: 'terraform' }, readFileSync(join(dir, f), 'utf8'))),
  );
}
