import type { LanguageCode } from '../localized';
import type { Office } from '../office';
import { isOpenAt } from './hours';

type FilterableOffice = Pick<Office, 'services' | 'languages' | 'wheelchairAccessible' | 'hours'>;

/** What a person can narrow the office list by; a filter left undefined keeps every office. */
export interface OfficeFilters {
  /** A task id: only offices that serve it in person. */
  service?: string;
  /** A language the person wants to be served in, e.g. "ar". */
  language?: LanguageCode;
  /** Only offices whose publisher states they are wheelchair accessible. */
  wheelchairAccessible?: boolean;
  /** Only offices open at this moment, judged in Ontario time. */
  openAt?: Date;
}

export function offersService(office: Pick<Office, 'services'>, taskId: string): boolean {
  return office.services.includes(taskId);
}

const primarySubtag = (code: string) => code.split('-')[0]?.toLowerCase() ?? '';

/**
 * Compares primary language subtags only: someone asking for Chinese ("zh") should find an office
 * that lists "zh-Hant", and the reverse.
 */
export function speaksLanguage(office: Pick<Office, 'languages'>, language: LanguageCode): boolean {
  const wanted = primarySubtag(language);
  return office.languages.some((code) => primarySubtag(code) === wanted);
}

export function filterOffices<T extends FilterableOffice>(offices: readonly T[], filters: OfficeFilters): T[] {
  const { service, language, wheelchairAccessible, openAt } = filters;
  return offices.filter(
    (office) =>
      (service === undefined || offersService(office, service)) &&
      (language === undefined || speaksLanguage(office, language)) &&
      // Asking for accessible offices must not list one whose access is unknown.
      (!wheelchairAccessible || office.wheelchairAccessible === true) &&
      (openAt === undefined || isOpenAt(office, openAt)),
  );
}
