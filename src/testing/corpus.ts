import path from 'node:path';
import { describe } from '@jest/globals';

/**
 * The real-world corpus (Terraform, CloudFormation, Kubernetes from public projects), which the
 * repository does not ship: `.ci/run` points POSTURE_CORPUS at ../shared/corpus. Unset, the tests
 * that need it are skipped, and say so in their name.
 */
export const CORPUS_DIR: string | undefined = process.env.POSTURE_CORPUS ? path.resolve(process.env.POSTURE_CORPUS) : undefined;

export const describeWithCorpus: (name: string, body: () => void) => void = CORPUS_DIR
  ? describe
  : (name, body) => describe.skip(`${name} (skipped: POSTURE_CORPUS is not set)`, body);
