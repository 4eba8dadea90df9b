/**
 * `.posture.yaml`: found at the scan root or given with `--config`, parsed with positions and
 * validated, so every mistake is reported with its file, line and field.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Boundary } from '../fs/boundary.js';
import { LineCounter, parseDocument } from 'yaml';
import { ConfigError } from '../errors.js';
import { validateConfig } from './validate.js';
import { YamlReader } from './yaml-reader.js';
import type { PostureConfig } from './types.js';

export type { ConfigFailOn, PostureConfig, StackTemplate, Waiver } from './types.js';
export { CONFIG_KEYS } from './validate.js';
export { isCalendarDate } from './yaml-reader.js';
export { applySeverityOverrides } from './overrides.js';

export const CONFIG_FILE_NAMES = ['.posture.yaml', '.posture.yml'] as const;

/** Parses config text; `file` is the name used in messages. */
export function parseConfig(text: string, file: string): PostureConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  const reader = new YamlReader(file, lines);
  const [first] = doc.errors;
  if (first) {
    const at = first.linePos?.[0] ?? { line: 1, col: 1 };
    throw new ConfigError(`${file}:${at.line}:${at.col}: ${first.message.split('\n')[0]}`);
  }
  return validateConfig(doc.contents, reader);
}

/** Reads a config file. Messages name it relative to `root` when it lies inside. */
export async function loadConfig(file: string, root = process.cwd()): Promise<PostureConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new ConfigError(`config file ${file} cannot be read; check the --config path`, { cause, code: 'INPUT_MISSING' });
  }
  return parseConfig(text, displayPath(file, root));
}

/**
 * `.posture.yaml` (or `.yml`) at the scan root, if there is one. It is repository content: one
 * that links out of the repository is refused, never read (its parse errors would quote it).
 */
export async function findConfigFile(root: string): Promise<string | undefined> {
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = path.join(root, name);
    const info = await stat(candidate).catch(() => undefined);
    if (!info?.isFile()) continue;
    const resolved = Boundary.of(root).resolve(candidate);
    if ('refused' in resolved) throw new ConfigError(`${name} ${resolved.refused}; not read`, { code: 'CONFIG_INVALID' });
    return candidate;
  }
  return undefined;
}

/** The explicit `--config` file, else the one at the root, else undefined (no config). */
export async function resolveConfig(root: string, explicit?: string): Promise<PostureConfig | undefined> {
  const file = explicit === undefined ? await findConfigFile(root) : path.resolve(explicit);
  return file === undefined ? undefined : loadConfig(file, root);
}

function displayPath(file: string, root: string): string {
  const relative = path.relative(root, path.resolve(file));
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (inside ? relative : file).split(path.sep).join('/');
}
