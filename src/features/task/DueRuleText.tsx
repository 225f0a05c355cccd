import { useTranslation } from 'react-i18next';
import type { DueRule } from '../../content/item';
import { useLang } from '../../shared/useLang';

export function DueRuleText({ rule }: { rule: DueRule }) {
  const { t } = useTranslation();
  const lang = useLang();
  switch (rule.type) {
    case 'within-days-of-arrival':
      return <>{t('due.withinDays', { count: rule.days })}</>;
    case 'before-arrival':
      return <>{t('due.beforeArrival')}</>;
    case 'yearly': {
      const date = new Intl.DateTimeFormat(lang, { month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
        Date.UTC(2000, rule.month - 1, rule.day),
      );
      return <>{t('due.yearly', { date })}</>;
    }
  }
}
