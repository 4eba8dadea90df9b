import path from 'node:path';
import { describe, it } from '@jest/globals';

/**
 * The real-world corpus (Terraform, CloudFormation, Kubernetes from public projects), which the
 * repository does not ship: `.ci/run` points POSTURE_CORPUS at ../shared/corpus. Unset, the tests
 * that need it are skipped, and say so in their name.
 */
export const CORPUS_DIR: string | undefined = process.env.POSTURE_CORPUS ? path.resolve(process.env.POSTURE_CORPUS) : undefined;

/** A path inside the corpus; only called from a describeWithCorpus body, which runs when the corpus is set. */
export function corpusPath(...segments: string[]): string {
  if (!CORPUS_DIR) throw new Error('POSTURE_CORPUS is not set');
  return path.join(CORPUS_DIR, ...segments);
}

/**
 * describe when POSTURE_CORPUS is set; otherwise one skipped placeholder under the same name. The
 * body is not run then (jest runs the bodies of skipped blocks, and these read the corpus there).
 */
export const describeWithCorpus: (name: string, body: () => void) => void = CORPUS_DIR
  ? describe
  : (name) =>
      describe.skip(`${name} (skipped: POSTURE_CORPUS is not set)`, () => {
        it('needs the corpus', () => undefined);
      });
