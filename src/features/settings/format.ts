import type { UiLanguage } from '../../i18n/languages';
import { localDay as dayOf } from '../../content/localDay';

/** Numbers in the page's language: "1,234" in English, "1 234" in French. */
export function formatNumber(value: number, lang: UiLanguage, fractionDigits = 0): string {
  return new Intl.NumberFormat(`${lang}-CA`, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/** A size as its number and unit, in kilobytes with one decimal, or megabytes from 1,000 KB. */
export function sizeParts(bytes: number, lang: UiLanguage): { unit: 'kb' | 'mb'; value: string } {
  const kilobytes = bytes / 1000;
  return kilobytes < 1000
    ? { unit: 'kb', value: formatNumber(kilobytes, lang, 1) }
    : { unit: 'mb', value: formatNumber(kilobytes / 1000, lang, 1) };
}

/** The calendar day, YYYY-MM-DD, on which a moment fell where the person is. */
export function localDay(iso: string): string {
  return dayOf(new Date(iso));
}

const encoder = new TextEncoder();
const sizes = new WeakMap<object, number>();

/** About how much room a value takes once stored: its size as JSON, measured once per object. */
export function storedSize(value: object): number {
  let size = sizes.get(value);
  if (size === undefined) {
    size = encoder.encode(JSON.stringify(value)).byteLength;
    sizes.set(value, size);
  }
  return size;
}
