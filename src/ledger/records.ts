import type { ExtractResult } from '../domain/extract-result.js';
import type { SourceRoot, StatementRecord } from '../store/types.js';
import { fold } from '../lexicon/fold.js';
import { isOutletEntity, nameOfId, orgInfo } from '../stages/entities/lookup.js';
import { isCapital } from './capitals.js';

type Statement = ExtractResult['statements'][number];

/** When a statement was made: a day named in its attribution, else the article's date. */
export function saidOn(st: Statement, published: string | null): string | null {
  const inAttribution = st.dates.filter(
    (d) =>
      d.value &&
      d.granularity === 'day' &&
      (d.span.end <= st.contentSpan.start || d.span.start >= st.contentSpan.end),
  );
  return inAttribution[0]?.value ?? published;
}

export function statementRecords(
  r: ExtractResult,
  published: string | null,
): Array<Omit<StatementRecord, 'id' | 'articleId'>> {
  return r.statements.map((s, idx) => ({
    idx,
    speakerName: s.speaker.name,
    speakerKind: s.speaker.kind,
    speakerRole: s.speaker.role,
    speakerEntity: s.speaker.entityId,
    affiliation: s.speaker.affiliation,
    implied: s.speaker.implied,
    cue: s.cue,
    direct: s.direct,
    stance: s.stance,
    certainty: s.certainty,
    negated: s.negated,
    content: s.content,
    spanStart: s.span.start,
    spanEnd: s.span.end,
    citedName: s.citedSource?.name ?? null,
    citedKind: s.citedSource?.kind ?? null,
    saidOn: saidOn(s, published),
    data: s,
  }));
}

/** A readable name: the article's own, else the country's ("country:ET" -> "Ethiopia"), never a bare code. */
function nameOf(r: ExtractResult, id: string): string {
  return r.entities.find((e) => e.id === id)?.name ?? nameOfId(id) ?? id.replace(/^[a-z]+:/, '');
}

/**
 * The body or country a statement's speaker speaks for, with a readable name: an organisation
 * or a country only. A capital speaks for its country ("a source in Washington"); another place,
 * a person or an outlet the speaker was relayed through ("told Reuters") is no affiliation.
 */
export function affiliationOf(r: ExtractResult, st: Statement): SourceRoot | null {
  const id = st.speaker.affiliation;
  if (!id) return null;
  const body = r.entities.find((e) => e.id === id);
  if (body?.type === 'place')
    return body.country && isCapital(body.name, body.country)
      ? { key: `country:${body.country}`, name: nameOf(r, `country:${body.country}`) }
      : null;
  if (!/^(org|country):/.test(id) || (body && isOutletEntity(body))) return null;
  return { key: id, name: nameOf(r, id) };
}

/**
 * Who stands behind a statement, for counting independent sources: the speaker's affiliation
 * (one government's many voices count once: the White House, the Pentagon and a US official
 * are all the United States), else the speaker, else the unnamed speaker as relayed by its
 * outlet ("a senior official" via CNN).
 */
export function rootOf(
  r: ExtractResult,
  st: Statement,
  isGovernment: (name: string) => boolean = () => false,
): SourceRoot {
  const aff = affiliationOf(r, st);
  if (aff) {
    const body = r.entities.find((e) => e.id === aff.key);
    const org = body?.type === 'organization';
    const country =
      (org ? orgInfo(body)?.speaksFor : undefined) ??
      (org && body.country && (isGovernment(body.name) || isGovernment(st.speaker.name))
        ? body.country
        : undefined) ??
      // "Washington", "Moskow": a capital speaking is its government
      (body?.type === 'place' && body.country && isCapital(body.name, body.country)
        ? body.country
        : undefined);
    if (country) return { key: `country:${country}`, name: nameOf(r, `country:${country}`) };
    return aff;
  }
  if (st.speaker.entityId) return { key: st.speaker.entityId, name: st.speaker.name };
  const via = st.citedSource ? ` via ${st.citedSource.name}` : '';
  return {
    key: `speaker:${fold(st.speaker.name)}${via ? `|${fold(st.citedSource!.name)}` : ''}`,
    name: `${st.speaker.name}${via}`,
  };
}
