import type { Deadline, Diagnostic, ParsedDocument, SourceFormat } from '../model/index.js';
import { fileStart } from '../model/index.js';
import { getErrorMessage } from '../errors.js';
import { resolveCloudFormationStacks, type CfnOptions, type ResolvedTemplate } from './cloudformation/index.js';
import { resolveTerraform, type Manifests, type TerraformOptions, type TerraformResolution } from './terraform/index.js';
import { HclIndex, resolveTerraformPlan, type PlanResolution } from './terraform-plan/index.js';

export interface ResolveOptions {
  cloudformation?: CfnOptions;
  terraform?: TerraformOptions;
}

/** What discover read for the resolver besides documents. */
export interface ResolveInputs {
  /** `.terraform/modules/modules.json` of each Terraform directory that has one. */
  manifests?: Manifests;
  /** Checked between documents: those not reached when it passes are diagnostics, not resolved. */
  deadline?: Deadline;
}

/** Every parsed document as its own engine would deploy it, ready to be mapped onto the canonical model. */
export interface Resolved {
  /** Every Terraform root module of the scan, with the modules it calls. */
  terraform: TerraformResolution;
  /** Terraform plans and states (`terraform show -json`). */
  plans: PlanResolution[];
  /**
   * CloudFormation templates: each scanned template, then the templates of its nested stacks as
   * deployed under it. A template read only because a scanned one nests it is reported only
   * through its parent.
   */
  templates: ResolvedTemplate[];
  /** Documents read as written: Kubernetes manifests, AWS Config snapshots and live items. */
  asWritten: ParsedDocument[];
  /** What could not be resolved; a failure costs its own documents only. */
  diagnostics: Diagnostic[];
}

/** parse → resolve: the resolve stage of the scan. */
export function resolveDocuments(documents: ParsedDocument[], options: ResolveOptions = {}, inputs: ResolveInputs = {}): Resolved {
  const byFormat = new Map<SourceFormat, ParsedDocument[]>();
  for (const document of documents) {
    if (document.value === undefined) continue;
    (byFormat.get(document.file.format) ?? byFormat.set(document.file.format, []).get(document.file.format)!).push(document);
  }
  const of = (format: SourceFormat) => byFormat.get(format) ?? [];
  const diagnostics: Diagnostic[] = [];
  const hcl = of('terraform-plan').length > 0 ? new HclIndex(of('terraform')) : undefined;
  const step = timely(diagnostics, inputs.deadline, 'resolve');
  const plans = of('terraform-plan').flatMap((document) => step([document], () => [resolveTerraformPlan(document, hcl!)]) ?? []);
  // every Terraform document at once, so a module call can read its source directory; the
  // resolver isolates failures per root module and per module instance itself
  const terraform = step(of('terraform'), () => resolveTerraform(of('terraform'), options.terraform, inputs.manifests)) ?? { roots: [], diagnostics: [] };
  const templates = resolveTemplates(of('cloudformation'), documents.filter((d) => d.file.format === 'cloudformation'), options.cloudformation, diagnostics, step);
  // read as written: resolving is nothing, but their normalising would come after the deadline too
  const asWritten = [...of('kubernetes'), ...of('aws-config')].filter((document) => step([document], () => true) === true);
  return { terraform, plans, templates, asWritten, diagnostics };
}

/**
 * `guarded`, unless the deadline has passed: then the step is not run, and each of its documents
 * gets the diagnostic that it was not taken through `stage`.
 */
export function timely(diagnostics: Diagnostic[], deadline: Deadline | undefined, stage: string) {
  return <T>(documents: ParsedDocument[], run: () => T): T | undefined => {
    if (documents.length === 0) return undefined;
    if (deadline?.expired()) {
      for (const document of documents) diagnostics.push(deadline.notReached(document.file.path, stage));
      return undefined;
    }
    deadline?.at(stage, documents.length === 1 ? documents[0].file.path : `${documents.length} ${documents[0].file.format} files`);
    return guarded(diagnostics, documents, run);
  };
}

/** `documents`: the templates with a value; `all`: every CloudFormation document read, parsed or not (a nested stack may name any). */
function resolveTemplates(
  documents: ParsedDocument[], all: ParsedDocument[], options: CfnOptions | undefined, diagnostics: Diagnostic[], step: ReturnType<typeof timely>,
): ResolvedTemplate[] {
  const byPath = new Map(all.map((d) => [d.file.path, d]));
  const roots = documents.filter((d) => d.file.dependency !== true);
  const templates = roots.flatMap((document) => step([document], () => resolveCloudFormationStacks(document, options ?? {}, byPath)) ?? []);
  // a template scanned on its own and nested too is resolved twice: what is wrong with it is said once
  const said = new Set<string>();
  for (const template of templates) {
    template.diagnostics = template.diagnostics.filter((d) => {
      const key = JSON.stringify([d.code, d.message, d.range]);
      return !said.has(key) && said.add(key) !== undefined;
    });
  }
  return templates;
}

/** Runs one step; an exception becomes a diagnostic on each of its documents. */
export function guarded<T>(diagnostics: Diagnostic[], documents: ParsedDocument[], run: () => T): T | undefined {
  if (documents.length === 0) return undefined;
  try {
    return run();
  } catch (error) {
    for (const document of documents) {
      diagnostics.push({ code: 'NORMALIZE_FAILED', level: 'error', message: `could not read resources: ${getErrorMessage(error)}`, range: fileStart(document.file.path) });
    }
    return undefined;
  }
}
