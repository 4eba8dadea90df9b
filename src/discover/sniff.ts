import type { SourceFormat } from '../model/index.js';
import { isTerraformPlanJson } from '../parsers/terraform-plan/index.js';

export type SniffResult = { format: SourceFormat } | { skip: string };

const TERRAFORM_EXTENSIONS = ['.tf', '.tf.json', '.tfvars', '.tfvars.json'];
const DOCUMENT_EXTENSIONS = ['.yaml', '.yml', '.json', '.template', '.json.gz'];

/**
 * Decides a file's format from its name first, then from its content (STYLE.md, data flow 1).
 * Content sniffing reads a bounded prefix with regular expressions rather than parsing, so that
 * discovery stays cheap; the parser of the chosen format reports real syntax errors.
 */
export function sniffFormat(fileName: string, text: string): SniffResult {
  const lower = fileName.toLowerCase();
  if (TERRAFORM_EXTENSIONS.some((ext) => lower.endsWith(ext))) return { format: 'terraform' };
  if (lower === '.posture.yaml' || lower === '.posture.yml') return { skip: 'posture-gate configuration' };
  if (!DOCUMENT_EXTENSIONS.some((ext) => lower.endsWith(ext))) return { skip: 'not an infrastructure file type' };
  if (text.trim() === '') return { skip: 'empty file' };
  const head = text.length > 65536 ? text.slice(0, 65536) : text;
  if (lower.endsWith('.json') || lower.endsWith('.json.gz')) return sniffJson(text);
  return sniffYaml(head);
}

/**
 * JSON is cheap to parse whole (hundreds of MB/s), so the decision uses the real top-level keys;
 * only a file that does not parse falls back to patterns, so that its parser can report the error.
 */
function sniffJson(text: string): SniffResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return sniffJsonText(text);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { skip: 'JSON file that is neither a CloudFormation template nor a Kubernetes manifest' };
  }
  const keys = value as Record<string, unknown>;
  if ('AWSTemplateFormatVersion' in keys || isObject(keys.Resources)) return { format: 'cloudformation' };
  if (isTerraformPlanJson(keys)) return { format: 'terraform-plan' };
  if (Array.isArray(keys.configurationItems) || Array.isArray(keys.baseConfigurationItems)) return { format: 'aws-config' };
  if (typeof keys.apiVersion === 'string' && typeof keys.kind === 'string') return { format: 'kubernetes' };
  return { skip: 'JSON file that is neither a CloudFormation template nor a Kubernetes manifest' };
}

function sniffJsonText(head: string): SniffResult {
  if (/"(base)?[cC]onfigurationItems"\s*:/.test(head)) return { format: 'aws-config' };
  if (/"format_version"\s*:/.test(head) && /"(planned_values|resource_changes|terraform_version)"\s*:/.test(head)) return { format: 'terraform-plan' };
  if (/"AWSTemplateFormatVersion"\s*:/.test(head) || /"Type"\s*:\s*"AWS::/.test(head)) return { format: 'cloudformation' };
  if (/"apiVersion"\s*:/.test(head) && /"kind"\s*:/.test(head)) return { format: 'kubernetes' };
  return { skip: 'JSON file that is neither a CloudFormation template nor a Kubernetes manifest (and not valid JSON)' };
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A template's top-level keys may be indented (every line alike, valid YAML) and it may have no
 * AWSTemplateFormatVersion: `Resources:` at the top level with an AWS (or custom) resource type
 * under it is enough. A `Resources:` nested deeper (a Serverless Framework `resources:` section)
 * is not a template.
 */
function isCloudFormationYaml(head: string): boolean {
  const keys = topLevelKeys(head);
  if (keys.has('AWSTemplateFormatVersion')) return true;
  if (keys.has('Resources') && /^[ \t]+Type[ \t]*:[ \t]*['"]?(AWS|Custom|Alexa)::/m.test(head)) return true;
  return keys.has('Transform') && /^[ \t]*Transform[ \t]*:[ \t]*['"]?AWS::Serverless/m.test(head);
}

/**
 * The keys written at the indentation of the first content line of a document (comments, blank
 * lines and `---`/`%` directives skipped), line by line: linear, and no regex built at run time.
 */
function topLevelKeys(head: string): Set<string> {
  const keys = new Set<string>();
  let indent: number | undefined;
  for (const line of head.split('\n')) {
    const content = line.trimStart();
    if (content === '' || content.startsWith('#') || content.startsWith('%')) continue;
    if (content.startsWith('---')) {
      indent = undefined;
      continue;
    }
    const depth = line.length - content.length;
    indent ??= depth;
    if (depth !== indent) continue;
    const key = /^['"]?([A-Za-z][A-Za-z0-9]*)['"]?[ \t]*:/.exec(content);
    if (key) keys.add(key[1]);
  }
  return keys;
}

function sniffYaml(head: string): SniffResult {
  // Before any manifest test: a Helm template has apiVersion and kind lines too, but is not YAML
  // until rendered. A line that starts with an action, or an action reading .Values, marks one;
  // `{{ $labels.x }}` inside a quoted string (Prometheus rules) does not.
  if (/^[ \t]*\{\{/m.test(head) || /\{\{-?\s*(\.Values|\.Release|\.Chart|include|template)\b/.test(head)) {
    return { skip: 'Helm template source: scan it with --helm CHART_DIR, or scan the output of `helm template`' };
  }
  if (isCloudFormationYaml(head)) return { format: 'cloudformation' };
  if (/^[ \t]*apiVersion[ \t]*:/m.test(head) && /^[ \t]*kind[ \t]*:/m.test(head) && !/^[ \t]*kind[ \t]*:[ \t]*Kustomization\b/m.test(head)) {
    return { format: 'kubernetes' };
  }
  if (/^[ \t]*kind[ \t]*:[ \t]*Kustomization\b/m.test(head)) {
    return { skip: 'Kustomize configuration: scan the output of `kubectl kustomize` instead' };
  }
  if (/^on\s*:/m.test(head) && /^jobs\s*:/m.test(head)) return { skip: 'GitHub Actions workflow, not infrastructure' };
  return { skip: 'YAML file that is neither a CloudFormation template nor a Kubernetes manifest' };
}
