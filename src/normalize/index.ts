import type { Diagnostic, ParsedDocument, Resource, SourceFormat } from '../model/index.js';
import { fileStart } from '../model/index.js';
import { getErrorMessage } from '../errors.js';
import { normalizeAwsConfig } from './aws-config/index.js';
import { normalizeCloudFormation, type CfnOptions } from './cloudformation/index.js';
import { normalizeKubernetes } from './kubernetes/index.js';
import { normalizeTerraform, type TerraformOptions } from './terraform/index.js';
import { HclIndex, normalizeTerraformPlan } from './terraform-plan/index.js';
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
  // a plan stands for the HCL of its root module (when that is scanned too): read once, from the plan
  const superseded = normalizePlans(out, byFormat.get('terraform-plan') ?? [], byFormat.get('terraform') ?? []);
  // every Terraform document at once, so a module call can read its source directory; the
  // normaliser isolates failures per root module and per module instance itself
  guarded(out, byFormat.get('terraform') ?? [], () => withoutScopes(normalizeTerraform(byFormat.get('terraform') ?? [], options.terraform), superseded));
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

/** Each plan's resources; returns the root module directories the plans stand for. */
function normalizePlans(out: Normalized, plans: ParsedDocument[], terraform: ParsedDocument[]): Set<string> {
  const superseded = new Set<string>();
  if (plans.length === 0) return superseded;
  const hcl = new HclIndex(terraform);
  for (const document of plans) {
    guarded(out, [document], () => {
      const result = normalizeTerraformPlan(document, hcl);
      if (result.supersedes !== undefined) superseded.add(result.supersedes);
      return result;
    });
  }
  return superseded;
}

function withoutScopes(result: Normalized, scopes: Set<string>): Normalized {
  return scopes.size === 0 ? result : { ...result, resources: result.resources.filter((r) => !scopes.has(r.scope)) };
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
