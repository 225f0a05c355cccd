import { HttpResponse, http } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { PortalError } from './portalError';
import { fetchMunicipalityIndex, fetchSnapshotCatalogue } from './snapshotFiles';

const baseUrl = 'http://localhost:4173/en/journey';
const snapshot = { url: '/snapshot/', generatedAt: '2026-12-01T06:00:00.000Z' };
const catalogue = { items: [], offices: [], municipalities: [], publishers: [{ id: 'canada' }] };

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('reading a deployed snapshot', () => {
  it('reads the person’s municipality’s catalogue, or the general one, with the date of the run', async () => {
    const asked: string[] = [];
    server.use(
      http.get('http://localhost:4173/snapshot/*', ({ request }) => {
        asked.push(new URL(request.url).pathname);
        return HttpResponse.json(catalogue);
      }),
    );
    await expect(fetchSnapshotCatalogue(snapshot, 'ottawa', baseUrl)).resolves.toEqual({ value: catalogue, generatedAt: snapshot.generatedAt });
    await fetchSnapshotCatalogue(snapshot, null, baseUrl);
    expect(asked).toEqual(['/snapshot/catalogues/ottawa.json', '/snapshot/catalogue.json']);
  });

  it('refuses a file of the wrong shape instead of handing it to a page', async () => {
    server.use(http.get('http://localhost:4173/snapshot/catalogue.json', () => HttpResponse.json({ items: 'oops' })));
    const error = await fetchSnapshotCatalogue(snapshot, undefined, baseUrl).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortalError);
    expect(error).toMatchObject({ failure: 'rejected' });
  });

  it('says a missing municipality file is an HTTP 404, and reads the index', async () => {
    server.use(
      http.get('http://localhost:4173/snapshot/catalogues/nowhere.json', () => new HttpResponse(null, { status: 404 })),
      http.get('http://localhost:4173/snapshot/municipalities.json', () => HttpResponse.json({ generatedAt: snapshot.generatedAt, municipalities: [] })),
    );
    await expect(fetchSnapshotCatalogue(snapshot, 'nowhere', baseUrl)).rejects.toMatchObject({ failure: 'http', status: 404 });
    await expect(fetchMunicipalityIndex(snapshot, baseUrl)).resolves.toMatchObject({ value: { municipalities: [] } });
  });
});
