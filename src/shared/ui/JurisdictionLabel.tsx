import { useTranslation } from 'react-i18next';
import type { Jurisdiction } from '../../content/taxonomy';

export function JurisdictionLabel({ jurisdiction }: { jurisdiction: Jurisdiction }) {
  const { t } = useTranslation();
  return <span className={`jurisdiction jurisdiction-${jurisdiction}`}>{t(`jurisdiction.${jurisdiction}`)}</span>;
}
