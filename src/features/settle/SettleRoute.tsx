import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMunicipalityComparison } from '../../shared/portals/useMunicipalityComparison';
import { Loading } from '../../shared/ui/Loading';
import { PortalNotices } from '../../shared/ui/PortalNotices';
import { usePageTitle } from '../../shared/ui/usePageTitle';
import { paths } from '../../shared/routes';
import { useLang } from '../../shared/useLang';
import { ChooseMunicipalities } from './ChooseMunicipalities';
import { ComparisonTable } from './ComparisonTable';
import { MAX_COMPARED, MIN_COMPARED, requestedIds, toggled } from './selection';
import './settle.css';

/** "Where to settle": municipalities side by side, for a person abroad who has not chosen yet. */
export function SettleRoute() {
  const { t } = useTranslation('settle');
  const { t: tc } = useTranslation();
  const lang = useLang();
  const { municipalities, compare, data } = useMunicipalityComparison();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  usePageTitle(t('title'));

  const available = municipalities.map((municipality) => municipality.id);
  const param = params.get('compare');
  // The selection lives in the URL, so the page can be shared. The router commits a navigation
  // in a transition, a moment after the click: until then the boxes show the new selection.
  const [pending, setPending] = useState<{ from: string | null; ids: string[] } | null>(null);
  const requested = pending?.from === param ? pending.ids : requestedIds(param, available);
  const chosen = requested.filter((id) => available.includes(id));

  const onToggle = (id: string, on: boolean) => {
    const ids = toggled(requested, id, on);
    setPending({ from: param, ids });
    // Replacing the entry keeps Back for leaving the page, not for undoing each tick.
    void navigate(paths.settle(lang, { compare: ids }), { replace: true });
  };

  const ready = !data.loading && municipalities.length >= MIN_COMPARED;
  const problem = !ready ? null : chosen.length < MIN_COMPARED ? t('tooFew') : chosen.length > MAX_COMPARED ? t('tooMany') : null;

  return (
    <>
      <nav aria-label={tc('breadcrumb.label')} className="breadcrumb">
        <ol>
          <li>
            <Link to={paths.home(lang)}>{tc('breadcrumb.home')}</Link>
          </li>
        </ol>
      </nav>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <PortalNotices data={data} />

      {municipalities.length > 0 && (
        <ChooseMunicipalities municipalities={municipalities} chosen={chosen} onToggle={onToggle} />
      )}
      {/* Always in the page, so that screen readers announce the message when a box is ticked. */}
      <div role="status" className="settle-status">
        {problem && <p className="notice notice-warning">{problem}</p>}
      </div>

      {data.loading && <Loading />}
      {!data.loading && !data.configError && municipalities.length < MIN_COMPARED && (
        <p className="notice notice-warning">{t('tooFewAvailable')}</p>
      )}
      {ready && !problem && (
        <section aria-labelledby="settle-side-by-side">
          <h2 id="settle-side-by-side">{t('table.heading')}</h2>
          <ComparisonTable rows={compare(chosen)} />
          <h2>{t('explain.heading')}</h2>
          <dl className="settle-notes">
            <dt>{t('fact.frenchLanguageServices')}</dt>
            <dd>{t('explain.frenchLanguageServices')}</dd>
            <dt>{t('fact.settlementAgencies')}</dt>
            <dd>{t('explain.settlementAgencies')}</dd>
            <dt>{t('fact.inPersonServices')}</dt>
            <dd>{t('explain.inPersonServices')}</dd>
            <dt>{t('fact.coLocatedCentres')}</dt>
            <dd>{t('explain.coLocatedCentres')}</dd>
          </dl>
          <p className="hint">{t('explain.counts')}</p>
        </section>
      )}
    </>
  );
}
