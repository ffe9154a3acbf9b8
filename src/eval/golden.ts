/**
 * @module The stage-version check: a committed snapshot (fixtures/.golden-outputs.json) holds,
 * for each stage in pipeline order, its version and a hash of the working document after it
 * over every construction fixture. When a stage's output changes while its version (and every
 * earlier stage's) stayed the same, `reprocess` would keep stale extractions: the check fails.
 * Lexicons are not fingerprinted here, but their effects are in the outputs, so a lexicon change
 * that changes an output needs a version bump too.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Doc } from '../domain/document.js';
import { newDoc } from '../pipeline/extract.js';
import type { StageContext } from '../pipeline/stage.js';
import { STAGES } from '../pipeline/stages.js';
import { listFixtures, readExpected } from './fixtures.js';

export const GoldenSnapshot = z.object({
  /** "normalize@1 language@1 segment@2 …": pipelineVersion() without the lexicon fingerprint */
  stages: z.string(),
  fixtures: z.number().int(),
  outputs: z.array(z.object({ stage: z.string(), version: z.number().int(), hash: z.string() })),
});
export type GoldenSnapshot = z.infer<typeof GoldenSnapshot>;

export const GOLDEN_FILE = '.golden-outputs.json';

export const stageVersions = (): string => STAGES.map((s) => `${s.id}@${s.version}`).join(' ');

/** Runs the pipeline over every construction fixture, hashing the document after each stage. */
export function goldenOutputs(fixturesDir: string): GoldenSnapshot {
  const hashes = STAGES.map(() => createHash('sha256'));
  const fixtures = listFixtures(fixturesDir).filter((f) => readExpected(f.dir).split === undefined);
  for (const fx of fixtures) {
    const text = fs.readFileSync(path.join(fx.dir, 'input.txt'), 'utf8');
    const published = readExpected(fx.dir).published;
    const options = { lang: fx.lang, ...(published ? { published } : {}) };
    const doc: Doc = newDoc(text, options);
    const ctx: StageContext = { options, lex: null };
    STAGES.forEach((stage, i) => {
      if (!(stage.needsLexicon && !ctx.lex)) stage.run(doc, ctx);
      hashes[i]!.update(`${fx.lang}/${fx.name}\n${JSON.stringify(doc)}\n`);
    });
  }
  return {
    stages: stageVersions(),
    fixtures: fixtures.length,
    outputs: STAGES.map((s, i) => ({ stage: s.id, version: s.version, hash: hashes[i]!.digest('hex') })),
  };
}

export const MOVED_NOTHING =
  'golden output changed but no stage version moved: bump the version of the stage that changed (reprocess relies on it)';

/**
 * What is wrong with the committed snapshot given the current outputs, or an empty list. Stages
 * are read in order: the first whose output changed must have a moved version, here or in a
 * stage before it (a later stage's output follows from its inputs). Any other difference means
 * the snapshot is stale and must be regenerated, so that the next change is measured against it.
 */
export function goldenProblems(committed: GoldenSnapshot, now: GoldenSnapshot): string[] {
  const before = new Map(committed.outputs.map((o) => [o.stage, o]));
  for (const o of now.outputs) {
    const was = before.get(o.stage);
    if (!was || was.version !== o.version) break;
    if (was.hash !== o.hash)
      return [`${MOVED_NOTHING}: the output of ${o.stage}@${o.version} is not the one recorded for it`];
  }
  if (committed.stages !== now.stages || committed.fixtures !== now.fixtures)
    return [
      `stage versions or fixtures moved (${committed.stages}, ${committed.fixtures} fixtures -> ${now.stages}, ${now.fixtures} fixtures): regenerate ${GOLDEN_FILE} with UPDATE_GOLDEN=1`,
    ];
  return [];
}
