import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { resetMockSwitches, setMockSwitches } from '../../mocks/switches';
import { loadPortal } from './loadPortal';
import { PortalConfig } from './portalConfig';
import { PortalError } from './portalError';

const baseUrl = 'http://localhost:4173';
const portal = (id: string, timeoutMs = 2_000) =>
  PortalConfig.parse({
    id,
    kind: 'newcomer-feed',
    url: `/portals/${id}/newcomer-feed.json`,
    name: { en: id },
    timeoutMs,
  });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => resetMockSwitches());
afterAll(() => server.close());

describe('loadPortal over the mock portals', () => {
  it('loads a portal into the common feed with its publisher', async () => {
    const content = await loadPortal(portal('canada'), { baseUrl });
    expect(content.feed.publisher.jurisdiction).toBe('federal');
    expect(content.feed.items.map((item) => item.id)).toContain('ca.sin');
    expect(content.problems).toEqual([]);
  });

  it('skips and reports a malformed item and keeps the rest', async () => {
    const healthy = await loadPortal(portal('ontario'), { baseUrl });
    setMockSwitches('ontario:malformed');
    const content = await loadPortal(portal('ontario'), { baseUrl });
    expect(content.feed.items).toHaveLength(healthy.feed.items.length);
    expect(content.problems).toHaveLength(1);
    expect(content.problems[0]?.message).toMatch(/^items\[\d+\] "mock.broken-item" skipped: summary: is required/);
  });

  it('turns a failing portal into a PortalError that says what happened', async () => {
    setMockSwitches('ottawa:fail');
    const error = await loadPortal(portal('ottawa'), { baseUrl }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortalError);
    expect(error).toMatchObject({ portalId: 'ottawa', failure: 'http', status: 500 });
  });

  it('gives up on a portal that does not answer in time', async () => {
    setMockSwitches('toronto:slow');
    const error = await loadPortal(portal('toronto', 200), { baseUrl }).catch((e: unknown) => e);
    expect(error).toMatchObject({ portalId: 'toronto', failure: 'timeout' });
  });
});
