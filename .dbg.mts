import { runPipeline } from './src/pipeline/extract.ts';
import { buildView } from './src/stages/statements/view.ts';
import { compileStatementLexicon } from './src/stages/statements/compile.ts';
import { L } from './src/stages/statements/labels.ts';
import { loadLexicon } from './src/lexicon/load.ts';
const [text, lang] = process.argv.slice(2);
const doc = runPipeline(text!, { lang: lang!, published: '2025-01-01' });
const lex = loadLexicon(lang!);
const v = buildView(doc, compileStatementLexicon(lex as any));
const names = Object.entries(L);
for (let s = 0; s + 1 < v.sentStart.length; s++) {
  const out: string[] = [];
  for (let i = v.sentStart[s]!; i < v.sentStart[s + 1]!; i++) {
    const f = v.flags[i]!;
    const labs = names.filter(([, b]) => typeof b === 'number' && b && (f & b) === b).map(([n]) => n);
    out.push(`${v.toks[i]!.text}${labs.length ? '[' + labs.join(',') + ']' : ''}${v.cueAt[i] ? '{CUE}' : ''}${v.entity[i] ? '<' + v.entity[i]!.type + '>' : ''}`);
  }
  console.log(`S${s}: ` + out.join(' '));
}
for (const st of doc.statements) console.log('=>', st.speaker.name, '|', st.cue, '|', st.stance, '|', st.content.slice(0, 50), '|', st.rule);
