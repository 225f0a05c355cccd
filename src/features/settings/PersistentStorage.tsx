import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../shared/routes';
import { useLang } from '../../shared/useLang';
import { useFormat } from './useFormat';

type Answer = 'asking' | 'granted' | 'denied' | 'error';

/** The browser's StorageManager, where it has one (not in older browsers or insecure pages). */
function storageManager(): Partial<StorageManager> | undefined {
  return typeof navigator === 'undefined' ? undefined : (navigator.storage as Partial<StorageManager> | undefined);
}

/**
 * Explains that a browser may clear what the site saved, and asks it to keep it. `refresh`
 * changes whenever more may have been saved, so the space used is read again.
 */
export function PersistentStorage({ refresh }: { refresh: number }) {
  const { t } = useTranslation('settings');
  const lang = useLang();
  const { size } = useFormat();
  const headingId = useId();
  const storage = storageManager();
  const canAsk = typeof storage?.persist === 'function';
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [usage, setUsage] = useState<number | null>(null);

  // Whether an earlier visit was already granted: then there is nothing to ask.
  useEffect(() => {
    if (typeof storage?.persisted !== 'function') return;
    let current = true;
    storage
      .persisted()
      .then((kept) => {
        if (current && kept) setAnswer((previous) => previous ?? 'granted');
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [storage]);

  useEffect(() => {
    if (typeof storage?.estimate !== 'function') return;
    let current = true;
    storage
      .estimate()
      .then(({ usage: used }) => {
        if (current && typeof used === 'number') setUsage(used);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [storage, refresh, answer]);

  async function ask() {
    if (typeof storage?.persist !== 'function') return;
    setAnswer('asking');
    try {
      setAnswer((await storage.persist()) ? 'granted' : 'denied');
    } catch {
      setAnswer('error');
    }
  }

  const backup = <Link to={paths.myData(lang)}>{t('storage.backupLink')}</Link>;

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('storage.title')}</h2>
      <p>{t('storage.why')}</p>
      {canAsk ? (
        <>
          {answer !== 'granted' && (
            <>
              <p>{t('storage.ask')}</p>
              <button type="button" onClick={() => void ask()} disabled={answer === 'asking'}>
                {t('storage.button')}
              </button>
            </>
          )}
          <div role="status">
            {answer === 'asking' && <p className="loading">{t('storage.asking')}</p>}
            {answer === 'granted' && <p className="notice notice-success">{t('storage.granted')}</p>}
            {answer === 'denied' && (
              <div className="notice notice-warning">
                <p>{t('storage.denied')}</p>
                <p>{backup}</p>
              </div>
            )}
            {answer === 'error' && <p className="notice notice-warning">{t('storage.error')}</p>}
          </div>
        </>
      ) : (
        <div className="notice notice-info">
          <p>{t('storage.unsupported')}</p>
          <p>{backup}</p>
        </div>
      )}
      {usage !== null && (
        <p className="storage-usage">{t('storage.usage', { size: size(usage) })}</p>
      )}
    </section>
  );
}
