import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MunicipalityFacts } from '../../content/compareMunicipalities';
import { localize } from '../../content/localize';
import { Text } from '../../shared/ui/Text';
import { useLang } from '../../shared/useLang';

type CountFact = 'settlementAgencies' | 'inPersonServices' | 'coLocatedCentres' | 'serviceOntarioOffices' | 'serviceCanadaOffices';
const COUNT_FACTS: readonly CountFact[] = [
  'settlementAgencies',
  'inPersonServices',
  'coLocatedCentres',
  'serviceOntarioOffices',
  'serviceCanadaOffices',
];

/**
 * The municipalities side by side: one column each, one row per fact. On a narrow screen the
 * table scrolls sideways inside a focusable region, with the fact names kept in view.
 */
export function ComparisonTable({ rows }: { rows: MunicipalityFacts[] }) {
  const { t } = useTranslation('settle');
  const lang = useLang();
  const captionId = useId();
  const numbers = useMemo(() => new Intl.NumberFormat(`${lang}-CA`), [lang]);
  const names = new Intl.ListFormat(`${lang}-CA`, { type: 'conjunction' }).format(
    rows.map((row) => localize(row.municipality.name, lang).text),
  );

  const row = (key: string, label: string, cell: (facts: MunicipalityFacts) => ReactNode) => (
    <tr key={key}>
      <th scope="row">{label}</th>
      {rows.map((facts) => (
        <td key={facts.municipality.id}>{cell(facts)}</td>
      ))}
    </tr>
  );

  return (
    <>
      {rows.length > 2 && <p className="settle-scroll-hint">{t('table.scrollHint')}</p>}
      {/* The region scrolls on a phone; keyboard users reach it with Tab and scroll with the arrows. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="settle-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="settle-table">
          <caption id={captionId}>
            <span>{t('table.caption', { names })}</span>
          </caption>
          <thead>
            <tr>
              <td />
              {rows.map((facts) => (
                <th scope="col" key={facts.municipality.id}>
                  <Text value={facts.municipality.name} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {row('region', t('fact.region'), (facts) => (
              <Text value={facts.municipality.region} />
            ))}
            {row('population', t('fact.population'), (facts) => (
              <>
                <span className="settle-value">{numbers.format(facts.population)}</span>{' '}
                <span className="settle-detail">{t('fact.census', { year: String(facts.populationYear) })}</span>
              </>
            ))}
            {row('frenchLanguageServices', t('fact.frenchLanguageServices'), (facts) => (
              <span className="settle-value">{facts.frenchLanguageServices ? t('fact.yes') : t('fact.no')}</span>
            ))}
            {COUNT_FACTS.map((fact) =>
              row(fact, t(`fact.${fact}`), (facts) => <span className="settle-value">{numbers.format(facts[fact])}</span>),
            )}
            {row('portal', t('fact.portal'), (facts) => <PortalLink facts={facts} />)}
            {row('source', t('fact.source'), (facts) => (
              <>
                <Text value={facts.municipality.publisher.name} />
                <span className="settle-detail">
                  {t('fact.modified', { date: facts.municipality.dateModified })}
                </span>
              </>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function PortalLink({ facts }: { facts: MunicipalityFacts }) {
  const { t } = useTranslation('settle');
  const lang = useLang();
  const { municipality } = facts;
  const url = localize(municipality.portal, lang);
  const name = localize(municipality.name, lang).text;
  return (
    <>
      <a href={url.text} hrefLang={url.lang}>
        {t('fact.portalLink', { name })}
      </a>
      {url.lang !== lang && (
        <> {t('fact.inLanguage', { language: t(`common:languageName.${url.lang}`, { defaultValue: url.lang }) })}</>
      )}
    </>
  );
}
