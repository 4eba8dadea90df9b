import type { Diagnostic, InputFile, ParsedDocument } from '../model/index.js';
import { getErrorMessage } from '../errors.js';
import { parseAwsConfigSnapshot } from './aws-config/index.js';
import { parseCloudFormation } from './cloudformation/index.js';
import { parseKubernetes } from './kubernetes/index.js';
import { parseTerraform } from './terraform/index.js';

/**
 * Parses one file in its format. Parsers collect syntax errors as diagnostics; anything they
 * throw anyway (a parser bug) is turned into a diagnostic here too, so one file never stops a scan.
 */
export async function parseInput(file: InputFile, text: string): Promise<ParsedDocument> {
  try {
    switch (file.format) {
      case 'terraform':
        return await parseTerraform(file, text);
      case 'cloudformation':
        return parseCloudFormation(file, text);
      case 'kubernetes':
        return parseKubernetes(file, text);
      case 'aws-config':
        return parseAwsConfigSnapshot(file, text);
      default:
        return failedDocument(file, `no parser for format ${file.format}`);
    }
  } catch (error) {
    return failedDocument(file, `could not parse: ${getErrorMessage(error)}`);
  }
}

function failedDocument(file: InputFile, message: string): ParsedDocument {
  const diagnostic: Diagnostic = {
    code: 'PARSE_UNSUPPORTED',
    level: 'error',
    message,
    range: { path: file.path, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
  };
  return { file, value: undefined, locate: () => undefined, diagnostics: [diagnostic] };
}
