import { LineCounter, parseDocument } from 'yaml';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { ParsedDocument } from '../../model/document.js';
import type { InputFile } from '../../model/source.js';
import { parseJsonWithPositions } from '../common/json-positions.js';
import { fileStart, rangeAt, SpanTableBuilder, type Positions } from '../common/position-map.js';
import { hasSyntaxError, yamlDiagnostics } from '../common/yaml-diagnostics.js';
import { YamlWalker } from '../common/yaml-positions.js';
import { positionsLocator, rehydrateDocument, type PortableDocument } from '../portable.js';
import { convertIntrinsic } from './intrinsics.js';
import { cloudFormationTags } from './schema.js';

interface Loaded {
  value: unknown;
  positions: Positions;
  diagnostics: Diagnostic[];
}

/**
 * Parses a CloudFormation template (YAML or JSON) into its long-form JSON shape with a
 * path → range map. Never throws: a broken file gives `{}` and diagnostics with line and column.
 */
export function parseCloudFormation(file: InputFile, text: string): ParsedDocument<Record<string, unknown>> {
  return rehydrateDocument(readCloudFormation(file, text));
}

/** The same as plain data (for a parse worker); `rehydrateDocument` turns it into the document. */
export function readCloudFormation(file: InputFile, text: string): PortableDocument<Record<string, unknown>> {
  const loaded = looksLikeJson(file.path, text) ? loadJson(file.path, text) : loadYaml(file.path, text);
  const { positions, diagnostics } = loaded;
  const locator = positionsLocator(positions);
  if (hasSyntaxError(diagnostics)) return { file, value: {}, diagnostics, locator };
  if (!isRecord(loaded.value)) {
    diagnostics.push({
      code: 'PARSE_UNSUPPORTED',
      level: 'error',
      message: 'a CloudFormation template must be a mapping at the top level',
      range: rangeAt(positions, []) ?? fileStart(file.path),
    });
    return { file, value: {}, diagnostics, locator };
  }
  return { file, value: loaded.value, diagnostics, locator };
}

function looksLikeJson(path: string, text: string): boolean {
  return path.toLowerCase().endsWith('.json') || /^\uFEFF?\s*\{/.test(text);
}

/** A `{`-leading file that is not strict JSON may still be flow-style YAML: try that too. */
function loadJson(path: string, text: string): Loaded {
  const json = parseJsonWithPositions(text, path);
  if (!hasSyntaxError(json.diagnostics) || path.toLowerCase().endsWith('.json')) return json;
  const yaml = loadYaml(path, text);
  return hasSyntaxError(yaml.diagnostics) ? json : yaml;
}

function loadYaml(path: string, text: string): Loaded {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    schema: 'core',
    customTags: cloudFormationTags,
    uniqueKeys: false,
    prettyErrors: false,
    keepSourceTokens: false,
  });
  const diagnostics = yamlDiagnostics(doc.errors, doc.warnings, path, lineCounter);
  const positions = new SpanTableBuilder(path);
  const walker = new YamlWalker({
    filePath: path,
    lineCounter,
    doc,
    positions,
    diagnostics,
    onTag: convertIntrinsic,
    reportAliases: true,
  });
  return { value: walker.walk(doc.contents, []), positions: positions.build(), diagnostics };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
