import { describe, expect, it } from 'vitest';
import { mockFeeds } from '../../../../mocks/data/feeds';
import { Feed, type FeedInput } from '../../feed';
import type { Jurisdiction } from '../../taxonomy';
import { testFeed, testItem, testMunicipality, testOffice, testPublisher } from '../../testing/builders';
import { buildContext, contextFor } from '../buildContext';
import type { CheckContext } from '../context';
import type { Notice } from '../notice';
import { checkReferences } from './references';

const feed = (id: string, jurisdiction: Jurisdiction, extra: Partial<FeedInput> = {}) => testFeed(id, jurisdiction, extra);
const office = (id: string, municipality: string, services: string[] = []) => ({
  ...testOffice(municipality, 'serviceontario', services),
  id,
});

const ontario = feed('ontario', 'provincial', { items: [testItem('on.ohip'), testItem('on.photo-card')] });
const ottawa = feed('ottawa', 'municipal', {
  municipalities: [testMunicipality('ottawa')],
  items: [testItem('ottawa.transit')],
});
const sudbury = feed('greater-sudbury', 'municipal', {
  municipalities: [testMunicipality('greater-sudbury', { name: { en: 'Greater Sudbury', fr: 'Grand Sudbury' } })],
  items: [testItem('sudbury.transit')],
});

const run = (input: unknown, published: unknown[] = [ontario, ottawa, sudbury]) =>
  checkReferences(contextFor(input, { published }));
const withCode = (notices: Notice[], code: string) => notices.filter((notice) => notice.code === code);

describe('unknown_dependency', () => {
  const canada = (dependsOn: string[]) =>
    feed('canada', 'federal', { items: [testItem('ca.sin'), testItem('ca.child-benefit', { dependsOn })] });

  it('flags an id that no feed has, suggesting the nearest known id', () => {
    const [notice, ...rest] = withCode(run(canada(['ca.sni'])), 'unknown_dependency');
    expect(rest).toEqual([]);
    expect(notice).toMatchObject({
      severity: 'error',
      path: '/items/1/dependsOn/0',
      id: 'ca.child-benefit',
      suggestion: 'ca.sin',
    });
    expect(notice?.message.en).toContain('`dependsOn[0]` names `ca.sni`');
    expect(notice?.message.en).toContain('Did you mean `ca.sin`?');
    expect(notice?.message.fr).toContain('Vouliez-vous dire `ca.sin`\u00a0?');
  });

  it('gives no suggestion when nothing is close', () => {
    const [notice] = withCode(run(canada(['ca.citizenship-test'])), 'unknown_dependency');
    expect(notice?.suggestion).toBeUndefined();
    expect(notice?.message.en).toContain('Check the id against the other feeds');
  });

  it('accepts ids of this feed and of the other published feeds', () => {
    expect(run(canada(['ca.sin', 'on.ohip']))).toEqual([]);
  });

  it('does not call an entry of this feed the loader dropped "in no feed"', () => {
    const parsed = canada(['ca.broken']);
    const raw = { ...parsed, items: [...parsed.items, { id: 'ca.broken', kind: 'task' }] };
    const context: CheckContext = buildContext(
      raw,
      { feed: parsed, kept: { items: [0, 1], offices: [], municipalities: [] } },
      { asOf: '2026-12-01', published: [ontario] },
    );
    expect(withCode(checkReferences(context), 'unknown_dependency')).toEqual([]);
  });
});

describe('unknown_office_service', () => {
  const withOffice = (services: string[]) =>
    feed('ontario', 'provincial', { items: [testItem('on.ohip')], offices: [office('on.office.1', 'ottawa', services)] });

  it('flags a service id that no feed has, suggesting the nearest known id', () => {
    const [notice, ...rest] = withCode(run(withOffice(['on.ohip', 'on.ohp'])), 'unknown_office_service');
    expect(rest).toEqual([]);
    expect(notice).toMatchObject({ severity: 'error', path: '/offices/0/services/1', id: 'on.office.1', suggestion: 'on.ohip' });
    expect(notice?.message.en).toContain('`services[1]` names `on.ohp`');
  });

  it('accepts services published in any feed', () => {
    expect(run(withOffice(['on.ohip', 'ottawa.transit']))).toEqual([]);
  });
});

