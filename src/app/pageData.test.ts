import { describe, expect, it } from 'vitest';
import { QueryClient, dehydrate } from '@tanstack/react-query';
import { deployedDataAsOfNow, isDeployedWithPages } from './pageData';
import { portalQueryKey, portalsFileQuery } from '../shared/portals/portalQueries';
import { municipalityIndexQuery, snapshotCatalogueQuery } from '../shared/portals/snapshotQueries';
import { newsSourceQuery, snapshotNewsQuery } from '../shared/news/newsQueries';
import type { PortalConfig, NewsSourceConfig } from '../api/portalConfig';

const snapshot = { url: '/snapshot/', generatedAt: '2026-12-01T03:00:00Z' };
const portal: PortalConfig = { id: 'ottawa', kind: 'newcomer-feed', url: 'https://ottawa.example/feed.json', timeoutMs: 8000, name: { en: 'Ottawa' } };
const news = { id: 'ircc-news', kind: 'gc-news', url: 'https://api.example/news?lang={lang}', timeoutMs: 8000, name: { en: 'News' } } as NewsSourceConfig;

describe('the files deployed with a page', () => {
  it('are the configuration and the snapshot, never a portal’s or a news source’s answer', () => {
    expect(isDeployedWithPages(portalsFileQuery.queryKey)).toBe(true);
    expect(isDeployedWithPages(snapshotCatalogueQuery(snapshot, 'ottawa').queryKey)).toBe(true);
    expect(isDeployedWithPages(municipalityIndexQuery(snapshot).queryKey)).toBe(true);
    expect(isDeployedWithPages(snapshotNewsQuery(snapshot, 'en', 'http://localhost/').queryKey)).toBe(true);
    expect(isDeployedWithPages(portalQueryKey(portal))).toBe(false);
    expect(isDeployedWithPages(newsSourceQuery(news, 'en', 'http://localhost/').queryKey)).toBe(false);
  });

  it('are dated now when the page came from the server; a portal’s content keeps its build date', () => {
    const built = Date.parse('2026-12-01T04:00:00Z');
    const client = new QueryClient();
    client.setQueryData(portalsFileQuery.queryKey, { portals: [portal], news: [], ingestOnly: [], feedback: { url: '/f' } }, { updatedAt: built });
    client.setQueryData(snapshotCatalogueQuery(snapshot, null).queryKey, { generatedAt: snapshot.generatedAt, value: {} } as never, { updatedAt: built });
    client.setQueryData(portalQueryKey(portal), { feed: {} } as never, { updatedAt: built });
    const now = Date.parse('2026-12-02T10:00:00Z');
    const dates = Object.fromEntries(deployedDataAsOfNow(dehydrate(client), now).queries.map((query) => [String(query.queryKey[0]), query.state.dataUpdatedAt]));
    expect(dates).toEqual({ 'portals-file': now, 'snapshot-catalogue': now, portal: built });
  });
});
