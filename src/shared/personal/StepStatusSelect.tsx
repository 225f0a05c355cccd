import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { STEP_STATUSES, type StepStatus } from '../../content/stepStatus';
import { personalStore } from './personalStore';

interface StepStatusSelectProps {
  id: string;
  status: StepStatus;
  /** The step's title, so each control has a unique accessible name. */
  title: string;
}

/** Saves the status on the device as soon as it changes. */
export function StepStatusSelect({ id, status, title }: StepStatusSelectProps) {
  const { t } = useTranslation();
  const selectId = useId();
  return (
    <div className="step-status">
      <label htmlFor={selectId}>
        {t('status.label')}
        <span className="visually-hidden"> – {title}</span>
      </label>
      <select
        id={selectId}
        value={status}
        data-status={status}
        onChange={(event) => personalStore.setStatus(id, event.target.value as StepStatus)}
      >
        {STEP_STATUSES.map((option) => (
          <option key={option} value={option}>
            {t(`status.${option}`)}
          </option>
        ))}
      </select>
      <span className="print-only">{t(`status.${status}`)}</span>
    </div>
  );
}
