import { LineCounter, parseAllDocuments } from 'yaml';
import { fileStart } from '../../model/index.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { ParsedDocument } from '../../model/document.js';
import type { InputFile } from '../../model/source.js';
import { parseJsonWithPositions } from '../common/json-positions.js';
import { rangeAt, SpanTableBuilder, type Positions } from '../common/position-map.js';
import { hasSyntaxError, yamlDiagnostics } from '../common/yaml-diagnostics.js';
import { YamlWalker } from '../common/yaml-positions.js';
import { positionsLocator, rehydrateDocument, type PortableDocument } from '../portable.js';
import { kubernetesTags } from './schema.js';

/**
 * One document of a manifest file. `index` is its position among the file's documents (empty
 * ones included), so `locate([index, ...pathInManifest])` finds a line.
 */
export interface KubeDocument {
  index: number;
  manifest: Record<string, unknown>;
}

interface Collected {
  documents: KubeDocument[];
  positions: Positions;
  diagnostics: Diagnostic[];
}

/**
 * Parses a multi-document YAML or a JSON manifest file. Empty documents are skipped; a document
 * with a syntax error is left out with its diagnostics, and the others are kept. Never throws.
 */
export function parseKubernetes(file: InputFile, text: string): ParsedDocument<KubeDocument[]> {
  return rehydrateDocument(readKubernetes(file, text));
}

/** The same as plain data (for a parse worker); `rehydrateDocument` turns it into the document. */
export function readKubernetes(file: InputFile, text: string): PortableDocument<KubeDocument[]> {
  const collected = isJson(file.path, text) ? loadJson(file.path, text) : loadYaml(file.path, text);
  return { file, value: collected.documents, diagnostics: collected.diagnostics, locator: positionsLocator(collected.positions) };
}

function isJson(path: string, text: string): boolean {
  return path.toLowerCase().endsWith('.json') || /^\uFEFF?\s*\{/.test(text);
}

function loadJson(path: string, text: string): Collected {
  // An empty file has no documents, in JSON as in YAML.
  if (text.trim() === '') return { documents: [], positions: new Map(), diagnostics: [] };
  const { value, positions, diagnostics } = parseJsonWithPositions(text, path, [0]);
  const out: Collected = { documents: [], positions, diagnostics };
  if (value !== undefined) keep(out, 0, value, path, rangeAt(positions, [0]));
  return out;
}

function loadYaml(path: string, text: string): Collected {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, {
    lineCounter,
    version: '1.1',
    schema: 'yaml-1.1',
    customTags: kubernetesTags,
    merge: true,
    uniqueKeys: false,
    prettyErrors: false,
  });
  const positions = new SpanTableBuilder(path);
  const out: Collected = { documents: [], positions: new Map(), diagnostics: [] };
  // A stream of nothing but comments or directives comes back as an EmptyStream, not an array.
  if (!Array.isArray(docs)) return out;
  docs.forEach((doc, index) => {
    const diagnostics = yamlDiagnostics(doc.errors, doc.warnings, path, lineCounter);
    const walker = new YamlWalker({ filePath: path, lineCounter, doc, positions, diagnostics, reportAliases: false });
    const value = doc.contents === null ? null : walker.walk(doc.contents, [index]);
    out.diagnostics.push(...diagnostics);
    if (!hasSyntaxError(diagnostics)) keep(out, index, value, path, walker.rangeOf(doc.contents, doc.contents));
  });
  out.positions = positions.build();
  return out;
}

/** Maps are manifests; empty documents are skipped silently; anything else is reported. */
function keep(out: Collected, index: number, value: unknown, path: string, range: Diagnostic['range'] | undefined): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'object' && !Array.isArray(value)) {
    out.documents.push({ index, manifest: value as Record<string, unknown> });
    return;
  }
  out.diagnostics.push({
    code: 'PARSE_UNSUPPORTED',
    level: 'warning',
    message: `document ${index + 1} is not a mapping, so not a Kubernetes object; skipped`,
    range: range ?? fileStart(path),
  });
}
