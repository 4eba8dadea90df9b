// node scripts/bench-json-positions.mjs: JSON reading with positions, before (json-source-map, a
// path → range Map of every value) and after (src/parsers/common/json-index.ts), with JSON.parse
// of the same text measured in the same process as the floor. Also a differential check: every
// path of every input must locate to the same range both ways. Figures only, nothing asserted.
// Inputs: the largest fixture JSON files, a generated ~5 MB Terraform plan, generated AWS Config
// snapshots (the old reader at 10,000 items only: at 100,000 it ran out of memory).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(root, '.build/bench/json-positions.js');
await build({ stdin: { contents: "export * from './src/parsers/common/json-positions.ts'; export * from './src/parsers/common/position-map.ts';", resolveDir: root, loader: 'ts' }, outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
const lib = await import(pathToFileURL(outfile).href);
let jsonMap;
try {
  jsonMap = (await import('json-source-map')).default;
} catch {
  // removed from the dependencies: only the new reader is measured
}

function oldReader(text) {
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const { pointers } = jsonMap.parse(source);
  const value = JSON.parse(source);
  const positions = new Map();
  const collect = (v, pointer, p) => {
    const e = pointers[pointer];
    if (e) positions.set(JSON.stringify(p), { startLine: (e.key ?? e.value).line + 1, startColumn: (e.key ?? e.value).column + 1, endLine: e.valueEnd.line + 1, endColumn: e.valueEnd.column + 1 });
    if (Array.isArray(v)) v.forEach((x, i) => collect(x, `${pointer}/${i}`, [...p, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) collect(x, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, [...p, k]);
  };
  collect(value, '', []);
  return { value, positions };
}

function* paths(v, p = []) {
  yield p;
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) yield* paths(v[i], [...p, i]);
  else if (v && typeof v === 'object') for (const k of Object.keys(v)) yield* paths(v[k], [...p, k]);
}

const withoutPath = (range) => range && { startLine: range.startLine, startColumn: range.startColumn, endLine: range.endLine, endColumn: range.endColumn };

const time = (fn) => {
  const t = performance.now();
  const r = fn();
  return [performance.now() - t, r];
};

function plan(targetBytes) {
  const changes = [];
  for (let i = 0; JSON.stringify(changes).length < targetBytes; i++) {
    const after = { bucket: `logs-${i}`, acl: 'private', tags: { env: 'prod', team: `t${i % 7}` }, versioning: [{ enabled: i % 2 === 0, mfa_delete: false }], server_side_encryption_configuration: [{ rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms', kms_master_key_id: null }] }] }] };
    changes.push({ address: `aws_s3_bucket.b${i}`, mode: 'managed', type: 'aws_s3_bucket', name: `b${i}`, provider_name: 'registry.terraform.io/hashicorp/aws', change: { actions: ['create'], before: null, after, after_unknown: { id: true, arn: true } } });
  }
  // terraform show -json writes one line
  return JSON.stringify({ format_version: '1.2', terraform_version: '1.9.0', resource_changes: changes });
}

function snapshot(count) {
  const items = Array.from({ length: count }, (_, i) => ({ resourceType: 'AWS::S3::Bucket', resourceId: `b${i}`, awsRegion: 'eu-west-1', configuration: { name: `b${i}`, owner: { id: 'x' }, createdTime: '2024-01-01T00:00:00Z' }, supplementaryConfiguration: { BucketVersioningConfiguration: { status: 'Enabled' }, PublicAccessBlockConfiguration: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true } }, tags: { env: 'prod' } }));
  return JSON.stringify({ fileVersion: '1.0', configurationItems: items }, null, 2);
}

const inputs = [
  ...['fixtures/terraform-plan/plan-only/plan.json', 'fixtures/terraform-plan/with-config/plan.json', 'fixtures/terraform-plan/compact/prod.tfplan.json'].map((f) => [f, readFileSync(path.join(root, f), 'utf8')]),
  ['generated plan (one line)', plan(5_300_000)],
  ['generated snapshot, 10,000 items', snapshot(10_000)],
  ['generated snapshot, 100,000 items', snapshot(100_000)],
];

for (const [name, text] of inputs) {
  const [parseMs] = time(() => JSON.parse(text));
  const [newMs, parsed] = time(() => lib.parseJsonWithPositions(text, 'f.json'));
  const all = [...paths(parsed.value)];
  const [lookupMs] = time(() => all.forEach((p) => lib.locateIn(parsed.positions, p)));
  let line = `${name}: ${(text.length / 1e6).toFixed(2)} MB, ${all.length} values; JSON.parse ${parseMs.toFixed(0)} ms; new ${newMs.toFixed(0)} ms (${(newMs / parseMs).toFixed(1)}x) + every value located ${lookupMs.toFixed(0)} ms (${((newMs + lookupMs) / parseMs).toFixed(1)}x)`;
  if (jsonMap && text.length < 50e6) {
    const [oldMs, old] = time(() => oldReader(text));
    const differ = all.filter((p) => JSON.stringify(old.positions.get(JSON.stringify(p))) !== JSON.stringify(withoutPath(lib.rangeAt(parsed.positions, p))));
    line += `; old ${oldMs.toFixed(0)} ms (${(oldMs / parseMs).toFixed(1)}x); ranges differing: ${differ.length}`;
  }
  console.log(line);
}
