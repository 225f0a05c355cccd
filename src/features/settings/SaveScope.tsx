import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LocalizedText } from '../../content/localized';
import { useLocalize } from '../../shared/ui/Text';
import { paths } from '../../shared/routes';
import { useLang } from '../../shared/useLang';

interface SaveScopeProps {
  /** The person's municipality as configured, or null when none is chosen. */
  municipality: LocalizedText | null;
  otherCount: number;
  includeOthers: boolean;
  onIncludeOthers: (include: boolean) => void;
}

/** Which municipalities a save covers: by default only the person's own, to spare their data. */
export function SaveScope({ municipality, otherCount, includeOthers, onIncludeOthers }: SaveScopeProps) {
  const { t } = useTranslation('settings');
  const lang = useLang();
  const localize = useLocalize();
  const profileLink = <Link to={paths.profile(lang)} />;

  return (
    <div className="save-scope">
      <p>
        {municipality ? (
          <Trans t={t} i18nKey="scope.mine" values={{ name: localize(municipality) }} components={{ profile: profileLink }} />
        ) : (
          <Trans t={t} i18nKey="scope.none" components={{ profile: profileLink }} />
        )}
      </p>
      {otherCount > 0 && (
        <label className="radio">
          <input type="checkbox" checked={includeOthers} onChange={(event) => onIncludeOthers(event.target.checked)} />
          {t('scope.others', { count: otherCount })}
        </label>
      )}
    </div>
  );
}
