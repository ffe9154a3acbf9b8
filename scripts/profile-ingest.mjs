// Where the ledger's own work goes when news-length articles are added, apart from extraction:
// every article is extracted once up front (by the newest build), then each build adds the same
// extractions to a fresh SQLite ledger through `Ledger.add`, batches of 50 as the bench does.
// Reports CPU time per article (process.cpuUsage: a loaded, shared machine disturbs it less than
// wall time), bytes of database per article by table and index (dbstat), and the p95 of the
// user's queries. `--dist=/path/to/other/dist` adds an older build to the same run.
//
//   npx tsc -p tsconfig.build.json
//   node scripts/profile-ingest.mjs [--n=500] [--dist=/tmp/old/dist] [--cpu-prof=/tmp/p] [--keep=/tmp/dbs]
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Session } from 'node:inspector/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => {
  const a = process.argv.find((x) => x.startsWith(`--${name}=`));
  return a ? a.slice(name.length + 3) : dflt;
};
const n = Number(arg('n', '500'));
const profDir = arg('cpu-prof', null);
const keep = arg('keep', null);
const builds = [['new', path.join(root, 'dist')]];
if (arg('dist', null)) builds.unshift(['old', path.resolve(arg('dist'))]);

// every statement run, read or stepped through, counted: a measure a loaded machine does not blur
const { default: Database } = await import('better-sqlite3');
const calls = { n: 0, rows: 0 };
const proto = Object.getPrototypeOf(new Database(':memory:').prepare('SELECT 1'));
for (const m of ['run', 'get', 'all', 'iterate']) {
  const f = proto[m];
  proto[m] = function (...a) {
    calls.n++;
    const r = f.apply(this, a);
    if (m === 'all') calls.rows += r.length;
    return r;
  };
}

const imp = (dist, f) => import(pathToFileURL(path.join(dist, f)).href);
const load = async (dist) => ({
  ledger: await imp(dist, 'services/ledger.js'),
  store: await imp(dist, 'store/sqlite/store.js'),
  bench: await imp(dist, 'bench/ledger.js'),
});
const cpu = (from) => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1e6;
};

/** Self time of every function in a profile, as a share of the whole. */
function topSelf(profile, count = 30) {
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const self = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    if (['(program)', '(idle)'].includes(node.callFrame.functionName)) continue;
    const t = dt.get(node.id) ?? 0;
    total += t;
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/dist\//, '')}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + t);
  }
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([k, t]) => `${((100 * t) / total).toFixed(1).padStart(6)}%  ${k}`);
}

const dist = builds[builds.length - 1][1];
const { newsCorpus } = await imp(dist, 'bench/news-corpus.js');
const { extractText } = await imp(dist, 'services/extract.js');
const { knownArticle } = await imp(dist, 'sources/file.js');
const source = newsCorpus(root);
const items = Array.from({ length: n }, (_, i) => source(i));
const extracted = new Map();
const c0 = process.cpuUsage();
for (const a of items)
  extracted.set(a.text, extractText(a.text, { lang: a.language, published: a.published }));
const ext = cpu(c0);
const textBytes = items.reduce((s, a) => s + Buffer.byteLength(a.text), 0);
process.stdout.write(
  `${n} news-length articles, ${(textBytes / n / 1024).toFixed(1)} KB of text each; extraction ${((1000 * ext) / n).toFixed(1)} ms CPU per article (${(n / ext).toFixed(0)}/s)\n`,
);

const dir = keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'corr-profile-ingest-'));
fs.mkdirSync(dir, { recursive: true });
for (const [name, m] of builds) {
  const mod = await load(m);
  const file = path.join(dir, `${name}.db`);
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  const store = new mod.store.SqliteStore(file);
  const ledger = new mod.ledger.Ledger(store, async (text) => extracted.get(text));
  let session = null;
  if (profDir) {
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const n0 = { ...calls };
  const c1 = process.cpuUsage();
  const t1 = process.hrtime.bigint();
  for (let b = 0; b < n; b += 50)
    await ledger.batch(async () => {
      for (let i = b; i < Math.min(n, b + 50); i++) {
        const a = items[i];
        await ledger.add(knownArticle(a));
      }
    });
  const c = cpu(c1);
  const sqlCalls = (calls.n - n0.n) / n;
  const sqlRows = (calls.rows - n0.rows) / n;
  const w = Number(process.hrtime.bigint() - t1) / 1e9;
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    fs.mkdirSync(profDir, { recursive: true });
    fs.writeFileSync(path.join(profDir, `${name}.cpuprofile`), JSON.stringify(profile));
    process.stdout.write(`top self time (${name}):\n${topSelf(profile).join('\n')}\n`);
  }
  store.db.pragma('wal_checkpoint(TRUNCATE)');
  const size = fs.statSync(file).size;
  const q = await mod.bench.timeQueries(store, Math.min((await store.counts()).claims, 5000));
  process.stdout.write(
    `${name}: ledger ${((1000 * c) / n).toFixed(2)} ms CPU per article (${(n / c).toFixed(0)}/s; with extraction ${(n / (c + ext)).toFixed(0)}/s), wall ${(n / w).toFixed(0)}/s; ${(size / n / 1024).toFixed(1)} KB per article; ${sqlCalls.toFixed(0)} SQL statements and ${sqlRows.toFixed(0)} rows read per article\n`,
  );
  process.stdout.write(
    `  p95 claims list ${q.claimsList.p95.toFixed(1)} ms, claim ${q.claim.p95.toFixed(1)} ms, search ${q.search.p95.toFixed(1)} ms\n`,
  );
  const rows = store.db
    .prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC')
    .all();
  process.stdout.write(
    `  ${rows
      .filter((r) => r.bytes / n >= 100)
      .map((r) => `${r.name} ${(r.bytes / n / 1024).toFixed(1)}`)
      .join(', ')} (KB per article)\n`,
  );
  await store.close();
}
if (!keep) fs.rmSync(dir, { recursive: true, force: true });
