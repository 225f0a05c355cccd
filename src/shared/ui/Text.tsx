import type { ElementType } from 'react';
import type { LocalizedText } from '../../content/localized';
import { localize } from '../../content/localize';
import { useLang } from '../useLang';

interface TextProps {
  value: LocalizedText;
  as?: ElementType;
  className?: string;
}

/**
 * Publisher text in the page's language, or in the language it falls back to, marked with
 * `lang` so screen readers pronounce it right.
 */
export function Text({ value, as: Tag = 'span', className }: TextProps) {
  const lang = useLang();
  const { text, lang: actual } = localize(value, lang);
  return (
    <Tag className={className} lang={actual === lang ? undefined : actual}>
      {text}
    </Tag>
  );
}

/** A plain string for attributes and titles, where no element can carry `lang`. */
export function useLocalize() {
  const lang = useLang();
  return (value: LocalizedText) => localize(value, lang).text;
}
