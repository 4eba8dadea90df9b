import path from 'node:path';
import { Boundary, pathRefused } from '../../fs/boundary.js';
import { fileStart, type Diagnostic, type ParsedDocument } from '../../model/index.js';
import type { HclFile } from './hcl-types.js';
import { parseTerraform } from './index.js';

/**
 * Reads and parses the `-var-file`s (`--var-file`, `.posture.yaml` `var-files:`) at the read
 * stage, like every other input: through the repository boundary with its size cap, so a var file
 * the pull request turned into a link to `/proc/self/environ` is refused (PATH_REFUSED naming it)
 * and nothing of it reaches a variable. A path the user named outside the repository is read as
 * named (their choice, as a scanned path is). The resolver gets the documents and reads no file.
 */
export async function readVarFiles(
  files: readonly string[],
  root: string,
  boundary: Boundary,
): Promise<{ documents: ParsedDocument<HclFile>[]; diagnostics: Diagnostic[] }> {
  const documents: ParsedDocument<HclFile>[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    const absolutePath = path.resolve(root, file);
    const reportPath = boundary.containsLexically(absolutePath) ? toReportPath(root, absolutePath) : absolutePath;
    // outside the repository as written: the user named it, so only its own directory bounds it
    const within = boundary.containsLexically(absolutePath) ? boundary : Boundary.of(path.dirname(absolutePath));
    const read = within.readText(absolutePath);
    if ('refused' in read) {
      diagnostics.push(pathRefused(reportPath, '--var-file', read.refused));
      continue;
    }
    if ('error' in read) {
      diagnostics.push({ code: 'FILE_UNREADABLE', level: 'error', message: `read var file: ${reportPath}: ${read.error}`, range: fileStart(reportPath) });
      continue;
    }
    const document = await parseTerraform({ absolutePath, path: reportPath, format: 'terraform' }, read.text);
    diagnostics.push(...document.diagnostics);
    documents.push(document);
  }
  return { documents, diagnostics };
}

function toReportPath(root: string, absolutePath: string): string {
  return (path.relative(root, absolutePath) || path.basename(absolutePath)).split(path.sep).join('/');
}
