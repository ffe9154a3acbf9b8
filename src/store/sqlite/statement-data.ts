/**
 * A statement row keeps its speaker, cue, stance, content and span in columns (they are what the
 * ledger queries); the rest of the `extract --json` statement (spans of the speaker, cue and
 * content, the cited source, figures, dates, rules) is kept once per article, deflated with the
 * article's extraction (extraction-blob.ts). The row's `data` is then an overlay, `{}` until a
 * correction writes into it (`{"notStatement":true}`), and reading lays the rest, the overlay
 * and the columns over each other, so a correction to a column is what is read back.
 * Rows written before kept the whole rest in `data`, with no rest in the blob: the same reading
 * gives the same statement.
 */
import type { ExtractResult } from '../../domain/extract-result.js';
import type { StatementRow } from './rows.js';

type Statement = ExtractResult['statements'][number];
type Partial1 = Partial<Omit<Statement, 'speaker'>> & { speaker?: Partial<Statement['speaker']> };
export type StatementRest = Partial1;

/** What a statement keeps beyond its row's columns. */
export function statementRest(s: Statement): StatementRest {
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
  return { ...rest, speaker };
}

/** The row's `data` for a new statement: nothing over its rest yet. */
export const EMPTY_OVERLAY = '{}';

/** The whole statement: the article's rest for it, the row's overlay, then the columns. */
export function fullStatement(r: StatementRow, rest?: StatementRest): Statement {
  const over = JSON.parse(r.data) as Partial1;
  const d: Partial1 = rest ? { ...rest, ...over, speaker: { ...rest.speaker, ...over.speaker } } : over;
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
