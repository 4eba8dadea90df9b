/**
 * The fuzz suite (issue 14): for each parser and resolver, mutated fixtures (and corpus files when
 * POSTURE_CORPUS is set) are scanned by the built CLI beside a known-good file. Every input must
 * exit 0 or 1 within a time and memory bound, and leave the good file's findings as they were.
 *
 * Seeded and bounded: POSTURE_FUZZ_SEED (default 14, so CI is reproducible) and
 * POSTURE_FUZZ_SECONDS (default 60 in all). POSTURE_FUZZ_ALL=1 also runs the mutations of the
 * failure classes being fixed elsewhere (KNOWN_CLASSES); POSTURE_FUZZ_MUTATORS=a,b runs only those
 * mutators; POSTURE_FUZZ_TARGET=name one target; POSTURE_FUZZ_SAVE=DIR keeps failing inputs.
 * Needs dist/ (node scripts/bundle.mjs).
 */
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { REPO_ROOT } from '../engine.js';
import { CORPUS_DIR } from '../corpus.js';
import { runCampaign } from './campaign.js';
import { seedsFor, TARGETS } from './targets.js';

const SEED = Number(process.env.POSTURE_FUZZ_SEED ?? 14);
const TOTAL_SECONDS = Number(process.env.POSTURE_FUZZ_SECONDS ?? 60);
const CLI = process.env.POSTURE_FUZZ_CLI ? path.resolve(process.env.POSTURE_FUZZ_CLI) : path.join(REPO_ROOT, 'bin', 'posture.js');
const SEED_DIRECTORIES = [path.join(REPO_ROOT, 'fixtures'), ...(CORPUS_DIR ? [CORPUS_DIR] : [])];
const only = process.env.POSTURE_FUZZ_TARGET;
const targets = TARGETS.filter((t) => !only || t.name === only);
/** Each target's share of the budget; a target also gets its slowest batch over it at most. */
const budgetMs = (TOTAL_SECONDS * 1000) / targets.length;

describe(`fuzz (seed ${SEED}, ${TOTAL_SECONDS} s in all)`, () => {
  for (const target of targets) {
    it(
      `${target.name}: mutated inputs exit 0 or 1 in bounds, and the good file beside keeps its findings`,
      async () => {
        const seeds = seedsFor(target, SEED_DIRECTORIES);
        expect(seeds.length).toBeGreaterThan(0);
        const { failures, cases } = await runCampaign(target, seeds, {
          cli: CLI,
          seed: SEED,
          budgetMs,
          batch: 6,
          includeKnown: process.env.POSTURE_FUZZ_ALL === '1',
          only: process.env.POSTURE_FUZZ_MUTATORS?.split(',').filter(Boolean),
          saveDir: process.env.POSTURE_FUZZ_SAVE,
        });
        process.stderr.write(`fuzz ${target.name}: ${cases} cases from ${seeds.length} seeds, ${failures.length} failures\n`);
        expect(failures).toEqual([]);
      },
      budgetMs + 120_000,
    );
  }
});
