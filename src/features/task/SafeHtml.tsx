import DOMPurify from 'dompurify';
import { useMemo } from 'react';

const ALLOWED_TAGS = ['p', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'br', 'h3', 'h4'];

/** Publisher HTML reduced to a few harmless tags: feeds come from outside this app. */
export function SafeHtml({ html, lang }: { html: string; lang?: string }) {
  const clean = useMemo(
    () => DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR: ['href'], ALLOWED_URI_REGEXP: /^https?:/i }),
    [html],
  );
  return <div className="content-body" lang={lang} dangerouslySetInnerHTML={{ __html: clean }} />;
}
