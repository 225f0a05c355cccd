import type { Check } from './context';
import type { NoticeDefinition } from './notice';
import { structureNotices } from './structureNotices';
import { checkLanguages, languagesNotices } from './checks/languages';
import { checkDates, datesNotices } from './checks/dates';
import { checkReferences, referencesNotices } from './checks/references';
import { checkOverlap, overlapNotices } from './checks/overlap';
import { checkHtml, htmlNotices } from './checks/html';
import { checkLinks, linksNotices } from './checks/links';
import { checkOffices, officesNotices } from './checks/offices';

/** The checks that run on the entries the loader keeps, in the order their notices are listed. */
export const CHECKS: Check[] = [
  checkLanguages,
  checkDates,
  checkReferences,
  checkOverlap,
  checkHtml,
  checkLinks,
  checkOffices,
];

/** Every code the validator can emit: the generated notices page is made from this list. */
export const NOTICE_DEFINITIONS: NoticeDefinition[] = [
  ...structureNotices,
  ...languagesNotices,
  ...datesNotices,
  ...referencesNotices,
  ...overlapNotices,
  ...htmlNotices,
  ...linksNotices,
  ...officesNotices,
];
