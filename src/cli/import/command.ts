/**
 * `posture import checkov|trivy [PATH...] [--output FILE]`: reads the peer tool's suppression and
 * settings files (named, or found in the given directories, by default the current one), prints
 * the `.posture.yaml` they amount to (or merges it into `--output FILE`), and lists on stderr
 * every entry it could not map and why.
 */
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCatalog } from '../../catalog/index.js';
import { defaultPolicyDirectory } from '../../engine/index.js';
import { ConfigError } from '../../errors.js';
import { writeFileAtomic } from '../output.js';
import { importCheckovBaseline, importCheckovConfig } from './checkov.js';
import { PeerIndex, type PeerTool } from './peer-map.js';
import { writePostureYaml } from './posture-yaml.js';
import { importTrivyIgnore, importTrivyIgnoreYaml } from './trivy.js';
import { emptyResult, type ImportResult } from './types.js';

export interface ImportCommand {
  command: 'import';
  tool: PeerTool;
  paths: string[];
  output?: string;
}

interface ImportIo {
  stdout: (text: string) => unknown;
  stderr: (text: string) => void;
  cwd: string;
}

type Reader = (text: string, file: string, index: PeerIndex, result: ImportResult) => void;

const FILES: Record<PeerTool, { name: string; read: Reader }[]> = {
  checkov: [
    { name: '.checkov.yaml', read: importCheckovConfig },
    { name: '.checkov.yml', read: importCheckovConfig },
    { name: '.checkov.baseline', read: importCheckovBaseline },
  ],
  trivy: [
    { name: '.trivyignore', read: importTrivyIgnore },
    { name: '.trivyignore.yaml', read: importTrivyIgnoreYaml },
    { name: '.trivyignore.yml', read: importTrivyIgnoreYaml },
  ],
};

/** A peer file is a few kilobytes; a huge one is not what the user meant to import. */
const MAX_BYTES = 16 << 20;

export async function runImport(command: ImportCommand, io: ImportIo): Promise<void> {
  const index = new PeerIndex((await loadCatalog(defaultPolicyDirectory())).checks, command.tool);
  const sources = await findSources(command, io.cwd);
  const result = emptyResult();
  for (const { file, shown, read } of sources) read(await readSmall(file, shown), shown, index, result);
  const output = command.output === undefined ? undefined : path.resolve(io.cwd, command.output);
  const existing = output === undefined ? undefined : await readFile(output, 'utf8').catch(() => undefined);
  const header = `Imported by posture import ${command.tool} from ${sources.map((s) => s.shown).join(', ')}; review each waiver (reason, owner, expires).`;
  const text = writePostureYaml(result, existing, command.output ?? '.posture.yaml', header);
  if (output === undefined) await io.stdout(text);
  else await writeFileAtomic(output, text, command.output);
  io.stderr(summary(command, sources.map((s) => s.shown), result));
}

async function findSources(command: ImportCommand, cwd: string): Promise<{ file: string; shown: string; read: Reader }[]> {
  const known = FILES[command.tool];
  const found: { file: string; shown: string; read: Reader }[] = [];
  for (const given of command.paths.length > 0 ? command.paths : ['.']) {
    const target = path.resolve(cwd, given);
    const info = await lstat(target).catch(() => undefined);
    if (info === undefined) throw new ConfigError(`import ${command.tool}: ${given} does not exist`, { code: 'INPUT_MISSING' });
    if (!info.isDirectory()) {
      found.push({ file: target, shown: given, read: readerFor(command.tool, path.basename(target)) });
      continue;
    }
    for (const { name, read } of known) {
      const file = path.join(target, name);
      const entry = await lstat(file).catch(() => undefined);
      // a link in a checked-out tree may point anywhere: name the file itself to import it
      if (entry?.isFile()) found.push({ file, shown: path.relative(cwd, file) || name, read });
    }
  }
  if (found.length === 0) {
    const names = known.map((k) => k.name).join(', ');
    throw new ConfigError(`import ${command.tool}: none of ${names} in ${command.paths.join(', ') || 'the current directory'}`, { code: 'INPUT_MISSING' });
  }
  return found;
}

/** A named file: YAML is the settings (checkov) or the structured ignore file (trivy); anything else the other one. */
function readerFor(tool: PeerTool, base: string): Reader {
  const yaml = /\.ya?ml$/.test(base);
  if (tool === 'checkov') return yaml ? importCheckovConfig : importCheckovBaseline;
  return yaml ? importTrivyIgnoreYaml : importTrivyIgnore;
}

async function readSmall(file: string, shown: string): Promise<string> {
  const info = await lstat(file);
  if (info.size > MAX_BYTES) throw new ConfigError(`${shown} is ${info.size} bytes, more than a peer settings file holds (${MAX_BYTES}); not imported`);
  return readFile(file, 'utf8');
}

function summary(command: ImportCommand, read: string[], result: ImportResult): string {
  const settings = [
    ...(result.failOn ? [`fail-on ${result.failOn.toLowerCase()}`] : []),
    ...(Object.keys(result.severity).length > 0 ? [`${Object.keys(result.severity).length} severity override(s)`] : []),
  ];
  const lines = [`posture import ${command.tool}: read ${read.join(', ')}; ${result.waivers.length} waiver(s)${settings.length ? `, ${settings.join(', ')}` : ''} → ${command.output ?? 'stdout'}`];
  if (result.approximate.length > 0) lines.push(`mapped, with a difference (${result.approximate.length}):`, ...result.approximate.map((line) => `  - ${line}`));
  if (result.unmapped.length > 0) lines.push(`not mapped (${result.unmapped.length}):`, ...result.unmapped.map((line) => `  - ${line}`));
  return lines.join('\n') + '\n';
}
