import type { Notice, Severity } from '../../src/content/validation/notice';
import type { ValidationReport } from '../../src/content/validation/validateFeed';

export type Lang = 'en' | 'fr';

const WORDS = {
  en: {
    severity: { error: 'error', warning: 'warning', info: 'note' },
    plural: { error: 'errors', warning: 'warnings', info: 'notes' },
    suggestion: 'Suggested value',
    items: ['item', 'items'],
    offices: ['office', 'offices'],
    municipalities: ['municipality', 'municipalities'],
    kept: 'publishable',
    asOf: 'as of',
    languages: 'languages',
    rejected: 'feed rejected',
    clean: 'No problems found.',
  },
  fr: {
    severity: { error: 'erreur', warning: 'avertissement', info: 'remarque' },
    plural: { error: 'erreurs', warning: 'avertissements', info: 'remarques' },
    suggestion: 'Valeur proposée ',
    items: ['élément', 'éléments'],
    offices: ['bureau', 'bureaux'],
    municipalities: ['municipalité', 'municipalités'],
    kept: 'publiables',
    asOf: 'au',
    languages: 'langues',
    rejected: 'flux rejeté',
    clean: 'Aucun problème trouvé.',
  },
} as const;

export function countLine(counts: Record<Severity, number>, lang: Lang): string {
  const words = WORDS[lang];
  return (['error', 'warning', 'info'] as const)
    .map((s) => `${counts[s]} ${counts[s] === 1 ? words.severity[s] : words.plural[s]}`)
    .join(', ');
}

/** One notice as compilers print them, so editors and CI logs can jump to file:line:column. */
function noticeLines(notice: Notice, file: string, lang: Lang): string[] {
  const words = WORDS[lang];
  const where = notice.line ? `${file}:${notice.line}:${notice.column}` : file;
  const id = notice.id ? ` (${notice.id})` : '';
  const lines = [`${where}: ${words.severity[notice.severity]} ${notice.code} ${notice.path || '/'}${id}`, `  ${notice.message[lang]}`];
  if (notice.suggestion !== undefined) lines.push(`  ${words.suggestion}: ${notice.suggestion}`);
  return lines;
}

export function textReport({ summary, notices }: ValidationReport, file: string, lang: Lang): string {
  const words = WORDS[lang];
  const head = summary.publisher
    ? `${summary.publisher.name[lang] ?? summary.publisher.name.en ?? summary.publisher.id} (${summary.publisher.id}), ${words.asOf} ${summary.asOf}: ` +
      (['items', 'offices', 'municipalities'] as const)
        .map((section) => {
          const { total, kept } = summary[section];
          return `${total} ${words[section][total === 1 ? 0 : 1]} (${kept} ${words.kept})`;
        })
        .join(', ') +
      '; ' +
      `${words.languages}: ${summary.languages.join(', ') || '—'}`
    : `${file}: ${words.rejected}`;
  const body = notices.flatMap((notice) => noticeLines(notice, file, lang));
  const total = notices.length ? countLine(summary.counts, lang) : words.clean;
  return [head, ...body, total].join('\n');
}
