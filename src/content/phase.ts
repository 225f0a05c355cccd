import { PRE_ARRIVAL_STAGES, type Stage, type Topic, TOPICS } from './taxonomy';
import type { Item } from './item';

/** The two doors on the home page: still abroad, or already in Ontario. */
export const PHASES = ['preparing', 'arrived'] as const;
export type Phase = (typeof PHASES)[number];

export function isPhase(value: string | null | undefined): value is Phase {
  return PHASES.includes(value as Phase);
}

export function stageInPhase(stage: Stage, phase: Phase): boolean {
  return PRE_ARRIVAL_STAGES.includes(stage) === (phase === 'preparing');
}

/** Items with at least one stage in the phase; every item when no phase is chosen. */
export function itemsInPhase<T extends Pick<Item, 'stages'>>(items: T[], phase: Phase | undefined): T[] {
  if (!phase) return items;
  return items.filter((item) => item.stages.some((stage) => stageInPhase(stage, phase)));
}

export function countByTopic<T extends Pick<Item, 'topics'>>(items: T[]): Record<Topic, number> {
  const counts = Object.fromEntries(TOPICS.map((topic) => [topic, 0])) as Record<Topic, number>;
  for (const item of items) for (const topic of item.topics) counts[topic] += 1;
  return counts;
}
