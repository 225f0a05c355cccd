import { describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import type { PortalConfig } from '../../api/portalConfig';
import { firstVisitPart, portalsFileQuery, wholePortalsFileQuery, type PortalsFileData } from './portalQueries';

const source = (id: string, municipality?: string): PortalConfig => ({
  id,
  kind: 'newcomer-feed',
  url: `/portals/${id}.json`,
  timeoutMs: 8000,
  name: { en: id },
  ...(municipality ? { municipality } : {}),
});

const whole: PortalsFileData = {
  portals: [source('canada'), source('ontario'), source('ottawa', 'ottawa'), source('hamilton', 'hamilton'), source('irc-agencies')],
  news: [{ id: 'ircc-news', kind: 'gc-news', url: '/news', timeoutMs: 8000, name: { en: 'News' } } as PortalsFileData['news'][number]],
  ingestOnly: [{ id: '211', kind: '211', url: 'https://211.example', timeoutMs: 8000, name: { en: '211' } } as PortalsFileData['ingestOnly'][number]],
  feedback: { url: '/portals/feedback' },
  snapshot: { url: '/snapshot/', generatedAt: '2026-12-01T03:00:00Z' },
};

describe('the part of the configuration a prerendered page carries', () => {
  it('holds what a first visitor’s pages read, and no city’s source', () => {
    const part = firstVisitPart(whole);
    expect(part.portals.map((portal) => portal.id)).toEqual(['canada', 'ontario', 'irc-agencies']);
    expect(part).toMatchObject({ partial: true, news: whole.news, ingestOnly: [], feedback: whole.feedback, snapshot: whole.snapshot });
  });

  it('serves a page as it is, and is read again for a reader of every source', async () => {
    const client = new QueryClient();
    client.setQueryData(portalsFileQuery.queryKey, firstVisitPart(whole));
    let reads = 0;
    const queryFn = () => {
      reads++;
      return Promise.resolve(whole);
    };
    expect((await client.fetchQuery({ ...portalsFileQuery, queryFn })).partial).toBe(true);
    expect(reads).toBe(0);
    const read = await client.fetchQuery({ ...wholePortalsFileQuery, queryFn });
    expect(read.portals).toHaveLength(5);
    expect(read.partial).toBeUndefined();
    expect(reads).toBe(1);
    // Once whole, the list is fresh for both kinds of reader.
    await client.fetchQuery({ ...wholePortalsFileQuery, queryFn });
    expect(reads).toBe(1);
  });
});
