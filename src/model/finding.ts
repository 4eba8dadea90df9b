import type { Severity } from './check.js';
import type { ModuleCallSite } from './resource.js';
import type { AttributePath, SourceFormat, SourceRange } from './source.js';

/** What a rule returns, decoded from the engine. */
export interface Violation {
  checkId: string;
  resourceId: string;
  message: string;
  attributePath: AttributePath;
}

export interface ControlRef {
  framework: string;
  control: string;
}

export interface Suppression {
  kind: 'inline' | 'config' | 'baseline';
  justification: string;
  expires?: string;
}

/** A violation joined with the catalogue, located in source and fingerprinted. */
export interface Finding {
  checkId: string;
  title: string;
  severity: Severity;
  message: string;
  resourceId: string;
  resourceType: string;
  /** The scope the resource was evaluated in (Terraform module directory, template path, `kubernetes`). */
  scope: string;
  format: SourceFormat;
  attributePath: AttributePath;
  location: SourceRange;
  /** sha256 of check id + scope + resource id + attribute path; never the line. */
  fingerprint: string;
  controls: ControlRef[];
  suppression?: Suppression;
  /**
   * A live resource created by CloudFormation whose template is in the scan: the template's
   * resource and the place in it for this finding's attribute (see `linkFindingsToTemplates`).
   */
  createdBy?: { resourceId: string; stackName: string; location: SourceRange };
  /** Terraform: the `module` blocks that led to the resource, outermost first (see `Resource.moduleCalls`). */
  moduleCalls?: ModuleCallSite[];
}

/** A check that applied to a resource but read a value the scanner could not resolve. */
export interface Inconclusive {
  checkId: string;
  resourceId: string;
  attributePath: AttributePath;
  location: SourceRange;
}
