// Prints, for a tuned-on corpus, each claim that holds statements of several gold propositions
// (what costs precision), with the propositions and how many statements of each.
//   npx tsx scripts/link-mixes.mts samples
import path from 'node:path';
import { evalLinks } from '../src/eval/links.js';

const dir = path.resolve(process.argv[2] ?? 'samples');
await evalLinks(dir, {
  inspect: async (store, items) => {
    const byClaim = new Map<number, typeof items>();
    for (const it of items) {
      const c = it.statement?.claimIds[0];
      if (c !== undefined) byClaim.set(c, [...(byClaim.get(c) ?? []), it]);
    }
    for (const [claim, its] of byClaim) {
      const props = new Map<string, number>();
      for (const i of its) props.set(i.prop, (props.get(i.prop) ?? 0) + 1);
      if (props.size < 2) continue;
      console.log(`\n#${claim}: ${[...props].map(([p, n]) => `${p} x${n}`).join(', ')}`);
      const rows = await store.claimStatements(claim);
      for (const i of its) {
        const st = i.statement!;
        const reason = rows.find((x) => x.id === st.id)?.reason;
        console.log(
          `  ${i.prop} ${reason?.rule} ${reason?.score} [${(reason as { matched?: string[] })?.matched?.join(' ') ?? ''}] : ${st.content.replace(/\s+/g, ' ').slice(0, 90)}`,
        );
      }
    }
  },
});
