import { HttpResponse, http } from 'msw';
import services from './data/hsds/services.json' with { type: 'json' };
import { mockFault } from './faults.ts';

/** The switch name that makes this mock misbehave (`MOCK_PORTALS=hsds:fail`). */
const SWITCH = 'hsds';

/** Small, so that the fixture's services take more than one page, as a real directory's do. */
export const HSDS_PER_PAGE_DEFAULT = 5;
const PER_PAGE_MAX = 50;

type Service = Record<string, unknown>;

const fullServices: Service[] = services;

/**
 * A listing without `full=true` holds "only one-to-one fields" (HSDS API 3.0): nested lists
 * such as `service_at_locations`, `phones` and `schedules` are left out, the organization kept.
 */
function oneToOne(record: Service): Service {
  return Object.fromEntries(
    Object.entries(record)
      .filter(([, value]) => !Array.isArray(value))
      .map(([key, value]) => [key, typeof value === 'object' && value !== null ? oneToOne(value as Service) : value]),
  );
}

/** A positive integer parameter, its default when absent, or null when unreadable. */
function readPositive(value: string | null, fallback: number): number | null {
  if (value === null) return fallback;
  return /^\d+$/.test(value.trim()) && Number(value) > 0 ? Number(value) : null;
}

function badRequest(message: string) {
  return HttpResponse.json({ error: 'Bad Request', message }, { status: 400 });
}

/** A service with a broken location, for the `malformed` switch. */
const brokenService: Service = {
  id: '00000000-0000-4000-8000-000000000bad',
  name: 'Broken record',
  status: 'active',
  service_at_locations: [{ id: '00000000-0000-4000-8000-000000000bad', location: { latitude: 'north', addresses: 'none' } }],
};

function page(request: Request, all: Service[]) {
  const params = new URL(request.url).searchParams;
  const pageNumber = readPositive(params.get('page'), 1);
  const perPage = readPositive(params.get('per_page'), HSDS_PER_PAGE_DEFAULT);
  if (pageNumber === null) return badRequest('`page` must be a whole number from 1.');
  if (perPage === null) return badRequest('`per_page` must be a whole number from 1.');
  const size = Math.min(perPage, PER_PAGE_MAX);
  const full = params.get('full') === 'true';
  const contents = all.slice((pageNumber - 1) * size, pageNumber * size).map((service) => (full ? service : oneToOne(service)));
  const totalPages = Math.max(1, Math.ceil(all.length / size));
  return HttpResponse.json({
    total_items: all.length,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: contents.length === 0,
    contents,
  });
}


/** An Open Referral HSDS API 3.0 directory: a fictional network of Ontario newcomer agencies. */
export const hsdsHandlers = [
  http.get('*/portals/hsds/services', async ({ request, cookies }) => {
    const mode = await mockFault(SWITCH, cookies);
    if (mode instanceof Response) return mode;
    return page(request, mode === 'malformed' ? [...fullServices, brokenService] : fullServices);
  }),

  http.get('*/portals/hsds/services/:id', async ({ params, cookies }) => {
    const mode = await mockFault(SWITCH, cookies);
    if (mode instanceof Response) return mode;
    const service = fullServices.find((candidate) => candidate.id === params.id);
    if (!service) return HttpResponse.json({ error: 'Not Found', message: `No service with id ${String(params.id)}` }, { status: 404 });
    return HttpResponse.json(service);
  }),
];
