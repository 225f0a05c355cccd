import type { CatalogueItem } from './catalogue';
import { itemsForMunicipality } from './catalogue';
import type { DueRule } from './item';
import type { Profile } from './profile';
import type { Progress } from './progress';
import { isClosed, statusOf, type StepStatus } from './stepStatus';
import { PRE_ARRIVAL_STAGES, STAGES, type HouseholdTrait, type Stage } from './taxonomy';

/** The household facts that make steps apply, from the profile's answers. */
function householdTraits(profile: Profile): HouseholdTrait[] {
  const traits: HouseholdTrait[] = [];
  if (profile.household.spouseOrPartner) traits.push('spouse-or-partner');
  if (profile.household.children0to5) traits.push('children-0-5');
  if (profile.household.children6to17) traits.push('children-6-17');
  if (profile.drives) traits.push('drives');
  if (profile.regulatedOccupation) traits.push('regulated-occupation');
  return traits;
}

/** Days before a due date when a step is flagged "due soon". */
export const DUE_SOON_DAYS = 14;

export interface JourneyStep {
  item: CatalogueItem;
  /** The stage the step is grouped under: its earliest stage. */
  stage: Stage;
  status: StepStatus;
  /** YYYY-MM-DD, when the item has a due rule and the person has an arrival date. */
  dueDate: string | null;
  overdue: boolean;
  dueSoon: boolean;
  /** Ids of steps in this plan this one depends on, and of those it unlocks. */
  dependsOn: string[];
  unlocks: string[];
}

export interface StageGroup {
  stage: Stage;
  steps: JourneyStep[];
}

export interface Journey {
  preArrival: StageGroup[];
  settlement: StageGroup[];
  steps: JourneyStep[];
}

const DAY_MS = 86_400_000;

function parseDate(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function formatDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The date a due rule falls on for someone arriving on `arrival` (YYYY-MM-DD). */
export function dueDateFor(rule: DueRule, arrival: string, today: string): string {
  switch (rule.type) {
    case 'within-days-of-arrival':
      return formatDate(parseDate(arrival) + rule.days * DAY_MS);
    case 'before-arrival':
      return arrival;
    case 'yearly': {
      // The first such date after arrival that has not already passed.
      const from = Math.max(parseDate(arrival), parseDate(today));
      const year = new Date(from).getUTCFullYear();
      const candidate = (y: number) => Date.UTC(y, rule.month - 1, rule.day);
      return formatDate(candidate(year) >= from ? candidate(year) : candidate(year + 1));
    }
  }
}

export function appliesTo(item: CatalogueItem, profile: Profile): boolean {
  const { categories, requires } = item.audience;
  if (profile.category && categories.length > 0 && !categories.includes(profile.category)) return false;
  const traits = householdTraits(profile);
  return requires.every((trait) => traits.includes(trait));
}

function earliestStage(stages: Stage[]): Stage {
  return STAGES.find((stage) => stages.includes(stage)) ?? 'ongoing';
}

/** Orders steps so that every step comes after the steps it depends on, otherwise keeping order. */
function dependencyOrder(steps: JourneyStep[]): JourneyStep[] {
  const byId = new Map(steps.map((step) => [step.item.id, step]));
  const placed = new Set<string>();
  const ordered: JourneyStep[] = [];
  const visit = (step: JourneyStep, path: Set<string>) => {
    if (placed.has(step.item.id) || path.has(step.item.id)) return;
    path.add(step.item.id);
    for (const id of step.dependsOn) {
      const dependency = byId.get(id);
      if (dependency) visit(dependency, path);
    }
    placed.add(step.item.id);
    ordered.push(step);
  };
  for (const step of steps) visit(step, new Set());
  return ordered;
}

/**
 * Turns the catalogue and a profile into a personal plan: the steps that apply to this
 * person and their municipality, grouped by stage, dependencies first, with due dates computed
 * from the arrival date. Pure: the same inputs always give the same plan.
 */
export function buildJourney(items: CatalogueItem[], profile: Profile, progress: Progress, today: string): Journey {
  const relevant = itemsForMunicipality(items, profile.municipality ?? undefined).filter((item) =>
    appliesTo(item, profile),
  );
  const ids = new Set(relevant.map((item) => item.id));
  // Who depends on whom, indexed once: asking every item for each step grows with the square.
  const unlockedBy = new Map<string, string[]>();
  for (const item of relevant) {
    for (const id of item.dependsOn) unlockedBy.set(id, [...(unlockedBy.get(id) ?? []), item.id]);
  }
  const steps = relevant.map((item): JourneyStep => {
    const status = statusOf(progress, item.id);
    const dueDate = item.due && profile.arrivalDate ? dueDateFor(item.due, profile.arrivalDate, today) : null;
    const daysLeft = dueDate ? (parseDate(dueDate) - parseDate(today)) / DAY_MS : null;
    const open = !isClosed(status);
    return {
      item,
      stage: earliestStage(item.stages),
      status,
      dueDate,
      overdue: open && daysLeft !== null && daysLeft < 0,
      dueSoon: open && daysLeft !== null && daysLeft >= 0 && daysLeft <= DUE_SOON_DAYS,
      dependsOn: item.dependsOn.filter((id) => ids.has(id)),
      unlocks: unlockedBy.get(item.id) ?? [],
    };
  });

  const groups = STAGES.map((stage) => ({
    stage,
    steps: dependencyOrder(steps.filter((step) => step.stage === stage)),
  })).filter((group) => group.steps.length > 0);
  const isPre = (group: StageGroup) => PRE_ARRIVAL_STAGES.includes(group.stage);
  const preArrival = groups.filter(isPre);
  const settlement = groups.filter((group) => !isPre(group));
  return { preArrival, settlement, steps: groups.flatMap((group) => group.steps) };
}

export interface JourneySummary {
  total: number;
  done: number;
  /** The next open steps, overdue ones first, then in plan order. */
  next: JourneyStep[];
}

export function summarize(groups: StageGroup[], count = 3): JourneySummary {
  const steps = groups.flatMap((group) => group.steps);
  const open = steps.filter((step) => !isClosed(step.status));
  const next = [...open.filter((step) => step.overdue), ...open.filter((step) => !step.overdue)].slice(0, count);
  return {
    total: steps.filter((step) => step.status !== 'not-for-me').length,
    done: steps.filter((step) => step.status === 'done').length,
    next,
  };
}
