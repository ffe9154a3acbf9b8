/**
 * A statement row keeps its speaker, cue, stance, content and span in columns (they are what the
 * ledger queries); `data` keeps only the rest of the `extract --json` statement (spans of the
 * speaker, cue and content, the cited source, figures, dates, rules), and reading lays the
 * columns back over it. This halves a statement row, the largest thing in a ledger of
 * quote-dense news. A correction updates the column, so the statement read back carries it.
 * Rows written before kept the whole statement in `data`: the columns lay over it the same way.
 */
import type { ExtractResult } from '../../domain/extract-result.js';
import type { StatementRow } from './rows.js';

type Statement = ExtractResult['statements'][number];

export function compactStatement(s: Statement): string {
  const {
    speaker: { name: _n, kind: _k, role: _r, entityId: _e, implied: _i, ...speaker },
    cue: _cue,
    direct: _direct,
    stance: _stance,
    certainty: _certainty,
    negated: _negated,
    content: _content,
    span: _span,
    ...rest
  } = s;
  return JSON.stringify({ ...rest, speaker });
}

export function fullStatement(r: StatementRow): Statement {
  const d = JSON.parse(r.data) as Partial<Statement> & { speaker: Partial<Statement['speaker']> };
  return {
    ...d,
    speaker: {
      ...d.speaker,
      name: r.speaker_name,
      kind: r.speaker_kind as Statement['speaker']['kind'],
      role: r.speaker_role,
      entityId: r.speaker_entity,
      implied: !!r.implied,
    },
    cue: r.cue,
    direct: !!r.direct,
    stance: r.stance as Statement['stance'],
    certainty: r.certainty as Statement['certainty'],
    negated: !!r.negated,
    content: r.content,
    span: { start: r.span_start, end: r.span_end },
  } as Statement;
}
