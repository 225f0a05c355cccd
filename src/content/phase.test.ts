import { describe, expect, it } from 'vitest';
import { countByTopic, itemsInPhase } from './phase';
import type { Stage, Topic } from './taxonomy';

const item = (id: string, stages: Stage[], topics: Topic[] = ['health']) => ({ id, stages, topics });
const items = [
  item('gather-documents', ['before-you-leave'], ['status-documents']),
  item('sin', ['first-days'], ['work', 'status-documents']),
  item('credentials', ['before-you-leave', 'first-months'], ['education-credentials']),
];

describe('phases', () => {
  it('keeps pre-arrival stages for people preparing and the rest for people who arrived', () => {
    expect(itemsInPhase(items, 'preparing').map((i) => i.id)).toEqual(['gather-documents', 'credentials']);
    expect(itemsInPhase(items, 'arrived').map((i) => i.id)).toEqual(['sin', 'credentials']);
    expect(itemsInPhase(items, undefined)).toHaveLength(3);
  });

  it('counts items under every topic they carry', () => {
    const counts = countByTopic(items);
    expect(counts['status-documents']).toBe(2);
    expect(counts.work).toBe(1);
    expect(counts.citizenship).toBe(0);
  });
});
