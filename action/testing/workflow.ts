import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './run-action.js';

/** The workflow fields this repository's workflows use (checked against workflow.schema.json). */
export interface Step {
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string | number | boolean>;
}

export interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; permissions: Record<string, string>; steps: Step[] }>;
}

/** The workflow fields this repository uses, with the types and values the runner accepts. */
export const WORKFLOW_SCHEMA = path.join(REPO_ROOT, 'action', 'testing', 'workflow.schema.json');

/** A YAML file of the repository, parsed as strictly as the runner reads it. */
export const readYaml = <T>(file: string): T =>
  parse(readFileSync(path.join(REPO_ROOT, file), 'utf8'), { strict: true, uniqueKeys: true, prettyErrors: true }) as T;
