import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { REPO_ROOT } from '../src/testing/engine.js';
// @ts-expect-error: a plain ES module shared with eslint.config.js, no types
import { LAYERS, ORCHESTRATION } from './architecture.mjs';

const eslint = new ESLint({ cwd: REPO_ROOT });

/** The architecture messages ESLint gives `code` as if it were the file at `file`. */
async function stageErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(REPO_ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'architecture/stages').map((m) => m.message);
}

describe('docs/ARCHITECTURE.md arrows, enforced by ESLint', () => {
  it.each([
    ['src/normalize/terraform/x.ts', "import { runGate } from '../../gate.js';", 'normalize/ may not import gate.ts'],
    ['src/normalize/terraform/x.ts', "import { buildFindings } from '../../findings/index.js';", 'may not import findings/'],
    ['src/resolve/terraform/x.ts', "import { normalizeTerraform } from '../../normalize/terraform/index.js';", 'resolve/ (resolve) may not import normalize/'],
    ['src/parsers/terraform/x.ts', "import { resolveTerraform } from '../../resolve/terraform/index.js';", 'parsers/ (read) may not import resolve/'],
    ['src/model/x.ts', "import { discover } from '../discover/index.js';", 'model/ (model) may not import discover/'],
    ['src/engine/x.ts', "export * from '../report/index.js';", 'engine/ (read) may not import report/'],
    ['src/findings/x.ts', "const m = await import('../cli/main.js');", 'findings/ (findings) may not import cli/'],
    ['src/normalize/aws/x.ts', "import { readFileSync } from 'node:fs';", 'normalize/ never reads the disk'],
    ['src/fs/x.ts', "import { discover } from '../discover/index.js';", 'fs/ (boundary) may not import discover/'],
    ['src/model/x.ts', "import { Boundary } from '../fs/boundary.js';", 'model/ (model) may not import fs/'],
  ])('%s: `%s` fails lint', async (file, code, message) => {
    const errors = await stageErrors(file, code);
    expect(errors.join('\n')).toContain(message);
  });

  it.each([
    ['src/normalize/terraform/x.ts', "import { resolveTerraform } from '../../resolve/terraform/index.js';"],
    ['src/normalize/terraform/x.ts', "import { normalizeBySpec } from '../aws/spec.js';"], // normalize/aws, not src/aws
    ['src/resolve/terraform/x.ts', "import { parseTerraform } from '../../parsers/terraform/index.js';"],
    ['src/cli/x.ts', "import { runGate } from '../gate.js';"],
    ['src/findings/x.ts', "import { stackOriginOf } from '../normalize/aws-config/stack-tags.js';"],
    ['src/resolve/terraform/x.ts', "import { readFileSync } from 'node:fs';"],
    ['src/discover/x.ts', "import { Boundary } from '../fs/boundary.js';"],
    ['src/resolve/terraform/x.ts', "import { Boundary } from '../../fs/boundary.js';"],
    ['src/fs/x.ts', "import { fileStart } from '../model/index.js';"],
  ])('%s: `%s` passes', async (file, code) => {
    expect(await stageErrors(file, code)).toEqual([]);
  });

  it('places every folder of src/ in a layer (or names it as orchestration or test support)', () => {
    const placed = new Set<string>((LAYERS as { folders: string[] }[]).flatMap((l) => l.folders));
    const folders = readdirSync(path.join(REPO_ROOT, 'src'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((f) => !placed.has(f) && f !== 'testing')).toEqual([]);
    expect(ORCHESTRATION).toContain('gate.ts');
  });

  it('is the map docs/ARCHITECTURE.md draws: every layer and folder is named there', () => {
    const doc = readFileSync(path.join(REPO_ROOT, 'docs/ARCHITECTURE.md'), 'utf8');
    for (const layer of LAYERS as { folders: string[] }[]) for (const folder of layer.folders) expect(doc).toContain(`src/${folder}/`);
  });
});
