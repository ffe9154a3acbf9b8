import { runPipeline } from '../../pipeline/extract.js';
import type { Statement } from '../../domain/statement.js';

export interface Expect {
  speaker: string;
  stance?: Statement['stance'];
  cue?: string;
  direct?: boolean;
  implied?: boolean;
  cited?: string;
  content?: string;
  role?: string;
}

/** The statements of `text`, reduced to what a test checks. */
export function statementsOf(text: string, lang: string, published?: string) {
  return runPipeline(text, { lang, ...(published ? { published } : {}) }).statements;
}

/** Whether statement `s` meets expectation `e` (speaker and content by substring). */
export function meets(s: Statement, e: Expect): boolean {
  const who = `${s.speaker.name} ${s.speaker.role ?? ''}`.toLowerCase();
  return (
    who.includes(e.speaker.toLowerCase()) &&
    (e.stance === undefined || s.stance === e.stance) &&
    (e.cue === undefined || s.cue?.toLowerCase() === e.cue.toLowerCase()) &&
    (e.direct === undefined || s.direct === e.direct) &&
    (e.implied === undefined || s.speaker.implied === e.implied) &&
    (e.cited === undefined || s.citedSource?.name === e.cited) &&
    (e.content === undefined || s.content.includes(e.content)) &&
    (e.role === undefined || (s.speaker.role ?? '').toLowerCase().includes(e.role.toLowerCase()))
  );
}

export const describeStatement = (s: Statement) =>
  `${s.speaker.name} [${s.speaker.role ?? ''}] ${s.cue} ${s.stance} ${s.direct ? 'direct' : 'indirect'}${s.speaker.implied ? ' implied' : ''}${s.citedSource ? ` via ${s.citedSource.name}` : ''}: ${s.content.slice(0, 60)}`;
