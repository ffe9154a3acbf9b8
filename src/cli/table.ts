import type { ExtractResult } from '../domain/extract-result.js';

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** A readable table of one extraction: one block per statement, then entities and figures. */
export function formatStatements(r: ExtractResult): string {
  const lines: string[] = [];
  lines.push(`language: ${r.language}${r.published ? `   published: ${r.published}` : ''}`);
  lines.push(`${r.statements.length} statement(s)`);
  r.statements.forEach((s, i) => {
    const who = [
      s.speaker.name,
      s.speaker.role && s.speaker.role !== s.speaker.name ? `(${s.speaker.role})` : '',
    ]
      .filter(Boolean)
      .join(' ');
    const flags = [s.direct ? 'quote' : 'indirect', s.stance, s.speaker.implied ? 'speaker implied' : '']
      .filter(Boolean)
      .join(', ');
    lines.push('');
    lines.push(
      `${String(i + 1).padStart(3)}. ${who}  [${s.speaker.kind}]  ${s.cue ? `"${s.cue}"` : ''}  ${flags}`,
    );
    if (s.citedSource) lines.push(`     via ${s.citedSource.name} (${s.citedSource.kind})`);
    lines.push(`     ${clip(s.content.replace(/\s+/g, ' '), 200)}`);
    if (s.figures.length)
      lines.push(
        `     figures: ${s.figures.map((f) => `${f.qualifier} ${f.value}${f.unit ? ` ${f.unit}` : ''}`).join('; ')}`,
      );
    if (s.dates.length)
      lines.push(`     dates: ${s.dates.map((d) => `${d.text} = ${d.value ?? '?'}`).join('; ')}`);
    lines.push(`     rule: ${s.rule}   span ${s.span.start}-${s.span.end}`);
  });
  if (r.entities.length) {
    lines.push('');
    lines.push(`entities: ${r.entities.map((e) => `${e.name} (${e.type})`).join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
