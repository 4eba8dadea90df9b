import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runGate } from '../gate.js';
import { silentLogger } from '../logging.js';
import type { Diagnostic, Finding } from '../model/index.js';
import { sharedEngine } from './engine.js';

// Test support only: a real scan (discover → … → findings) of files written to a fresh directory.

/** A finding as tests compare it: check, resource, file:line and attribute path. */
export const where = (f: Finding): string => `${f.checkId} ${f.resourceId} ${f.location.path}:${f.location.startLine} ${f.attributePath.join('.')}`;

export async function scanFiles(files: Record<string, string>): Promise<{ findings: string[]; diagnostics: Diagnostic[]; inconclusive: number; inconclusiveAt: string[] }> {
  const root = mkdtempSync(path.join(tmpdir(), 'posture-scan-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  const { report } = await runGate({ paths: [root], root, failOn: 'none', logger: silentLogger, engine: await sharedEngine() });
  return {
    findings: report.findings.map(where).sort(),
    diagnostics: report.diagnostics,
    inconclusive: report.inconclusive.length,
    inconclusiveAt: report.inconclusive.map((i) => `${i.checkId} ${i.resourceId} ${i.location.path}:${i.location.startLine} ${i.attributePath.join('.')}`).sort(),
  };
}
