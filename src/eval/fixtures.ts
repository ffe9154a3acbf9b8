import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Statement } from '../domain/statement.js';
import { runPipeline } from '../pipeline/extract.js';
import { speakerRuleOf, type Match } from './breakdown.js';

const ExpectedStatement = z.object({
  anchor: z.string(),
  speaker: z.string(),
  speakerAliases: z.array(z.string()).default([]),
  kind: z.string().optional(),
  cue: z.string().optional(),
  direct: z.boolean().optional(),
  stance: z.string().optional(),
  certainty: z.string().optional(),
  citedSource: z.string().optional(),
  speakerImplied: z.boolean().optional(),
  role: z.string().optional(),
  contentIncludes: z.array(z.string()).optional(),
});

export const Expected = z.object({
  published: z.string().optional(),
  /** news fixtures (fixtures/<lang>/news-<story>-<nn>/): the story's slug */
  story: z.string().min(1).optional(),
  /** news fixtures: "dev" may be tuned on, "test" never (whole stories go to test) */
  split: z.enum(['dev', 'test']).optional(),
  topic: z.string().min(1).optional(),
  source: z.string().min(1).optional(),
  statements: z.array(ExpectedStatement),
  figures: z
    .array(
      z.object({
        anchor: z.string(),
        value: z.number(),
        max: z.number().optional(),
        qualifier: z.string(),
        unit: z.string().nullable().optional(),
      }),
    )
    .default([]),
  dates: z
    .array(
      z.object({
        anchor: z.string(),
        value: z.string().nullable(),
        granularity: z.string().optional(),
        stated: z.boolean().optional(),
      }),
    )
    .default([]),
  entities: z.array(z.object({ name: z.string(), type: z.string() })).default([]),
});
export type Expected = z.infer<typeof Expected>;

export interface FixtureReport {
  lang: string;
  name: string;
  /** set for news fixtures, which are measured rather than asserted case by case */
  split?: 'dev' | 'test';
  story?: string;
  problems: string[];
  /** one per gold statement the extractor found: stance and speaker, for the breakdowns */
  matches: Match[];
  statements: { expected: number; predicted: number; found: number; speakerOk: number; stanceOk: number };
  entities: { expected: number; found: number };
}

/** Every `fixtures/<lang>/<case>/` folder holding an input.txt and an expect.json. */
export function listFixtures(root: string): Array<{ lang: string; name: string; dir: string }> {
  if (!fs.existsSync(root)) return [];
  const out: Array<{ lang: string; name: string; dir: string }> = [];
  for (const lang of fs.readdirSync(root).sort()) {
    const langDir = path.join(root, lang);
    if (!fs.statSync(langDir).isDirectory()) continue;
    for (const name of fs.readdirSync(langDir).sort()) {
      const dir = path.join(langDir, name);
      if (fs.existsSync(path.join(dir, 'input.txt')) && fs.existsSync(path.join(dir, 'expect.json')))
        out.push({ lang, name, dir });
    }
  }
  return out;
}

const low = (s: string | null | undefined) => (s ?? '').toLowerCase();

function speakerMatches(s: Statement, names: string[]): boolean {
  const who = low(`${s.speaker.name} | ${s.speaker.role ?? ''}`);
  return names.some(
    (n) => who.includes(low(n)) || (low(s.speaker.name).length >= 4 && low(n).includes(low(s.speaker.name))),
  );
}

const describe = (s: Statement) =>
  `${s.speaker.name} ${s.cue ?? ''} ${s.stance}: "${s.content.slice(0, 50)}"`;

/** A fixture's expect.json, validated. */
export const readExpected = (dir: string): Expected =>
  Expected.parse(JSON.parse(fs.readFileSync(path.join(dir, 'expect.json'), 'utf8')));

/**
 * Anchors of a fixture that do not occur exactly once in its input.txt (each statement, figure
 * and date is found by its anchor, so an ambiguous one would score the wrong place).
 */
export function anchorProblems(dir: string): string[] {
  const text = fs.readFileSync(path.join(dir, 'input.txt'), 'utf8');
  const exp = readExpected(dir);
  const count = (a: string) => text.split(a).length - 1;
  const anchors = [...exp.statements, ...exp.figures, ...exp.dates].map((x) => x.anchor);
  return [...new Set(anchors)]
    .filter((a) => count(a) !== 1)
    .map((a) => `anchor occurs ${count(a)} times: "${a}"`);
}

