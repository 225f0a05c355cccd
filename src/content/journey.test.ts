import { describe, expect, it } from 'vitest';
import { buildCatalogue } from './catalogue';
import type { MunicipalityInput } from './municipality';
import { testFeed, testItem, testMunicipality } from './testing/builders';
import type { ItemInput } from './item';
import { buildJourney, dueDateFor, summarize } from './journey';
import { Profile, PROFILE_VERSION } from './profile';
import { emptyProgress, type Progress } from './progress';
import type { Stage } from './taxonomy';
import { mockFeeds } from '../../mocks/data/feeds';
import { parseFeed } from './parseFeed';

const item = (id: string, stages: Stage[], overrides: Partial<ItemInput> = {}) =>
  testItem(id, { stages, topics: ['work'], ...overrides });
const feed = (jurisdiction: 'federal' | 'municipal', id: string, items: ItemInput[], municipalities: MunicipalityInput[] = []) =>
  testFeed(id, jurisdiction, { items, municipalities });
const town = (id: string) => testMunicipality(id);

const catalogue = buildCatalogue([
  feed('federal', 'canada', [
    item('gather-documents', ['before-you-leave'], { due: { type: 'before-arrival' } }),
    item('child-benefit', ['first-weeks'], { dependsOn: ['sin'], audience: { requires: ['children-0-5'] } }),
    item('sin', ['first-days'], { due: { type: 'within-days-of-arrival', days: 14 } }),
    item('ifhp', ['first-days'], { audience: { categories: ['refugee'] } }),
    item('taxes', ['ongoing'], { due: { type: 'yearly', month: 4, day: 30 } }),
    item('licence', ['first-weeks'], { due: { type: 'within-days-of-arrival', days: 60 }, audience: { requires: ['drives'] } }),
  ]),
  feed('municipal', 'ottawa', [item('ottawa.transit', ['first-days'])], [town('ottawa')]),
  feed('municipal', 'toronto', [item('toronto.transit', ['first-days'])], [town('toronto')]),
]);

const profile = (overrides: Record<string, unknown> = {}) => Profile.parse({ version: PROFILE_VERSION, ...overrides });
const ids = (groups: { steps: { item: { id: string } }[] }[]) => groups.flatMap((g) => g.steps.map((s) => s.item.id));

describe('buildJourney', () => {
  it.each([
    {
      name: 'an empty profile gets the general steps only',
      profile: profile(),
      pre: ['gather-documents'],
      settlement: ['sin', 'ifhp', 'taxes'],
    },
    {
      name: 'an economic immigrant with a toddler who drives, moving to Ottawa',
      profile: profile({
        category: 'economic',
        municipality: 'ottawa',
        drives: true,
        household: { children0to5: true },
      }),
      pre: ['gather-documents'],
      settlement: ['sin', 'ottawa.transit', 'child-benefit', 'licence', 'taxes'],
    },
    {
      name: 'a refugee moving to Toronto',
      profile: profile({ category: 'refugee', municipality: 'toronto' }),
      pre: ['gather-documents'],
      settlement: ['sin', 'ifhp', 'toronto.transit', 'taxes'],
    },
  ])('$name', ({ profile: person, pre, settlement }) => {
    const journey = buildJourney(catalogue.items, person, emptyProgress(), '2026-11-23');
    expect(ids(journey.preArrival)).toEqual(pre);
    expect(ids(journey.settlement)).toEqual(settlement);
  });

  it('puts a step after the steps it depends on and says what each unlocks', () => {
    const journey = buildJourney(catalogue.items, profile({ household: { children0to5: true } }), emptyProgress(), '2026-11-23');
    const order = journey.steps.map((step) => step.item.id);
    expect(order.indexOf('sin')).toBeLessThan(order.indexOf('child-benefit'));
    expect(journey.steps.find((step) => step.item.id === 'sin')?.unlocks).toEqual(['child-benefit']);
  });

  it('computes due dates from the arrival date and flags overdue and due-soon steps', () => {
    const progress: Progress = {
      version: 1,
      steps: { 'gather-documents': { status: 'done', updatedAt: '2026-10-01T00:00:00Z' } },
    };
    const journey = buildJourney(catalogue.items, profile({ arrivalDate: '2026-11-01', drives: true }), progress, '2026-11-23');
    const step = (id: string) => journey.steps.find((s) => s.item.id === id);
    expect(step('sin')).toMatchObject({ dueDate: '2026-11-15', overdue: true, dueSoon: false });
    expect(step('licence')).toMatchObject({ dueDate: '2026-12-31', overdue: false, dueSoon: false });
    expect(step('taxes')).toMatchObject({ dueDate: '2027-04-30' });
    // Done steps are never overdue, even when their date has passed.
    expect(step('gather-documents')).toMatchObject({ dueDate: '2026-11-01', overdue: false, status: 'done' });
  });

  it('has no due dates without an arrival date', () => {
    const journey = buildJourney(catalogue.items, profile(), emptyProgress(), '2026-11-23');
    expect(journey.steps.every((step) => step.dueDate === null)).toBe(true);
  });

  it('is deterministic', () => {
    const person = profile({ municipality: 'ottawa', arrivalDate: '2026-12-01' });
    expect(buildJourney(catalogue.items, person, emptyProgress(), '2026-11-23')).toEqual(
      buildJourney(catalogue.items, person, emptyProgress(), '2026-11-23'),
    );
  });
});

