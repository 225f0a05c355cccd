/**
 * The fixed vocabularies every publisher uses, so that federal, provincial, municipal and
 * community feeds can be merged (Annex B of the Canada–Ontario Immigration Agreement asks for
 * "common taxonomies and metadata standards"). Labels live in the UI translation files; these
 * are the stable codes that travel in feeds. Adding a code is a minor schema version; removing
 * or renaming one is a major version.
 */

/** Who is responsible for a service. "community" covers settlement agencies and other non-profits. */
export const JURISDICTIONS = ['federal', 'provincial', 'municipal', 'community'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/**
 * Twelve topics, in the order a newcomer usually needs them. Each has one meaning:
 * - status-documents: permanent resident card, travel records, residency obligation, SIN
 * - health: OHIP, interim federal health, family doctors, public health
 * - work: job search, employment services, mentoring, workers' rights
 * - education-credentials: credential assessment, regulated professions, adult education
 * - housing: finding a home, tenant rights
 * - money-taxes: banking, income tax returns, benefits and credits
 * - language: language assessment, LINC, ESL/FSL classes
 * - driving-transportation: driver's licence, photo card, public transit
 * - children-family: school enrolment, child benefits, child care
 * - rights-community: settlement services, orientation, libraries, recreation, 211
 * - emergencies: 911, crisis lines, health and safety information
 * - citizenship: becoming a Canadian citizen
 */
export const TOPICS = [
  'status-documents',
  'health',
  'work',
  'education-credentials',
  'housing',
  'money-taxes',
  'language',
  'driving-transportation',
  'children-family',
  'rights-community',
  'emergencies',
  'citizenship',
] as const;
export type Topic = (typeof TOPICS)[number];

/**
 * Journey stages. They blend IRCC's "Welcome to Canada" phases (before you arrive, first two
 * weeks, first two months) with the day 1 / month 1 / months 2–6 / months 7–12 model of Ontario
 * community health centres:
 * - before-you-leave: from approval to departure
 * - first-days: arrival to about day 14
 * - first-weeks: about day 15 to day 60
 * - first-months: about month 3 to month 6
 * - first-year: about month 7 to month 12
 * - ongoing: yearly or long-term obligations (taxes, residency, citizenship)
 */
export const STAGES = [
  'before-you-leave',
  'first-days',
  'first-weeks',
  'first-months',
  'first-year',
  'ongoing',
] as const;
export type Stage = (typeof STAGES)[number];

/** Stages a person still abroad plans for; the others begin at arrival. */
export const PRE_ARRIVAL_STAGES: readonly Stage[] = ['before-you-leave'];

export const IMMIGRATION_CATEGORIES = [
  'economic',
  'family',
  'refugee',
  'student',
  'temporary-worker',
] as const;
export type ImmigrationCategory = (typeof IMMIGRATION_CATEGORIES)[number];

/** Household traits a step can require: a step that lists one applies only to such households. */
export const HOUSEHOLD_TRAITS = [
  'spouse-or-partner',
  'children-0-5',
  'children-6-17',
  'drives',
  'regulated-occupation',
] as const;
export type HouseholdTrait = (typeof HOUSEHOLD_TRAITS)[number];

export const CHANNEL_TYPES = ['online', 'in-person', 'phone', 'kiosk', 'mail'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

export const OFFICE_KINDS = [
  'serviceontario',
  'service-canada',
  'co-located',
  'settlement-agency',
  'library',
] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];

export const ITEM_KINDS = ['task', 'guide'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
