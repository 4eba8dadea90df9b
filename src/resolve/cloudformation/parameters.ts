import { ConfigError, getErrorMessage } from '../../errors.js';
import { unknownValue, type UnknownValue } from '../../model/unknown.js';

/**
 * Parameter values of a stack, by parameter name. A value is unknown when the file says to keep
 * the deployed stack's value (`UsePreviousValue`), which the scanner cannot see.
 */
export type CfnParameterValues = Record<string, string | UnknownValue>;

/** What the caller knows about the stack a template is deployed as. */
export interface CfnOptions {
  /** Parameter values (from `loadCfnParameters`); they win over each parameter's `Default`. */
  parameters?: CfnParameterValues;
  /**
   * Pseudo parameter values (`{"AWS::Region": "eu-west-1"}`). Those not given stay unknown:
   * AWS::Region, AWS::AccountId, AWS::Partition, AWS::StackName, AWS::StackId, AWS::URLSuffix,
   * AWS::NotificationARNs.
   */
  pseudoParameters?: Record<string, string>;
}

const EXPECTED = 'expected the AWS CLI form [{"ParameterKey": "...", "ParameterValue": "..."}] or the CodePipeline form {"Parameters": {"Name": "value"}}';

/**
 * Reads a parameter file in the AWS CLI form (`aws cloudformation create-stack --parameters
 * file://...`) or the CodePipeline template configuration form. Throws a ConfigError naming
 * `path` when the file is neither.
 */
export function loadCfnParameters(text: string, path: string): CfnParameterValues {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new ConfigError(`${path}: CloudFormation parameter file is not valid JSON (${getErrorMessage(error)}); ${EXPECTED}`, { cause: error });
  }
  if (Array.isArray(data)) return fromCliForm(data, path);
  const parameters = isRecord(data) ? data.Parameters : undefined;
  if (isRecord(parameters)) return fromPipelineForm(parameters, path);
  throw new ConfigError(`${path}: not a CloudFormation parameter file; ${EXPECTED}`);
}

function fromCliForm(entries: unknown[], path: string): CfnParameterValues {
  const out: CfnParameterValues = {};
  entries.forEach((entry, i) => {
    const key = isRecord(entry) ? entry.ParameterKey : undefined;
    if (typeof key !== 'string' || key === '') {
      throw new ConfigError(`${path}: entry ${i + 1} has no ParameterKey; ${EXPECTED}`);
    }
    const record = entry as Record<string, unknown>;
    if (record.UsePreviousValue === true) {
      out[key] = unknownValue(`parameter ${key} keeps the deployed stack's value`);
    } else if ('ParameterValue' in record) {
      out[key] = scalarText(record.ParameterValue, key, path);
    } else {
      throw new ConfigError(`${path}: parameter ${key} has neither ParameterValue nor UsePreviousValue`);
    }
  });
  return out;
}

function fromPipelineForm(parameters: Record<string, unknown>, path: string): CfnParameterValues {
  const out: CfnParameterValues = {};
  for (const [key, value] of Object.entries(parameters)) out[key] = scalarText(value, key, path);
  return out;
}

/** CloudFormation takes every parameter value as a string (lists comma-separated). */
function scalarText(value: unknown, key: string, path: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new ConfigError(`${path}: the value of parameter ${key} must be a string`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
