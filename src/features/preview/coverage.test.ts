import { describe, expect, it } from 'vitest';
import { testFeed, testItem, testMunicipality, testOffice } from '../../content/testing/builders';
import { coverageOf } from './coverage';

const canada = testFeed('canada', 'federal', {
  items: [
    testItem('ca.sin', { topics: ['status-documents'], stages: ['first-days'] }),
    testItem('ca.taxes', { topics: ['money-taxes'], stages: ['ongoing'] }),
  ],
});
const ontario = testFeed('ontario', 'provincial', {
  items: [
    // The same service as Canada's: the plan shows it once.
    testItem('on.sin-help', { serviceId: 'sin', topics: ['status-documents'], stages: ['first-days'] }),
    testItem('on.ohip', { topics: ['health'], stages: ['first-days', 'first-weeks'] }),
  ],
  offices: [testOffice('ottawa', 'serviceontario'), testOffice('ottawa', 'library')],
});
canada.items[0] = { ...canada.items[0]!, serviceId: 'sin' };
const toronto = testFeed('toronto', 'municipal', {
  items: [testItem('toronto.housing', { topics: ['housing'] })],
  offices: [testOffice('ottawa', 'settlement-agency')],
});

const draft = testFeed('ottawa', 'municipal', {
  municipalities: [testMunicipality('ottawa')],
  items: [
    testItem('ottawa.transit', { topics: ['driving-transportation'], stages: ['first-days'] }),
    testItem('ottawa.school', { topics: ['children-family', 'education-credentials'], stages: ['first-weeks', 'first-months'] }),
  ],
  offices: [testOffice('ottawa', 'settlement-agency')],
});

describe('coverageOf', () => {
  const coverage = coverageOf(draft, [canada, ontario, toronto]);

  it('counts the draft’s steps per stage where the plan shows them, beside the federal and provincial ones', () => {
    const byStage = Object.fromEntries(coverage.stages.map((row) => [row.key, [row.local, row.broader]]));
    expect(byStage).toEqual({
      'before-you-leave': [0, 0],
      'first-days': [1, 2],
      'first-weeks': [1, 0],
      'first-months': [0, 0],
      'first-year': [0, 0],
      ongoing: [0, 1],
    });
  });

  it('counts a step under each of its topics, and leaves other cities out of the broader count', () => {
    const byTopic = Object.fromEntries(coverage.topics.map((row) => [row.key, [row.local, row.broader]]));
    expect(byTopic['children-family']).toEqual([1, 0]);
    expect(byTopic['education-credentials']).toEqual([1, 0]);
    expect(byTopic.housing).toEqual([0, 0]);
    expect(byTopic['status-documents']).toEqual([0, 1]);
  });

  it('lists the local services the draft covers and the ones it leaves out', () => {
    const kinds = Object.fromEntries(coverage.kinds.map((kind) => [kind.kind, kind]));
    expect(kinds.transit?.entries.map((entry) => entry.id)).toEqual(['ottawa.transit']);
    expect(kinds.school?.entries.map((entry) => entry.id)).toEqual(['ottawa.school']);
    expect(kinds.housing?.entries).toEqual([]);
    expect(kinds['settlement-agency']?.entries).toHaveLength(1);
    expect(kinds.library?.entries).toEqual([]);
    // Ontario lists a library in Ottawa, another feed a settlement agency there.
    expect(kinds.library?.fromOthers).toBe(1);
    expect(kinds['settlement-agency']?.fromOthers).toBe(1);
    expect(coverage.municipalities.map((m) => m.id)).toEqual(['ottawa']);
  });

  it('does not count the publisher’s own published feed as what others provide', () => {
    const publishedOttawa = testFeed('ottawa', 'municipal', { offices: [testOffice('ottawa', 'library')] });
    const kinds = coverageOf(draft, [publishedOttawa]).kinds;
    expect(kinds.find((kind) => kind.kind === 'library')?.fromOthers).toBe(0);
  });
});