describe('unknown_municipality', () => {
  it('flags an office in an unknown municipality, suggesting a known id', () => {
    const input = feed('ontario', 'provincial', { items: [testItem('on.ohip')], offices: [office('on.office.1', 'otawa')] });
    const [notice, ...rest] = withCode(run(input), 'unknown_municipality');
    expect(rest).toEqual([]);
    expect(notice).toMatchObject({ severity: 'error', path: '/offices/0/municipality', id: 'on.office.1', suggestion: 'ottawa' });
    expect(notice?.message.en).toContain('`municipality` is `otawa`');
  });

  it('flags an item limited to an unknown municipality, suggesting the id of one written by name', () => {
    const input = feed('ontario', 'provincial', {
      items: [testItem('on.ohip', { municipalities: ['ottawa', 'grand-sudbury'] })],
    });
    const [notice, ...rest] = withCode(run(input), 'unknown_municipality');
    expect(rest).toEqual([]);
    expect(notice).toMatchObject({ path: '/items/0/municipalities/1', id: 'on.ohip', suggestion: 'greater-sudbury' });
    expect(notice?.message.fr).toContain('`municipalities[1]` vaut `grand-sudbury`');
  });

  it('accepts municipalities of this feed and of the others', () => {
    const input = feed('toronto', 'municipal', {
      municipalities: [testMunicipality('toronto')],
      items: [testItem('toronto.transit', { municipalities: ['toronto', 'ottawa'] })],
      offices: [office('toronto.office.1', 'toronto'), office('toronto.office.2', 'greater-sudbury')],
    });
    expect(run(input)).toEqual([]);
  });
});

describe('id_prefix_mismatch', () => {
  it('accepts the publisher id and the prefix most of the feed uses, and flags the odd one out', () => {
    const input = feed('ontario', 'provincial', {
      items: [
        testItem('on.ohip'),
        testItem('on.photo-card'),
        testItem('ontaro.renting'),
        testItem('ontario.child-care'),
        testItem('on.211'),
      ],
    });
    const [notice, ...rest] = withCode(run(input), 'id_prefix_mismatch');
    expect(rest).toEqual([]);
    expect(notice).toMatchObject({ severity: 'warning', path: '/items/2/id', id: 'ontaro.renting', suggestion: 'on.renting' });
    expect(notice?.message.en).toContain('starts with `ontaro.`, but this feed’s ids start with `on.`');
  });

  it('does not take half of the ids for a majority', () => {
    const input = feed('ontario', 'provincial', {
      items: [testItem('on.ohip'), testItem('ontario.renting'), testItem('on.photo-card'), testItem('ontario.child-care')],
    });
    const notices = withCode(run(input), 'id_prefix_mismatch');
    expect(notices.map((notice) => [notice.id, notice.suggestion])).toEqual([
      ['on.ohip', 'ontario.ohip'],
      ['on.photo-card', 'ontario.photo-card'],
    ]);
  });

  it('without a majority, expects the publisher id, in offices too', () => {
    const input = feed('ottawa', 'municipal', {
      municipalities: [testMunicipality('ottawa')],
      items: [testItem('ottawa.transit'), testItem('ott.library-card')],
      offices: [office('city.office.hall', 'ottawa')],
    });
    const notices = withCode(run(input), 'id_prefix_mismatch');
    expect(notices.map((notice) => [notice.path, notice.suggestion])).toEqual([
      ['/items/1/id', 'ottawa.library-card'],
      ['/offices/0/id', 'ottawa.office.hall'],
    ]);
  });

  it('uses a declared idPrefix instead of the publisher id', () => {
    const input = {
      ...feed('canada', 'federal', { items: [testItem('ca.sin'), testItem('canada.pr-card')] }),
      publisher: { ...testPublisher('canada', 'federal'), idPrefix: 'ca' },
    };
    const [notice, ...rest] = withCode(run(input), 'id_prefix_mismatch');
    expect(rest).toEqual([]);
    expect(notice).toMatchObject({ path: '/items/1/id', id: 'canada.pr-card', suggestion: 'ca.pr-card' });
  });

  it('accepts the publisher id beside the short prefix most ids use', () => {
    const input = feed('greater-sudbury', 'municipal', {
      municipalities: [testMunicipality('greater-sudbury')],
      items: [testItem('sudbury.transit'), testItem('greater-sudbury.recreation')],
      offices: [office('sudbury.office.main', 'greater-sudbury')],
    });
    expect(run(input)).toEqual([]);
  });
});

