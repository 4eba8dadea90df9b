import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Log } from 'sarif';
import type { Report } from '../../model/index.js';
import { parseTerraform } from '../../parsers/terraform/index.js';
import { buildReport } from '../../report/__fixtures__/report.js';
import { buildJsonReport } from '../../report/json.js';
import { renderSarif } from '../../report/sarif.js';
import { validateSarif } from '../../report/sarif-schema.js';
import { REPO_ROOT, SARIF_SCHEMA } from '../../testing/engine.js';
import { normalizeTerraformDocs } from '../../testing/pipeline.js';

// A finding inside a module carries the chain of `module` blocks that led to it.

const FILES: Record<string, string> = {
  'main.tf': 'module "net" {\n  source = "./net"\n  count  = 2\n}\n',
  'net/main.tf': 'resource "aws_s3_bucket" "flow_logs" {}\n\n\nmodule "subnets" {\n  source   = "./subnets"\n  for_each = toset(["a"])\n}\n',
  'net/subnets/main.tf': 'resource "aws_security_group" "sg" {}\n',
};

async function resources() {
  const docs = await Promise.all(Object.entries(FILES).map(([p, text]) => parseTerraform({ absolutePath: `/x/${p}`, path: p, format: 'terraform' }, text)));
  return normalizeTerraformDocs(docs).resources;
}

describe('module call chain', () => {
  it('records each module block, outermost first, with the file and line of the call', async () => {
    const all = await resources();
    const chain = (id: string) => all.find((r) => r.id === id)?.moduleCalls?.map((c) => `${c.address} ${c.location.path}:${c.location.startLine}`);
    expect(chain('module.net[1].aws_s3_bucket.flow_logs')).toEqual(['module.net[1] main.tf:1']);
    expect(chain('module.net[0].module.subnets["a"].aws_security_group.sg')).toEqual(['module.net[0] main.tf:1', 'module.net[0].module.subnets["a"] net/main.tf:4']);
    expect(all.filter((r) => !r.id.startsWith('module.'))).toEqual([]);
  });

  it('is rendered as SARIF relatedLocations and JSON moduleCalls, both schema-valid', () => {
    const base = buildReport();
    const calls = [
      { address: 'module.net[0]', location: { path: 'main.tf', startLine: 1, startColumn: 1, endLine: 1, endColumn: 13 } },
      { address: 'module.net[0].module.subnets["a"]', location: { path: 'net/main.tf', startLine: 4, startColumn: 1, endLine: 4, endColumn: 17 } },
    ];
    // the fixture's fingerprints are short stand-ins; the report schema wants sha256 hex
    const findings = base.findings.map((f, i) => ({ ...f, fingerprint: createHash('sha256').update(f.fingerprint).digest('hex'), ...(i === 0 ? { moduleCalls: calls } : {}) }));
    const report: Report = { ...base, findings };
    const log = JSON.parse(renderSarif(report)) as Log;
    expect(validateSarif(log, SARIF_SCHEMA)).toEqual([]);
    const related = log.runs[0].results?.find((r) => r.partialFingerprints?.[Object.keys(r.partialFingerprints)[0]] === report.findings[0].fingerprint)?.relatedLocations;
    expect(related?.map((l) => [l.id, l.message?.text, l.physicalLocation?.artifactLocation?.uri, l.physicalLocation?.region?.startLine])).toEqual([
      [1, 'called from module.net[0]', 'main.tf', 1],
      [2, 'called from module.net[0].module.subnets["a"]', 'net/main.tf', 4],
    ]);
    const json = buildJsonReport(report);
    expect(json.findings.find((f) => f.fingerprint === report.findings[0].fingerprint)?.moduleCalls).toEqual(calls);
    expect(validateSarif(JSON.parse(JSON.stringify(json)), path.join(REPO_ROOT, 'schemas', 'report.schema.json'))).toEqual([]);
  });
});
