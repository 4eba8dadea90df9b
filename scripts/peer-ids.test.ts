import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { captureCli } from '../src/testing/cli.js';
import { REPO_ROOT } from '../src/testing/engine.js';

/**
 * Every peer id a check lists (what `posture checks list --format json` prints, what inline
 * `checkov:skip=` / `trivy:ignore:` / `tfsec:ignore:` comments and `posture import` match on)
 * exists in that tool's catalogue, as recorded in fixtures/peer-ids/ (sources and dates in its
 * README). A renamed or removed peer check fails here instead of silently matching nothing.
 */
const TOOLS = ['checkov', 'kics', 'tfsec', 'trivy'] as const;
type Tool = (typeof TOOLS)[number];

/** One fixture line: the ids before `|` name one peer check (Trivy: AVD id, long ids, aliases). */
function families(tool: Tool): string[][] {
  return readFileSync(path.join(REPO_ROOT, 'fixtures/peer-ids', `${tool}.txt`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('|')[0].trim().split(/\s+/));
}

const known = Object.fromEntries(TOOLS.map((tool) => [tool, new Set(families(tool).flat())])) as Record<Tool, Set<string>>;

const ID_SHAPE: Record<Tool, RegExp> = {
  checkov: /^CKV2?_(AWS|K8S)_\d+$/,
  kics: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  tfsec: /^aws(-[a-z0-9]+)+$/,
  trivy: /^(AVD-(AWS|KSV)-\d{4}|KSV\d{3}|aws(-[a-z0-9]+)+)$/,
};

interface ListedCheck {
  id: string;
  peers: Partial<Record<string, string[]>>;
}

let listed: Promise<ListedCheck[]> | undefined;

/** What `posture checks list --format json` prints, run once. */
function listedChecks(): Promise<ListedCheck[]> {
  listed ??= captureCli(['checks', 'list', '--format', 'json']).then(({ code, stdout, stderr }) => {
    if (code !== 0) throw new Error(`posture checks list exited ${code}: ${stderr}`);
    return JSON.parse(stdout) as ListedCheck[];
  });
  return listed;
}

describe('peer ids (fixtures/peer-ids)', () => {
  it.each(TOOLS.map((tool) => [tool]))('the %s fixture lists well-formed ids, each once', (tool) => {
    const ids = families(tool).flat();
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => !ID_SHAPE[tool].test(id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('names its sources and the date they were read', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'fixtures/peer-ids/README.md'), 'utf8');
    expect(readme).toMatch(/\b20\d\d-\d\d-\d\d\b/);
    for (const repo of ['bridgecrewio/checkov', 'aquasecurity/trivy-checks', 'aquasecurity/tfsec', 'Checkmarx/kics']) expect(readme).toContain(repo);
  });
});

describe('posture checks list --format json: peer ids', () => {
  it('lists only peer ids that exist in the peer tools\' catalogues', async () => {
    const unknown = (await listedChecks()).flatMap((check) =>
      Object.entries(check.peers).flatMap(([tool, ids]) =>
        (ids ?? []).filter((id) => !(TOOLS as readonly string[]).includes(tool) || !known[tool as Tool].has(id)).map((id) => `${check.id}: ${tool} ${id}`),
      ),
    );
    expect(unknown).toEqual([]);
  });

  it('no longer lists the retired Trivy ids (AVD-AWS-0082 is AVD-AWS-0180, AVD-KSV-0029 is AVD-KSV-0116)', async () => {
    const checks = await listedChecks();
    const trivy = (id: string) => checks.find((c) => c.id === id)?.peers.trivy ?? [];
    expect(checks.flatMap((c) => c.peers.trivy ?? []).filter((id) => ['AVD-AWS-0082', 'AVD-KSV-0029'].includes(id))).toEqual([]);
    expect(trivy('AWS-0009')).toContain('AVD-AWS-0180');
    expect(trivy('K8S-0047')).toContain('AVD-KSV-0116');
  });

  it('lists every id of a Trivy check it names (AVD id, long id, aliases), so any of them suppresses', async () => {
    const incomplete = (await listedChecks()).flatMap((check) => {
      const listed = new Set(check.peers.trivy ?? []);
      return families('trivy')
        .filter((family) => family.some((id) => listed.has(id)))
        .flatMap((family) => family.filter((id) => !listed.has(id)).map((id) => `${check.id}: trivy ${id}`));
    });
    expect(incomplete).toEqual([]);
  });

  it('groups each Trivy check\'s ids, AVD id first (posture import reads a union check\'s peers that way)', async () => {
    const misplaced = (await listedChecks()).flatMap((check) => {
      let family: string[] | undefined;
      return (check.peers.trivy ?? []).flatMap((id) => {
        if (id.startsWith('AVD-')) family = families('trivy').find((f) => f[0] === id);
        return family?.includes(id) ? [] : [`${check.id}: trivy ${id}`];
      });
    });
    expect(misplaced).toEqual([]);
  });

  it('lists the tfsec long id wherever it lists the Trivy check of the same name', async () => {
    const missing = (await listedChecks()).flatMap((check) => {
      const tfsec = new Set(check.peers.tfsec ?? []);
      const sameName = (check.peers.trivy ?? []).filter((id) => known.tfsec.has(id));
      return sameName.filter((id) => !tfsec.has(id)).map((id) => `${check.id}: tfsec ${id}`);
    });
    expect(missing).toEqual([]);
  });

  it('lets tfsec users write tfsec:ignore:<long id> for the Terraform checks of the peer', async () => {
    const checks = await listedChecks();
    const peersOf = (id: string) => checks.find((c) => c.id === id)?.peers;
    expect(peersOf('AWS-0003')).toEqual(expect.objectContaining({ tfsec: ['aws-s3-enable-versioning'], trivy: ['AVD-AWS-0090', 'aws-s3-enable-versioning'] }));
    expect(peersOf('AWS-0009')?.tfsec).toEqual(['aws-rds-no-public-db-access']);
    expect(peersOf('K8S-0001')?.trivy).toEqual(['AVD-KSV-0017', 'KSV017']);
  });
});
