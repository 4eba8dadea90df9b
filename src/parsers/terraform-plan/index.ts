import type { Diagnostic } from '../../model/diagnostic.js';
import type { ParsedDocument } from '../../model/document.js';
import type { AttributePath, InputFile } from '../../model/source.js';
import { parseJsonWithPositions } from '../common/json-positions.js';
import { fileStart, locateIn, type Positions } from '../common/position-map.js';
import { positionsLocator, rehydrateDocument, type PortableDocument } from '../portable.js';
import type { PlanJson, PlanModule, PlanResource } from './plan-types.js';

export type * from './plan-types.js';

/**
 * `terraform show -json` output this scanner reads: 1.x (Terraform 1.1 and later; minor versions only
 * add fields), and 0.1 (Terraform 0.12–0.14) and 0.2 (0.15–1.0), whose fields are a subset of 1.x
 * with the same meaning. 0.1 has no `sensitive_values`/`after_sensitive`, so it marks no value as
 * sensitive; neither has `relevant_attributes` nor `checks`, which the scanner does not read.
 */
export function isSupportedFormat(version: unknown): boolean {
  return typeof version === 'string' && (/^1\.\d+$/.test(version) || version === '0.1' || version === '0.2');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when parsed JSON is `terraform show -json` output: a plan, or a state (format sniffing). */
export function isTerraformPlanJson(value: unknown): boolean {
  if (!isRecord(value) || typeof value.format_version !== 'string') return false;
  return 'planned_values' in value || 'resource_changes' in value || 'configuration' in value || isRecord(value.values);
}

/** A resource entry the normaliser can read; anything else was reported by the parser. */
export function isPlanResource(value: unknown): value is PlanResource {
  return isRecord(value) && typeof value.address === 'string' && typeof value.type === 'string' && typeof value.name === 'string'
    && (value.mode === 'managed' || value.mode === 'data') && (value.values === undefined || value.values === null || isRecord(value.values));
}

/** `planned_values` of a plan, `values` of a state: where the resources are, and under which key. */
export function valuesKey(plan: PlanJson): 'planned_values' | 'values' | undefined {
  if (isRecord(plan.planned_values)) return 'planned_values';
  return isRecord(plan.values) ? 'values' : undefined;
}

class Checker {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly file: InputFile,
    private readonly positions: Positions,
  ) {}

  problem(path: AttributePath, message: string, code: 'PARSE_UNSUPPORTED' | 'PLAN_UNSUPPORTED' = 'PARSE_UNSUPPORTED'): void {
    const range = locateIn(this.positions, path) ?? fileStart(this.file.path);
    this.diagnostics.push({ code, level: 'error', message, range });
  }

  module(module: unknown, path: AttributePath): void {
    if (!isRecord(module)) return this.problem(path, 'a module in the plan is not an object; its resources are not scanned');
    const { resources, child_modules: children } = module as PlanModule & Record<string, unknown>;
    if (resources !== undefined && !Array.isArray(resources)) this.problem([...path, 'resources'], '"resources" is not a list; the module\'s resources are not scanned');
    (Array.isArray(resources) ? resources : []).forEach((resource, i) => {
      if (!isPlanResource(resource)) this.problem([...path, 'resources', i], 'a resource needs a string address, type, name and mode and an object of values; it is not scanned');
    });
    if (children !== undefined && !Array.isArray(children)) return this.problem([...path, 'child_modules'], '"child_modules" is not a list; those modules are not scanned');
    (Array.isArray(children) ? children : []).forEach((child, i) => this.module(child, [...path, 'child_modules', i]));
  }
}

/**
 * Reads `terraform show -json` output (a plan, or a state). `value` is the JSON as written;
 * `locate` takes paths into it (`['planned_values', 'root_module', 'resources', 0, 'values', 'bucket']`).
 * Problems (bad JSON, an unsupported format_version, malformed entries) are diagnostics with the
 * line they are on; malformed entries are left for the normaliser to skip. Never throws.
 */
export function readTerraformPlan(file: InputFile, text: string): PortableDocument<PlanJson | undefined> {
  const parsed = parseJsonWithPositions(text, file.path);
  if (parsed.value === undefined) return { file, value: undefined, diagnostics: parsed.diagnostics, locator: { kind: 'none' } };
  const checker = new Checker(file, parsed.positions);
  const plan = parsed.value;
  const locator = positionsLocator(parsed.positions);
  if (!isTerraformPlanJson(plan)) {
    checker.problem([], 'not a Terraform plan or state in JSON: expected "format_version" and "planned_values" (terraform show -json)', 'PLAN_UNSUPPORTED');
    return { file, value: undefined, diagnostics: checker.diagnostics, locator };
  }
  const { format_version: version } = plan as PlanJson;
  if (!isSupportedFormat(version)) {
    checker.problem(['format_version'], `format_version ${JSON.stringify(version)} is not supported: this scanner reads 1.x, 0.2 and 0.1 (Terraform 0.12 and later)`, 'PLAN_UNSUPPORTED');
    return { file, value: undefined, diagnostics: checker.diagnostics, locator };
  }
  const key = valuesKey(plan as PlanJson);
  if (key === undefined) {
    checker.problem([], 'the plan has no "planned_values" (nor a state\'s "values"): nothing to scan');
  } else {
    const root = (plan as Record<string, Record<string, unknown>>)[key].root_module;
    if (root !== undefined) checker.module(root, [key, 'root_module']);
  }
  return { file, value: plan as PlanJson, diagnostics: checker.diagnostics, locator };
}

export function parseTerraformPlan(file: InputFile, text: string): ParsedDocument<PlanJson | undefined> {
  return rehydrateDocument(readTerraformPlan(file, text));
}
