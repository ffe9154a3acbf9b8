import type { Speaker } from '../../domain/statement.js';
import { fold } from '../../lexicon/fold.js';
import type { ResolvedDraft } from './resolve.js';

/**
 * A headline that names its speaker by a bare role or profession ("Ekonom: …", "Pengamat: …",
 * "Saksi: …", "Economist says …") stands for the person the body names with that word in their
 * role ("Ekonom Universitas Merdeka, Riyanti Kusuma, mengatakan …"). The first such person in the
 * body wins; the role stays as the headline wrote it.
 */
export function headlineHolders(out: ResolvedDraft[]): void {
  for (const r of out) {
    const sp = r.speaker;
    if (!r.draft.speakerRule.includes('speaker.headline') || sp.entityId !== null) continue;
    if ((sp.kind !== 'unnamed' && sp.kind !== 'person') || /\s/.test(sp.name.trim())) continue;
    const word = fold(sp.name);
    const holder = out.find(
      (o) =>
        o !== r &&
        o.speaker.kind === 'person' &&
        o.speaker.entityId !== null &&
        (o.speaker.role ?? '').split(/[\s,]+/).some((w) => fold(w) === word),
    );
    if (!holder) continue;
    const who: Speaker = {
      ...holder.speaker,
      role: sp.name,
      span: sp.span,
      implied: false,
      rule: `${sp.rule} speaker.role-holder`,
    };
    r.speaker = who;
  }
}
