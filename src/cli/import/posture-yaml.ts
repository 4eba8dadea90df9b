/**
 * An import's waivers and settings written into `.posture.yaml`: a new file, or the existing one
 * with its comments and order kept. A setting the file already has is left as it is and named;
 * the result is read back with the config validator, so an import never writes a file the scan
 * would reject.
 */
import { Document, isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { parseConfig } from '../../config/index.js';
import { ConfigError } from '../../errors.js';
import type { ImportedWaiver, ImportResult } from './types.js';

export function writePostureYaml(result: ImportResult, existing: string | undefined, file: string, header: string): string {
  const doc = existing === undefined || existing.trim() === '' ? fresh(header) : parsed(existing, file);
  if (result.failOn !== undefined) {
    const current = doc.get('fail-on');
    const wanted = result.failOn.toLowerCase();
    if (current === undefined || current === null) doc.set('fail-on', wanted);
    else if (String(current).toLowerCase() !== wanted) {
      result.unmapped.push(`fail-on: ${file} already says ${String(current)}; left as is (the import says ${wanted})`);
      delete result.failOn;
    }
  }
  for (const [checkId, level] of Object.entries(result.severity)) {
    const current = doc.getIn(['severity', checkId]);
    if (current === undefined) doc.setIn(['severity', checkId], level.toLowerCase());
    else if (String(current).toLowerCase() !== level.toLowerCase()) {
      result.unmapped.push(`severity.${checkId}: ${file} already says ${String(current)}; left as is`);
      delete result.severity[checkId];
    }
  }
  if (result.waivers.length > 0) {
    if (!doc.has('waivers') || doc.get('waivers') === null) doc.set('waivers', doc.createNode([]));
    const waivers = doc.get('waivers');
    if (!isSeq(waivers)) throw new ConfigError(`${file}: waivers is not a list; cannot add the imported waivers`);
    for (const waiver of result.waivers.filter((w) => !present(waivers as YAMLSeq, w))) (waivers as YAMLSeq).add(doc.createNode(waiver));
  }
  const text = doc.toString({ lineWidth: 0 });
  parseConfig(text, file);
  return text;
}

function fresh(header: string): Document {
  const doc = new Document({});
  doc.commentBefore = ` ${header}`;
  return doc;
}

function parsed(text: string, file: string): Document {
  const doc: Document = parseDocument(text);
  if (doc.errors.length > 0) throw new ConfigError(`${file}: not valid YAML; fix it before importing into it: ${doc.errors[0].message.split('\n')[0]}`);
  if (doc.contents !== null && !isMap(doc.contents)) throw new ConfigError(`${file}: expected a mapping of settings`);
  if (doc.contents === null) doc.contents = doc.createNode({}) as YAMLMap;
  return doc;
}

/** A waiver for the same check, resource and path is already there (a second import adds nothing). */
function present(waivers: YAMLSeq, waiver: ImportedWaiver): boolean {
  return waivers.items.some((item) => {
    if (!isMap(item)) return false;
    const field = (key: string) => (item.get(key) as string | undefined) ?? undefined;
    return field('check') === waiver.check && field('resource') === waiver.resource && field('path') === waiver.path;
  });
}
