import { readFileSync } from 'node:fs';
import Ajv2020Module from 'ajv/dist/2020.js';

// ajv is CommonJS: under Node's ESM loader the default import is `module.exports`, under a
// transpiler it may be the `exports.default` property (as src/report/sarif-schema.ts handles).
type Ajv2020Class = typeof Ajv2020Module.default;
const Ajv2020: Ajv2020Class = (Ajv2020Module as unknown as { default?: Ajv2020Class }).default ?? (Ajv2020Module as unknown as Ajv2020Class);

/** Errors of `value` against a JSON Schema 2020-12 file, as `<pointer>: <message>` lines. action/ may not import src/report. */
export function validateWithSchema(value: unknown, schemaPath: string): string[] {
  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? e.keyword}`);
}
