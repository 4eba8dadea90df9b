import type { Diagnostic, ParsedDocument, Resource, SourceFormat } from '../model/index.js';
import { fileStart } from '../model/index.js';
import { getErrorMessage } from '../errors.js';
import { normalizeAwsConfig } from './aws-config/index.js';
import { normalizeCloudFormation, type CfnOptions } from './cloudformation/index.js';
import { normalizeKubernetes } from './kubernetes/index.js';
import { normalizeTerraform, type TerraformOptions } from './terraform/index.js';
import { makeIdsUnique } from './unique-ids.js';

export interface NormalizeOptions {
  cloudformation?: CfnOptions;
  terraform?: TerraformOptions;
}

export interface Normalized {
  resources: Resource[];
  diagnostics: Diagnostic[];
}

/** Every document into canonical resources; a normaliser failure costs its documents, not the scan. */
export function normalizeDocuments(documents: ParsedDocument[], options: NormalizeOptions = {}): Normalized {
  const out: Normalized = { resources: [], diagnostics: [] };
  const byFormat = new Map<SourceFormat, ParsedDocument[]>();
  for (const document of documents) {
    if (document.value === undefined) continue;
    (byFormat.get(document.file.format) ?? byFormat.set(document.file.format, []).get(document.file.format)!).push(document);
  }
  // every Terraform document at once, so a module call can read its source directory; the
  // normaliser isolates failures per root module and per module instance itself
  guarded(out, byFormat.get('terraform') ?? [], () => normalizeTerraform(byFormat.get('terraform') ?? [], options.terraform));
  for (const document of byFormat.get('cloudformation') ?? []) {
    guarded(out, [document], () => normalizeCloudFormation(document, options.cloudformation));
  }
  for (const document of byFormat.get('kubernetes') ?? []) {
    guarded(out, [document], () => normalizeKubernetes(document));
  }
  for (const document of byFormat.get('aws-config') ?? []) {
    guarded(out, [document], () => normalizeAwsConfig(document));
  }
  out.diagnostics.push(...makeIdsUnique(out.resources));
  return out;
}

function guarded(out: Normalized, documents: ParsedDocument[], run: () => Normalized): void {
  if (documents.length === 0) return;
  try {
    const result = run();
    out.resources.push(...result.resources);
    out.diagnostics.push(...result.diagnostics);
  } catch (error) {
    for (const document of documents) {
      out.diagnostics.push({
        code: 'NORMALIZE_FAILED',
        level: 'error',
        message: `could not read resources: ${getErrorMessage(error)}`,
        range: fileStart(document.file.path),
      });
    }
  }
}
