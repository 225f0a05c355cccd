import { CHANGE_SECTIONS, type FeedChanges } from '../../src/content/validation/changes';
import type { Lang } from './textReport';

const WORDS = {
  en: {
    heading: (id: string) => `Changes against the feed ${id} publishes now:`,
    none: (id: string) => `Nothing is published by ${id} yet: every entry is new.`,
    same: 'none: the draft publishes what is published now.',
    sections: { items: 'items', offices: 'offices', municipalities: 'municipalities' },
    counts: (a: number, r: number, c: number) => `${a} added, ${r} removed, ${c} changed`,
    publisher: 'publisher and envelope',
    leftOut: 'still in the draft, but left out until its errors are fixed',
  },
  fr: {
    heading: (id: string) => `Changements par rapport au flux que ${id} publie maintenant\u00a0:`,
    none: (id: string) => `${id} ne publie encore rien\u00a0: toutes les entrées sont nouvelles.`,
    same: 'aucun\u00a0: l’ébauche publie ce qui est publié maintenant.',
    sections: { items: 'éléments', offices: 'bureaux', municipalities: 'municipalités' },
    counts: (a: number, r: number, c: number) => `${a} ajout(s), ${r} retrait(s), ${c} modification(s)`,
    publisher: 'éditeur et enveloppe',
    leftOut: 'toujours dans l’ébauche, mais laissé de côté jusqu’à la correction de ses erreurs',
  },
};

/** The diff a pipeline prints beside the notices: what publishing the draft would change. */
export function changesReport(publisherId: string, changes: FeedChanges | null, lang: Lang, withErrors: ReadonlySet<string>): string {
  const words = WORDS[lang];
  if (!changes) return words.none(publisherId);
  if (changes.same) return `${words.heading(publisherId)} ${words.same}`;
  const lines = [words.heading(publisherId)];
  if (changes.feed.length) lines.push(`  ${words.publisher}: ${changes.feed.join(', ')}`);
  for (const section of CHANGE_SECTIONS) {
    const { added, removed, changed } = changes.sections[section];
    if (added.length + removed.length + changed.length === 0) continue;
    lines.push(`  ${words.sections[section]}: ${words.counts(added.length, removed.length, changed.length)}`);
    for (const entry of added) lines.push(`    + ${entry.id}`);
    for (const entry of removed) lines.push(`    - ${entry.id}${withErrors.has(entry.id) ? ` (${words.leftOut})` : ''}`);
    for (const entry of changed) lines.push(`    ~ ${entry.id}: ${entry.fields.join(', ')}`);
  }
  return lines.join('\n');
}
