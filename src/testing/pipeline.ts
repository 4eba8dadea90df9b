// Resolve then normalise in one call, for tests that look at canonical resources.
import type { ParsedDocument } from '../model/index.js';
import { normalizeResolved, type Normalized } from '../normalize/index.js';
import { normalizeCloudFormation, type CfnResult } from '../normalize/cloudformation/index.js';
import { normalizeTerraform } from '../normalize/terraform/index.js';
import { resolveDocuments, type ResolveOptions } from '../resolve/index.js';
import { resolveCloudFormation, type CfnOptions } from '../resolve/cloudformation/index.js';
import { resolveTerraform, type TerraformOptions } from '../resolve/terraform/index.js';

/** Every document through resolve and normalise, as the gate does. */
export function normalizeDocuments(documents: ParsedDocument[], options: ResolveOptions = {}): Normalized {
  return normalizeResolved(resolveDocuments(documents, options));
}

/** One CloudFormation template → canonical resources. */
export function normalizeTemplate(document: ParsedDocument, options: CfnOptions = {}): CfnResult {
  return normalizeCloudFormation(resolveCloudFormation(document, options));
}

/** Terraform documents → canonical resources, with the resolution's diagnostics. */
export function normalizeTerraformDocs(documents: ParsedDocument[], options: TerraformOptions = {}): Normalized {
  const resolution = resolveTerraform(documents, options);
  const normalized = normalizeTerraform(resolution);
  return { resources: normalized.resources, diagnostics: [...resolution.diagnostics, ...normalized.diagnostics] };
}
