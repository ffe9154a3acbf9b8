// Where extraction spends its time, per stage and per function, in CPU time (process.cpuUsage),
// so a loaded, shared machine disturbs the figures less than wall time would. Compares builds
// back to back in one run: `--dist=/path/to/other/dist` adds an older build to the same run.
//
//   npx tsc -p tsconfig.build.json
//   node scripts/profile-extract.mjs [--mb=1] [--rounds=2] [--dist=/tmp/old/dist] [--cpu-prof=/tmp/p]
//                                    [--lang=id] [--detect] [--shape=short]
//
// The corpus is the bench's news-length one (fixtures of one language joined to ~4 KB), the
// language given (--detect: detected, as `npm run bench` does; --lang: that language only;
// --shape=short: the fixtures as written, ~1 KB, where the costs per article weigh most). With --cpu-prof, one .cpuprofile of the measured loop only (lexicons already
// compiled) is written per build, and its top functions by self time are printed.
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? a.slice(name.length + 3) : dflt;
};
const mb = Number(arg('mb', '1'));
const rounds = Number(arg('rounds', '2'));
const profDir = arg('cpu-prof', null);
const onlyLang = arg('lang', null);
const detect = process.argv.includes('--detect');
const optionsOf = (a) => (detect ? {} : { lang: a.lang });
const builds = [['new', path.join(root, 'dist')]];
if (arg('dist', null)) builds.unshift(['old', path.resolve(arg('dist'))]);

const load = async (dist) => ({
  bench: await import(pathToFileURL(path.join(dist, 'bench/extract.js')).href),
  pipeline: await import(pathToFileURL(path.join(dist, 'pipeline/extract.js')).href),
  stages: await import(pathToFileURL(path.join(dist, 'pipeline/stages.js')).href),
});
const cpu = (from) => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1e6;
};

/** Self time of every function in a profile, as a share of the whole. */
function topSelf(profile, n = Number(arg('top', '25'))) {
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const self = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    // the profiler's own frames, not extraction's
    if (['dispatch', '(program)', '(idle)'].includes(node.callFrame.functionName)) continue;
    const t = dt.get(node.id) ?? 0;
    total += t;
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/dist\//, '')}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + t);
  }
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, t]) => `${((100 * t) / total).toFixed(1).padStart(6)}%  ${k}`);
}

const mods = [];
for (const [name, dist] of builds) mods.push([name, await load(dist)]);
// one corpus for every build: the new build's, so both read the same text
const corpus = mods[mods.length - 1][1].bench
  .benchCorpus(root, mb, arg('shape', 'news'))
  .filter((a) => !onlyLang || a.lang === onlyLang);
const bytes = corpus.reduce((s, a) => s + Buffer.byteLength(a.text), 0);
process.stdout.write(
  `${corpus.length} ${arg('shape', 'news')} articles, ${(bytes / 1048576).toFixed(2)} MB, ${onlyLang ?? 'every language'}, language ${detect ? 'detected' : 'given'}\n`,
);

const perStage = new Map();
for (const [name, m] of mods) {
  // compile every language's lexicon outside the measurement
  const seen = new Set();
  for (const a of corpus)
    if (!seen.has(a.lang) && seen.add(a.lang)) m.pipeline.runPipeline(a.text, { lang: a.lang });
  const stageTime = new Map();
  perStage.set(name, stageTime);
  // per-stage timing would show in the function profile: only without --cpu-prof
  if (!profDir)
    for (const s of m.stages.STAGES) {
      const run = s.run.bind(s);
      s.run = (doc, ctx) => {
        const c0 = process.cpuUsage();
        run(doc, ctx);
        stageTime.set(s.id, (stageTime.get(s.id) ?? 0) + cpu(c0));
      };
    }
}
const cpuRounds = new Map(mods.map(([name]) => [name, []]));
for (let r = 0; r < rounds; r++)
  // the builds take turns going first: the one run second pays for the first one's garbage
  for (const [name, m] of r % 2 ? [...mods].reverse() : mods) {
    let session = null;
    if (profDir && r === rounds - 1) {
      session = new Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.start');
    }
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const a of corpus) m.pipeline.runPipeline(a.text, optionsOf(a));
    const c = cpu(c0);
    // the first round compiles and warms up: not counted in the summary
    if (r > 0) cpuRounds.get(name).push(c);
    const w = (performance.now() - t0) / 1000;
    const mbs = (s) => (bytes / 1048576 / s).toFixed(2);
    process.stdout.write(
      `round ${r + 1} ${name}: cpu ${c.toFixed(2)} s (${mbs(c)} MB/s), wall ${w.toFixed(2)} s (${mbs(w)} MB/s)\n`,
    );
    if (session) {
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      fs.mkdirSync(profDir, { recursive: true });
      fs.writeFileSync(path.join(profDir, `${name}.cpuprofile`), JSON.stringify(profile));
      process.stdout.write(`top self time (${name}):\n${topSelf(profile).join('\n')}\n`);
    }
  }
// on a loaded machine a round only ever runs slower than it would alone: the fastest round is
// the steadiest figure, the median says how much the load moved it
for (const [name, cs] of cpuRounds) {
  if (!cs.length) continue;
  const sorted = [...cs].sort((a, b) => a - b);
  const mbs = (s) => (bytes / 1048576 / s).toFixed(2);
  const med = sorted[Math.floor(sorted.length / 2)];
  process.stdout.write(`${name}: best round ${mbs(sorted[0])} MB/s, median ${mbs(med)} MB/s (cpu)\n`);
}
if (!profDir) process.stdout.write('CPU seconds per stage, all rounds:\n');
for (const [name, t] of perStage)
  if (t.size)
    process.stdout.write(`  ${name}: ${[...t].map(([id, s]) => `${id} ${s.toFixed(2)}`).join(', ')}\n`);
