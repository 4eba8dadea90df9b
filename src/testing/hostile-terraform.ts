import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { captureCli } from './cli.js';

/**
 * An open security group (SSH from the internet, AWS-0005 at line 7), to put beside or above a
 * hostile construct: whatever the construct costs, this finding must still be reported.
 */
export const OPEN_SG = `resource "aws_security_group" "open" {
  name = "open"
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`;

/** The line of the SSH rule's CIDR in OPEN_SG. */
export const OPEN_SG_LINE = 7;

export interface ScanSummary {
  code: number;
  /** `checkId@path:line` of every finding. */
  findings: string[];
  /** `code@path:line` of every diagnostic. */
  diagnostics: string[];
  messages: string[];
  incomplete: Record<string, unknown> | undefined;
}

/** Writes `files` (path → text) into a fresh directory and scans it with the real CLI (JSON format). */
export async function scanFiles(files: Record<string, string>): Promise<ScanSummary> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'posture-hostile-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    const run = await captureCli(['scan', '.', '--quiet', '--format', 'json', '--no-fail'], dir);
    const report = JSON.parse(run.stdout) as {
      findings: { checkId: string; location: { path: string; startLine: number } }[];
      diagnostics: { code: string; message: string; range: { path: string; startLine: number } }[];
      incomplete?: Record<string, unknown>;
    };
    return {
      code: run.code,
      findings: report.findings.map((f) => `${f.checkId}@${f.location.path}:${f.location.startLine}`),
      diagnostics: report.diagnostics.map((d) => `${d.code}@${d.range.path}:${d.range.startLine}`),
      messages: report.diagnostics.map((d) => d.message),
      incomplete: report.incomplete,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
