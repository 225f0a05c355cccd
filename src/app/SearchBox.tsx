import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { paths } from '../shared/routes';
import { useLang } from '../shared/useLang';

/**
 * The one search box, in every page's header. Searching opens the results page; the search
 * itself (and its index) loads only there, so the box costs the first page almost nothing.
 */
export function SearchBox() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const onResults = pathname === paths.search(lang);
  const current = onResults ? (params.get('q') ?? '') : '';
  const [draft, setDraft] = useState<{ from: string; text: string } | null>(null);
  const inputId = useId();
  // Follows the address (Back, a new search) unless the person is typing.
  const text = draft?.from === current ? draft.text : current;

  function submit(event: FormEvent) {
    event.preventDefault();
    const query = text.trim();
    if (query) void navigate(paths.search(lang, { q: query }));
  }

  return (
    // Without the app (not yet loaded, or failed), the browser sends the search to its page.
    <form role="search" className="search-box" action={paths.search(lang)} onSubmit={submit}>
      <label htmlFor={inputId} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={inputId}
        type="search"
        name="q"
        value={text}
        onChange={(event) => setDraft({ from: current, text: event.target.value })}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        enterKeyHint="search"
      />
      <button type="submit">{t('search.button')}</button>
    </form>
  );
}
