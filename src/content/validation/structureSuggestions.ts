// Corrected values offered beside format notices: only where the intended value is unambiguous.

export function suggestPostalCode(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const compact = value.replace(/[\s-]/g, '').toUpperCase();
  return /^[A-Z]\d[A-Z]\d[A-Z]\d$/.test(compact) ? `${compact.slice(0, 3)} ${compact.slice(3)}` : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Only year-first dates: 05/11/2026 could be May or November, so it gets no suggestion. */
export function suggestDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function suggestUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (/^www\.|^[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/i.test(trimmed) && !/\s/.test(trimmed)) return `https://${trimmed}`;
  return undefined;
}

/** "8:30", "8h30", "4:30 PM", "16h" → 24-hour HH:MM. */
export function suggestTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{1,2})(?:[:h.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$/i.exec(value.trim());
  if (!match) return undefined;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  const half = match[3]?.toLowerCase().replace(/\./g, '');
  if (half === 'pm' && hours < 12) hours += 12;
  if (half === 'am' && hours === 12) hours = 0;
  return hours < 24 && minutes < 60 ? `${pad(hours)}:${pad(minutes)}` : undefined;
}

export function suggestLanguageCode(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const names: Record<string, string> = { english: 'en', anglais: 'en', french: 'fr', français: 'fr', francais: 'fr' };
  const lower = value.trim().toLowerCase();
  const code = names[lower] ?? lower.replace(/_/g, '-');
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(code) && code !== value ? code : undefined;
}

export function suggestId(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const slug = value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .replace(/([.-])[.-]+/g, '$1');
  return slug && slug !== value ? slug : undefined;
}
