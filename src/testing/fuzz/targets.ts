import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Syntax } from './mutators.js';

/**
 * What one fuzz target mutates (a parser and its resolver) and the known-good file scanned beside
 * each mutated one: a security group open to 0.0.0.0/0 on port 22, or its Kubernetes counterpart
 * (a privileged pod). The good file's findings (check, file, line) must survive any neighbour.
 */
export interface FuzzTarget {
  name: string;
  syntax: Syntax;
  /** The mutated file's name inside its case directory (it decides the format discover sees). */
  fileName: string;
  /** Whether a file (fixture or corpus) is a seed for this target. */
  accepts: (relativePath: string, text: string) => boolean;
  /** Seeds written here, for formats the fixtures lack. */
  inline?: string[];
  /** The known-good file: its path inside the case directory, and its text. */
  good: { path: string; text: string };
}

const TERRAFORM_GOOD = `resource "aws_security_group" "fuzz_known_good" {
  name        = "fuzz-known-good"
  description = "open to the world on 22"

  ingress {
    protocol    = "tcp"
    from_port   = 22
    to_port     = 22
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`;

const CLOUDFORMATION_GOOD = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  FuzzKnownGood:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: open to the world on 22
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: 0.0.0.0/0
`;

const KUBERNETES_GOOD = `apiVersion: v1
kind: Pod
metadata:
  name: fuzz-known-good
spec:
  containers:
    - name: app
      image: nginx:1.25
      securityContext:
        privileged: true
`;

const TF_JSON_SEED = JSON.stringify(
  {
    variable: { cidr: { default: '0.0.0.0/0' } },
    locals: { ports: [22, 3389] },
    resource: {
      aws_security_group: {
        web: { name: 'web', ingress: [{ protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['${var.cidr}'] }] },
      },
      aws_s3_bucket: { logs: { bucket: 'logs', count: 2 } },
    },
  },
  null,
  2,
);

// The good file sits in a subdirectory for plans and snapshots: a plan stands for the HCL of the
// root module it describes, which must not be the good file's.
const terraformGood = { path: 'good.tf', text: TERRAFORM_GOOD };
const terraformGoodApart = { path: 'good/good.tf', text: TERRAFORM_GOOD };
const cloudformationGood = { path: 'good.yaml', text: CLOUDFORMATION_GOOD };
const kubernetesGood = { path: 'good.yaml', text: KUBERNETES_GOOD };

const isCfn = (text: string) => /AWSTemplateFormatVersion|"?Resources"?\s*:/.test(text);
const isK8s = (text: string) => /^[ \t]*"?apiVersion"?[ \t]*:/m.test(text) && /^[ \t]*"?kind"?[ \t]*:/m.test(text);

export const TARGETS: readonly FuzzTarget[] = [
  { name: 'terraform-hcl', syntax: 'hcl', fileName: 'fuzzed.tf', accepts: (p) => p.endsWith('.tf'), good: terraformGood },
  { name: 'terraform-json', syntax: 'json', fileName: 'fuzzed.tf.json', accepts: (p) => p.endsWith('.tf.json'), inline: [TF_JSON_SEED], good: terraformGood },
  {
    name: 'terraform-plan',
    syntax: 'json',
    fileName: 'fuzzed.json',
    accepts: (p, text) => p.endsWith('.json') && /"(format_version|planned_values|terraform_version)"/.test(text),
    good: terraformGoodApart,
  },
  { name: 'cloudformation-yaml', syntax: 'yaml', fileName: 'fuzzed.yaml', accepts: (p, t) => /\.ya?ml$/.test(p) && isCfn(t) && !isK8s(t), good: cloudformationGood },
  { name: 'cloudformation-json', syntax: 'json', fileName: 'fuzzed.json', accepts: (p, t) => /\.(json|template)$/.test(p) && /"Resources"\s*:/.test(t), good: cloudformationGood },
  { name: 'kubernetes-yaml', syntax: 'yaml', fileName: 'fuzzed.yaml', accepts: (p, t) => /\.ya?ml$/.test(p) && isK8s(t) && !p.includes('/templates/'), good: kubernetesGood },
  { name: 'aws-config', syntax: 'json', fileName: 'fuzzed.json', accepts: (p, t) => p.endsWith('.json') && /"configurationItems"/.test(t), good: terraformGoodApart },
];

/**
 * Checks whose verdict on the good file legitimately depends on the files beside it, so a mutant
 * may change it: K8S-0049 (no NetworkPolicy selects the workload) counts a policy whose selector
 * it cannot read as selecting, and the good pod has no namespace, so it is matched with every
 * policy of the scan: a fixture's policy made unreadable by a mutation selects it.
 */
export const CROSS_RESOURCE_CHECKS: ReadonlySet<string> = new Set(['K8S-0049']);

/** Seeds are kept under this size: the mutations make them bigger, and a run has a time budget. */
const MAX_SEED_BYTES = 64 * 1024;

/** Every file under `directory` (relative paths, sorted, so that a seed picks the same files everywhere). */
export function listFiles(directory: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(path.relative(directory, full).split(path.sep).join('/'));
    }
  };
  walk(directory);
  return out;
}

/** The seeds of a target: matching files of each directory (fixtures, the corpus), then its inline seeds. */
export function seedsFor(target: FuzzTarget, directories: readonly string[]): { name: string; bytes: Buffer }[] {
  const seeds: { name: string; bytes: Buffer }[] = [];
  for (const directory of directories) {
    for (const file of listFiles(directory)) {
      const full = path.join(directory, file);
      if (file.includes('expected.') || statSync(full).size > MAX_SEED_BYTES) continue;
      const bytes = readFileSync(full);
      if (target.accepts(file, bytes.toString('utf8'))) seeds.push({ name: `${path.basename(directory)}/${file}`, bytes });
    }
  }
  for (const [index, text] of (target.inline ?? []).entries()) seeds.push({ name: `inline-${index}`, bytes: Buffer.from(text) });
  return seeds;
}
