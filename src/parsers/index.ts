import type { Diagnostic, InputFile, ParsedDocument } from '../model/index.js';
import { fileStart } from '../model/index.js';
import { getErrorMessage } from '../errors.js';
import { readAwsConfigSnapshot } from './aws-config/index.js';
import { readCloudFormation } from './cloudformation/index.js';
import { readKubernetes } from './kubernetes/index.js';
import { rehydrateDocument, type PortableDocument } from './portable.js';
import { readTerraform } from './terraform/index.js';
import { readTerraformPlan } from './terraform-plan/index.js';

/**
 * Parses one file in its format. Parsers collect syntax errors as diagnostics; anything they
 * throw anyway (a parser bug) is turned into a diagnostic here too, so one file never stops a scan.
 */
export async function parseInput(file: InputFile, text: string): Promise<ParsedDocument> {
  try {
    return rehydrateDocument(await readInput(file, text));
  } catch (error) {
    return rehydrateDocument(failedDocument(file, `could not parse: ${getErrorMessage(error)}`));
  }
}

/**
 * Parses one file into plain data (what a parse worker sends back). Unlike `parseInput` it
 * throws what the parser throws, so the caller can retry the file in the main thread.
 */
export async function readInput(file: InputFile, text: string): Promise<PortableDocument> {
  switch (file.format) {
    case 'terraform':
      return await readTerraform(file, text);
    case 'cloudformation':
      return readCloudFormation(file, text);
    case 'kubernetes':
      return readKubernetes(file, text);
    case 'aws-config':
      return readAwsConfigSnapshot(file, text);
    case 'terraform-plan':
      return readTerraformPlan(file, text);
    default:
      return failedDocument(file, `no parser for format ${file.format}`);
  }
}

function failedDocument(file: InputFile, message: string): PortableDocument {
  const diagnostic: Diagnostic = {
    code: 'PARSE_UNSUPPORTED',
    level: 'error',
    message,
    range: fileStart(file.path),
  };
  return { file, value: undefined, diagnostics: [diagnostic], locator: { kind: 'none' } };
}