describe('id_without_prefix', () => {
  it('suggests the feed’s prefix for an id with no dot', () => {
    const input = feed('greater-sudbury', 'municipal', {
      municipalities: [testMunicipality('greater-sudbury')],
      items: [testItem('sudbury.transit'), testItem('sudbury.311'), testItem('recreation')],
    });
    const [notice, ...rest] = withCode(run(input), 'id_without_prefix');
    expect(rest).toEqual([]);
    expect(notice).toMatchObject({ severity: 'info', path: '/items/2/id', id: 'recreation', suggestion: 'sudbury.recreation' });
    expect(withCode(run(input), 'id_prefix_mismatch')).toEqual([]);
  });

  it('is not raised for hyphenated ids with a prefix', () => {
    expect(run(feed('ottawa', 'municipal', { municipalities: [testMunicipality('ottawa')], items: [testItem('ottawa.library-card')] }))).toEqual([]);
  });
});

describe('depends_on_itself', () => {
  it('flags an item listing its own id', () => {
    const notices = run(feed('canada', 'federal', { items: [testItem('ca.landing'), testItem('ca.sin', { dependsOn: ['ca.landing', 'ca.sin'] })] }));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ code: 'depends_on_itself', severity: 'warning', path: '/items/1/dependsOn/1', id: 'ca.sin' });
    expect(notices[0]?.message.en).toContain('`dependsOn[1]` is the item’s own id, `ca.sin`');
  });

  it('is not raised for a dependency on another item', () => {
    expect(run(feed('canada', 'federal', { items: [testItem('ca.landing'), testItem('ca.sin', { dependsOn: ['ca.landing'] })] }))).toEqual([]);
  });
});

describe('dependency_cycle', () => {
  it('flags a circle once, on the dependency that closes it', () => {
    const input = feed('canada', 'federal', {
      items: [
        testItem('ca.landing', { dependsOn: ['ca.pr-card-address'] }),
        testItem('ca.pr-card-address', { dependsOn: ['ca.pr-card'] }),
        testItem('ca.pr-card', { dependsOn: ['ca.sin', 'ca.landing'] }),
        testItem('ca.sin'),
      ],
    });
    const notices = run(input);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ code: 'dependency_cycle', severity: 'warning', path: '/items/2/dependsOn/1', id: 'ca.pr-card' });
    expect(notices[0]?.message.en).toContain('`ca.landing` → `ca.pr-card-address` → `ca.pr-card` → `ca.landing`');
  });

  it('is not raised for steps that share dependencies without a circle', () => {
    const input = feed('canada', 'federal', {
      items: [
        testItem('ca.citizenship', { dependsOn: ['ca.travel-records', 'ca.income-tax-return'] }),
        testItem('ca.income-tax-return', { dependsOn: ['ca.sin'] }),
        testItem('ca.travel-records', { dependsOn: ['ca.sin'] }),
        testItem('ca.sin'),
      ],
    });
    expect(run(input)).toEqual([]);
  });
});

describe('the mock feeds', () => {
  it('raise no reference notices', () => {
    const published = Object.values(mockFeeds).map((input) => Feed.parse(input));
    for (const input of Object.values(mockFeeds)) expect(run(input, published)).toEqual([]);
  });
});
