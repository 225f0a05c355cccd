import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { JourneyStep } from '../../content/journey';
import { StepStatusSelect } from '../../shared/personal/StepStatusSelect';
import { JurisdictionLabel } from '../../shared/ui/JurisdictionLabel';
import { Text, useLocalize } from '../../shared/ui/Text';
import { paths } from '../../shared/routes';
import { useLang } from '../../shared/useLang';

export function JourneyStepItem({ step, steps }: { step: JourneyStep; steps: JourneyStep[] }) {
  const { t } = useTranslation('journey');
  const lang = useLang();
  const localize = useLocalize();
  const title = localize(step.item.title);
  const openDependencies = step.dependsOn
    .map((id) => steps.find((other) => other.item.id === id))
    .filter((other) => other && other.status !== 'done' && other.status !== 'not-for-me');

  return (
    <li id={`step-${step.item.id}`} className="journey-step" data-status={step.status}>
      <div className="journey-step-main">
        <h3>
          <Link to={paths.task(lang, step.item.id)}>{title}</Link>
        </h3>
        <p className="item-meta">
          <JurisdictionLabel jurisdiction={step.item.responsible.jurisdiction} />
          <Text value={step.item.responsible.body} />
        </p>
        {step.dueDate && (
          <p className={`due${step.overdue ? ' due-overdue' : step.dueSoon ? ' due-soon' : ''}`}>
            {step.overdue && <strong>{t('due.overdue')} </strong>}
            {step.dueSoon && <strong>{t('due.soon')} </strong>}
            {t('due.by', { date: step.dueDate })}
          </p>
        )}
        {openDependencies.length > 0 && (
          <p className="hint">
            {t('dependsOn', { steps: openDependencies.map((other) => other && localize(other.item.title)).join(', ') })}
          </p>
        )}
      </div>
      <StepStatusSelect id={step.item.id} status={step.status} title={title} />
    </li>
  );
}
