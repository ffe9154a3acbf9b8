// Prints, for each gold proposition spread over several claims, its statements with the claim
// each joined (and why), and what the link rules say between each statement and the other claims
// of its proposition: the veto that refused it, or a score under the threshold.
//   npx tsx scripts/link-splits.mts samples-dev [--all]
// For tuned-on corpora only: never read a test corpus's details with it.
import path from 'node:path';
import { evalLinks } from '../src/eval/links.js';
import { statementConcepts, isEntityKey, placeKey } from '../src/ledger/concepts.js';
import { judgeLink } from '../src/ledger/link.js';
import { topicEntities } from '../src/services/bundle.js';
import { isSupported, loadLexicon } from '../src/lexicon/load.js';

const dir = path.resolve(process.argv[2] ?? 'samples');
const all = process.argv.includes('--all');
const stats = process.argv.includes('--stats');
const tally = new Map<string, number>();
await evalLinks(dir, {
  inspect: async (store, items) => {
    const byProp = new Map<string, typeof items>();
    for (const it of items) byProp.set(it.prop, [...(byProp.get(it.prop) ?? []), it]);
    for (const [prop, its] of byProp) {
      const claims = new Set(its.flatMap((i) => i.statement?.claimIds.slice(0, 1) ?? []));
      if (claims.size < 2 && !all) continue;
      const major = [...claims].sort(
        (a, b) =>
          its.filter((i) => i.statement?.claimIds[0] === b).length -
          its.filter((i) => i.statement?.claimIds[0] === a).length,
      )[0];
      const log = stats ? () => {} : console.log;
      log(`\n=== ${prop}: ${its.length} statements over ${claims.size} claims`);
      const profiles = await store.claimProfiles([...claims]);
      for (const it of its) {
        const st = it.statement;
        if (!st) {
          log(`  [missing] ${it.file}`);
          continue;
        }
        const art = (await store.getArticle(it.articleId))!;
        const r = art.extraction;
        const lex = isSupported(r.language) ? loadLexicon(r.language) : null;
        const c = statementConcepts(r, st.data, lex);
        if (![...c.keys()].some(isEntityKey))
          for (const id of topicEntities(r)) if (id !== st.data.speaker.affiliation) c.set(placeKey(id), 1);
        const rows = await store.claimStatements(st.claimIds[0]!);
        const reason = rows.find((x) => x.id === st.id)?.reason;
        log(
          `  #${st.claimIds[0]} ${r.language} ${st.speakerName} (${st.stance}) ${reason?.rule} ${reason?.score} : ${st.content.replace(/\s+/g, ' ').slice(0, 110)}`,
        );
        log(`      concepts ${[...c.keys()].join(' ')}`);
        for (const p of profiles) {
          if (p.id === st.claimIds[0]) continue;
          const j = judgeLink(c, p.profile, false, topicEntities(r).map(placeKey));
          if (p.id === major) {
            const k = 'veto' in j ? j.veto : j.score >= 0.6 ? 'would-pass' : 'low-score';
            tally.set(k, (tally.get(k) ?? 0) + 1);
          }
          log(
            `      vs #${p.id}: ${'veto' in j ? j.veto : `score ${j.score.toFixed(2)} [${j.matched.join(' ')}]`}`,
          );
        }
      }
      for (const p of profiles)
        log(
          `  claim #${p.id} core-ish: ${Object.entries(p.profile)
            .filter(([k, n]) => k !== '#n' && n >= Math.max(1, 0.5 * (p.profile['#n'] ?? 1)))
            .map(([k]) => k)
            .join(' ')} (n=${p.profile['#n']})`,
        );
    }
  },
});
if (stats) console.log(dir, Object.fromEntries(tally));
// pairs of one proposition's statements linked, within one language and across two
if (process.argv.includes('--pairs'))
  await evalLinks(dir, {
    inspect: async (store, items) => {
      const lang = new Map<number, string>();
      for (const it of items)
        if (!lang.has(it.articleId)) lang.set(it.articleId, (await store.getArticle(it.articleId))!.language);
      const t = { same: [0, 0], cross: [0, 0], sameArticle: [0, 0] };
      for (let i = 0; i < items.length; i++)
        for (let j = i + 1; j < items.length; j++) {
          const a = items[i]!,
            b = items[j]!;
          if (a.prop !== b.prop || !a.statement || !b.statement) continue;
          const k =
            a.articleId === b.articleId
              ? 'sameArticle'
              : lang.get(a.articleId) === lang.get(b.articleId)
                ? 'same'
                : 'cross';
          t[k][1]++;
          if (a.statement.claimIds[0] === b.statement.claimIds[0]) t[k][0]++;
        }
      console.log('linked/gold pairs', JSON.stringify(t));
    },
  });
// claims that mix propositions: each statement's proposition and the rule that put it there
if (process.argv.includes('--mixed'))
  await evalLinks(dir, {
    inspect: async (store, items) => {
      const byClaim = new Map<number, typeof items>();
      for (const it of items)
        if (it.statement)
          byClaim.set(it.statement.claimIds[0]!, [...(byClaim.get(it.statement.claimIds[0]!) ?? []), it]);
      for (const [id, its] of byClaim) {
        if (new Set(its.map((i) => i.prop)).size < 2) continue;
        const rows = await store.claimStatements(id);
        console.log(`\n### claim #${id}`);
        for (const it of its) {
          const r = rows.find((x) => x.id === it.statement!.id)?.reason;
          console.log(
            `  ${it.prop.padEnd(28)} ${r?.rule} ${r?.score} [${r?.matched.join(' ')}] ${it.statement!.speakerName}: ${it.statement!.content.replace(/\s+/g, ' ').slice(0, 90)}`,
          );
        }
      }
    },
  });