/** Compares one fixture's extraction with what its annotator wrote. */
export function checkFixture(fx: { lang: string; name: string; dir: string }): FixtureReport {
  const text = fs.readFileSync(path.join(fx.dir, 'input.txt'), 'utf8');
  const exp = readExpected(fx.dir);
  const matches: Match[] = [];
  const doc = runPipeline(text, { lang: fx.lang, ...(exp.published ? { published: exp.published } : {}) });
  const problems: string[] = [];
  const used = new Set<Statement>();
  let found = 0;
  let speakerOk = 0;
  let stanceOk = 0;
  for (const e of exp.statements) {
    const at = text.indexOf(e.anchor);
    const extent = (s: Statement) => ({
      start: Math.min(s.span.start, s.speaker.span?.start ?? Infinity, s.cueSpan?.start ?? Infinity),
      end: Math.max(s.span.end, s.cueSpan?.end ?? 0),
    });
    const here = doc.statements.filter((s) => !used.has(s) && extent(s).start <= at && at < extent(s).end);
    const names = [e.speaker, ...e.speakerAliases];
    const p = here.find((s) => speakerMatches(s, names)) ?? here[0];
    if (!p) {
      problems.push(`missing: ${e.speaker} "${e.anchor}"`);
      continue;
    }
    used.add(p);
    found++;
    const wrong = (what: string, want: unknown, got: unknown) =>
      problems.push(`"${e.anchor}": ${what} should be ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
    const speakerRight = speakerMatches(p, names);
    matches.push({
      ...(e.stance !== undefined ? { goldStance: e.stance } : {}),
      stance: p.stance,
      speakerRule: speakerRuleOf(p.rule),
      speakerOk: speakerRight,
    });
    if (!speakerRight) wrong('speaker', e.speaker, p.speaker.name);
    else speakerOk++;
    if (e.stance !== undefined && p.stance !== e.stance) wrong('stance', e.stance, p.stance);
    else stanceOk++;
    if (e.direct !== undefined && p.direct !== e.direct) wrong('direct', e.direct, p.direct);
    if (e.speakerImplied !== undefined && p.speaker.implied !== e.speakerImplied)
      wrong('implied', e.speakerImplied, p.speaker.implied);
    if (e.cue !== undefined && e.cue !== ':' && low(p.cue) !== low(e.cue)) wrong('cue', e.cue, p.cue);
    if (e.citedSource !== undefined && low(p.citedSource?.name) !== low(e.citedSource))
      wrong('cited source', e.citedSource, p.citedSource?.name ?? null);
    if (e.certainty !== undefined && p.certainty !== e.certainty)
      wrong('certainty', e.certainty, p.certainty);
    for (const c of e.contentIncludes ?? [])
      if (!p.content.includes(c)) wrong('content including', c, p.content.slice(0, 80));
  }
  for (const s of doc.statements) if (!used.has(s)) problems.push(`extra: ${describe(s)}`);
  for (const f of exp.figures) {
    const at = text.indexOf(f.anchor);
    const range = { start: at, end: at + f.anchor.length };
    const got = doc.figures.find((g) => g.span.start < range.end && range.start < g.span.end);
    if (!got) problems.push(`figure missing: "${f.anchor}"`);
    else if (
      got.value !== f.value ||
      got.qualifier !== f.qualifier ||
      (f.unit !== undefined && got.unit !== f.unit) ||
      (f.max !== undefined && got.max !== f.max)
    )
      problems.push(
        `figure "${f.anchor}": want ${f.qualifier} ${f.value}${f.max ? `-${f.max}` : ''} ${f.unit}, got ${got.qualifier} ${got.value}${got.max ? `-${got.max}` : ''} ${got.unit}`,
      );
  }
  for (const d of exp.dates) {
    const at = text.indexOf(d.anchor);
    const got = doc.dates.find((g) => g.span.start < at + d.anchor.length && at < g.span.end);
    if (!got) problems.push(`date missing: "${d.anchor}"`);
    else if (got.value !== d.value || (d.stated !== undefined && got.stated !== d.stated))
      problems.push(
        `date "${d.anchor}": want ${d.value} stated=${d.stated}, got ${got.value} stated=${got.stated}`,
      );
  }
  const entFound = exp.entities.filter((x) =>
    doc.entities.some(
      (g) =>
        low(g.name) === low(x.name) && (g.type === x.type || (x.type === 'place' && g.type === 'country')),
    ),
  ).length;
  return {
    lang: fx.lang,
    name: fx.name,
    ...(exp.split ? { split: exp.split } : {}),
    ...(exp.story ? { story: exp.story } : {}),
    problems,
    matches,
    statements: {
      expected: exp.statements.length,
      predicted: doc.statements.length,
      found,
      speakerOk,
      stanceOk,
    },
    entities: { expected: exp.entities.length, found: entFound },
  };
}
