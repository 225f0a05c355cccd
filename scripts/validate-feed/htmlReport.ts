import type { NoticeDefinition } from '../../src/content/validation/notice';
import type { ValidationReport } from '../../src/content/validation/validateFeed';
import { countLine, type Lang } from './textReport';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

// Backticks in messages mark field names and values; shown as code, after escaping.
const withCode = (text: string) => escape(text).replace(/`([^`]+)`/g, '<code>$1</code>');

const HEADINGS = {
  en: { title: 'Feed validation report', code: 'Code', where: 'Where', message: 'What to fix', suggestion: 'Suggested value' },
  fr: { title: 'Rapport de validation du flux', code: 'Code', where: 'Endroit', message: 'Quoi corriger', suggestion: 'Valeur proposée' },
};

/** A self-contained page (no script, no outside request) that can be attached to a ticket. */
export function htmlReport(report: ValidationReport, file: string, lang: Lang, definitions: NoticeDefinition[]): string {
  const words = HEADINGS[lang];
  const byCode = new Map<string, ValidationReport['notices']>();
  for (const notice of report.notices) byCode.set(notice.code, [...(byCode.get(notice.code) ?? []), notice]);
  const sections = [...byCode].map(([code, notices]) => {
    const definition = definitions.find((d) => d.code === code);
    const rows = notices
      .map(
        (n) =>
          `<tr><td>${n.line ? `${n.line}:${n.column}` : ''}<br><code>${escape(n.path || '/')}</code>${n.id ? `<br>${escape(n.id)}` : ''}</td>` +
          `<td>${withCode(n.message[lang])}${n.suggestion === undefined ? '' : `<br><strong>${words.suggestion}:</strong> <code>${escape(n.suggestion)}</code>`}</td></tr>`,
      )
      .join('\n');
    return (
      `<section id="${escape(code)}"><h2><code>${escape(code)}</code> — ${escape(definition?.title[lang] ?? code)} (${notices.length})</h2>` +
      `<p class="${escape(notices[0]?.severity ?? '')}">${escape(definition?.description[lang] ?? '')}</p>` +
      `<table><thead><tr><th>${words.where}</th><th>${words.message}</th></tr></thead><tbody>${rows}</tbody></table></section>`
    );
  });
  const publisher = report.summary.publisher;
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${words.title}: ${escape(file)}</title>
<style>body{font-family:system-ui,sans-serif;max-inline-size:70rem;margin:2rem auto;padding-inline:1rem;line-height:1.45}
table{border-collapse:collapse;inline-size:100%}td,th{border:1px solid #999;padding:.4rem;vertical-align:top;text-align:start}
.error{border-inline-start:.4rem solid #b10e1e;padding-inline-start:.5rem}.warning{border-inline-start:.4rem solid #a05c00;padding-inline-start:.5rem}
.info{border-inline-start:.4rem solid #26374a;padding-inline-start:.5rem}code{background:#f1f2f3;padding:0 .2rem}</style></head>
<body><h1>${words.title}</h1>
<p><strong>${escape(file)}</strong>${publisher ? ` — ${escape(publisher.name[lang] ?? publisher.id)} (${escape(publisher.id)})` : ''}, ${escape(report.summary.asOf)}</p>
<p>${escape(countLine(report.summary.counts, lang))}</p>
${sections.join('\n')}
</body></html>
`;
}
