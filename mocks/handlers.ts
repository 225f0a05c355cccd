import { HttpResponse, delay, http } from 'msw';
import { ckanHandlers } from './ckanHandlers.ts';
import { mockFeeds } from './data/feeds.ts';
import { recordReport, receivedReports } from './feedbackLog.ts';
import { gcNewsHandlers } from './gcNewsHandlers.ts';
import { hsdsHandlers } from './hsdsHandlers.ts';
import { irccHandlers } from './irccHandlers.ts';
import { ontario211Handlers } from './ontario211Handlers.ts';
import { SLOW_MS, SWITCH_COOKIE, TIMEOUT_MS, feedModeFor } from './switches.ts';

/** Paths the mocks answer; the preview server sends only these to the handlers. */
export const MOCK_PATH_PREFIXES = ['/portals/', '/__mocks/'];

const brokenItem = {
  id: 'mock.broken-item',
  kind: 'task',
  title: { en: 'An item with no summary, body or source' },
};

export const handlers = [
  http.get('*/portals/:portal/newcomer-feed.json', async ({ params, cookies }) => {
    const portal = String(params.portal);
    const feed = mockFeeds[portal];
    if (!feed) return HttpResponse.json({ error: `No portal named ${portal}` }, { status: 404 });

    switch (feedModeFor(portal, cookies[SWITCH_COOKIE])) {
      case 'fail':
        return HttpResponse.html('<h1>503 Service Unavailable</h1>', { status: 500 });
      case 'timeout':
        await delay(TIMEOUT_MS);
        return HttpResponse.html('<h1>504 Gateway Timeout</h1>', { status: 504 });
      case 'slow':
        await delay(SLOW_MS);
        return HttpResponse.json(feed);
      case 'malformed':
        return HttpResponse.json({ ...feed, items: [...(feed.items ?? []), brokenItem] });
      case 'empty':
        return HttpResponse.json({ ...feed, items: [], offices: [], municipalities: [] });
      case 'ok':
        return HttpResponse.json(feed, { headers: { 'Cache-Control': 'no-cache' } });
    }
  }),

  http.post('*/portals/feedback', async ({ request }) => {
    const report = await request.json().catch(() => null);
    if (typeof report !== 'object' || report === null) {
      return HttpResponse.json({ error: 'Send the report as a JSON object.' }, { status: 400 });
    }
    const { receivedAt } = recordReport(report);
    return HttpResponse.json({ received: true, receivedAt }, { status: 201 });
  }),

  http.get('*/__mocks/feedback', () => HttpResponse.json(receivedReports())),

  // Real services in their own shapes, for the adapters (public/portals.json points at them).
  ...irccHandlers,
  ...hsdsHandlers,
  ...ckanHandlers,
  ...gcNewsHandlers,
  // Read by the ingest only (its key is a secret): the app never asks it.
  ...ontario211Handlers,
];