describe('dueDateFor', () => {
  it.each([
    [{ type: 'within-days-of-arrival', days: 60 } as const, '2026-01-15', '2026-01-10', '2026-03-16'],
    [{ type: 'before-arrival' } as const, '2026-03-01', '2026-01-10', '2026-03-01'],
    [{ type: 'yearly', month: 4, day: 30 } as const, '2026-01-15', '2026-01-10', '2026-04-30'],
    [{ type: 'yearly', month: 4, day: 30 } as const, '2026-06-01', '2026-06-10', '2027-04-30'],
    [{ type: 'yearly', month: 4, day: 30 } as const, '2025-01-15', '2026-05-01', '2027-04-30'],
  ])('%o arriving %s, today %s → %s', (rule, arrival, today, expected) => {
    expect(dueDateFor(rule, arrival, today)).toBe(expected);
  });
});

describe('summarize', () => {
  it('counts done steps, leaves out steps not for me, and lists overdue steps first', () => {
    const progress: Progress = {
      version: 1,
      steps: {
        'gather-documents': { status: 'done', updatedAt: '2026-10-01T00:00:00Z' },
        ifhp: { status: 'not-for-me', updatedAt: '2026-10-01T00:00:00Z' },
      },
    };
    const journey = buildJourney(catalogue.items, profile({ arrivalDate: '2026-11-01' }), progress, '2026-11-23');
    const summary = summarize([...journey.preArrival, ...journey.settlement]);
    expect(summary).toMatchObject({ total: 3, done: 1 });
    expect(summary.next.map((step) => step.item.id)).toEqual(['sin', 'taxes']);
  });
});

describe('the mock catalogue', () => {
  const mock = buildCatalogue(Object.values(mockFeeds).flatMap((input) => parseFeed(input).feed ?? []));

  it('gives a family with children moving to Ottawa school enrolment and Ottawa’s items, none of Toronto’s', () => {
    const journey = buildJourney(
      mock.items,
      profile({ municipality: 'ottawa', household: { children0to5: true, children6to17: true } }),
      emptyProgress(),
      '2026-11-23',
    );
    const order = journey.steps.map((step) => step.item.id);
    expect(order).toContain('on.school-enrolment');
    expect(order.some((id) => id.startsWith('ottawa.'))).toBe(true);
    expect(order.filter((id) => id.startsWith('toronto.'))).toEqual([]);
    expect(order.indexOf('ca.sin')).toBeLessThan(order.indexOf('ca.child-benefit'));
  });
});
