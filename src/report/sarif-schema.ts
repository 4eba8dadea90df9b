/**
 * Validates a SARIF log against a vendored schema file, as the CodeQL Action's `upload-lib.ts`
 * does before uploading. The caller names the schema file, so unit and end-to-end tests share it.
 * The OASIS schema declares draft 2020-12 and the SchemaStore copy draft-07: the validator is
 * chosen from the schema's own `$schema`.
 */
import { readFileSync } from 'node:fs';
import AjvModule from 'ajv';
import Ajv2019Module from 'ajv/dist/2019.js';
import Ajv2020Module from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { GateError, getErrorMessage } from '../errors.js';

// ajv and ajv-formats are CommonJS: under Node's ESM loader the default import is
// `module.exports`, under a transpiler it may be the `exports.default` property.
type Ctor<T> = T | { default: T };
function interop<T>(module: Ctor<T>): T {
  return (module as { default?: T }).default ?? (module as T);
}
const Ajv = interop(AjvModule as unknown as Ctor<typeof AjvModule.default>);
const Ajv2019 = interop(Ajv2019Module as unknown as Ctor<typeof Ajv2019Module.default>);
const Ajv2020 = interop(Ajv2020Module as unknown as Ctor<typeof Ajv2020Module.default>);
const addFormats = interop(addFormatsModule as unknown as Ctor<typeof addFormatsModule.default>);

const validators = new Map<string, ValidateFunction>();

function compile(schemaPath: string): ValidateFunction {
  let schema: Record<string, unknown>;
  try {
    schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new GateError('INTERNAL', `load SARIF schema ${schemaPath}: ${getErrorMessage(error)}`, { cause: error });
  }
  const draft = String(schema.$schema ?? '');
  const options = { strict: false, allErrors: true, validateSchema: false };
  const ajv = draft.includes('2020-12') ? new Ajv2020(options) : draft.includes('2019-09') ? new Ajv2019(options) : new Ajv(options);
  addFormats(ajv);
  return ajv.compile(schema);
}

/** Schema errors of `log` as `<json pointer>: <message>` lines; empty when it is valid. */
export function validateSarif(log: unknown, schemaPath: string): string[] {
  let validate = validators.get(schemaPath);
  if (validate === undefined) {
    validate = compile(schemaPath);
    validators.set(schemaPath, validate);
  }
  if (validate(log)) return [];
  return (validate.errors ?? []).map(formatError);
}

function formatError(error: ErrorObject): string {
  const params = error.keyword === 'additionalProperties' ? ` (${String(error.params.additionalProperty)})` : '';
  return `${error.instancePath || '/'}: ${error.message ?? error.keyword}${params}`;
}
