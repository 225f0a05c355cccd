import { HttpResponse, http } from 'msw';
import torontoLibraryBranches from './data/ckan/toronto-library-branches.json' with { type: 'json' };
import { mockFault } from './faults.ts';

/** The switch name that makes this mock misbehave (`MOCK_PORTALS=ckan:fail`). */
const SWITCH = 'ckan';

/**
 * A real CKAN caps `limit` silently at its `ckan.datastore.search.rows_max` and echoes the limit
 * it applied. This mock's cap is small so that its resources take more than one page, as large
 * real ones do, and a reader that stops on a short page or trusts its own limit is caught.
 */
export const CKAN_ROWS_MAX = 10;
const ROWS_DEFAULT = 100;

interface DatastoreResource {
  fields: unknown[];
  records: unknown[];
}

/** The datastore resources this mock portal holds, by resource id. */
const resources: Record<string, DatastoreResource> = {
  [torontoLibraryBranches.result.resource_id]: torontoLibraryBranches.result,
};

export const CKAN_RESOURCE_IDS = { torontoLibraryBranches: torontoLibraryBranches.result.resource_id };

const helpUrl = (request: Request) =>
  new URL('/portals/ckan/api/3/action/help_show?name=datastore_search', request.url).href;

/** CKAN's error envelope: `success: false` and an `error` object typed by `__type`. */
function ckanError(request: Request, status: number, error: Record<string, unknown>) {
  return HttpResponse.json({ help: helpUrl(request), success: false, error }, { status });
}

/** A non-negative integer parameter, its default when absent, or null when unreadable. */
function readCount(value: string | null, fallback: number): number | null {
  if (value === null) return fallback;
  return /^\d+$/.test(value.trim()) ? Number(value) : null;
}

function linkTo(params: URLSearchParams, offset?: number): string {
  const copy = new URLSearchParams(params);
  copy.delete('offset');
  if (offset !== undefined) copy.set('offset', String(offset));
  return `/api/3/action/datastore_search?${copy.toString()}`;
}

/** A record that no adapter can place, for the `malformed` switch. */
const brokenRecord = { _id: 9999, BranchCode: 'BRK', BranchName: 'Broken Record', Address: '1 Nowhere Lane', Lat: 'forty-three', Long: '' };

function searchPage(request: Request, malformed: boolean) {
  const params = new URL(request.url).searchParams;
  const resourceId = params.get('resource_id');
  if (!resourceId) return ckanError(request, 409, { resource_id: ['Missing value'], __type: 'Validation Error' });
  const resource = resources[resourceId];
  if (!resource) return ckanError(request, 404, { message: 'Not found: Resource was not found.', __type: 'Not Found Error' });

  const requested = readCount(params.get('limit'), ROWS_DEFAULT);
  const offset = readCount(params.get('offset'), 0);
  if (requested === null) return ckanError(request, 409, { limit: ['Invalid integer'], __type: 'Validation Error' });
  if (offset === null) return ckanError(request, 409, { offset: ['Invalid integer'], __type: 'Validation Error' });

  const limit = Math.min(requested, CKAN_ROWS_MAX);
  const all = malformed ? [...resource.records, brokenRecord] : resource.records;
  return HttpResponse.json(
    {
      help: helpUrl(request),
      success: true,
      result: {
        include_total: true,
        limit,
        // CKAN echoes the offset only when one was asked for.
        ...(params.has('offset') ? { offset } : {}),
        records_format: 'objects',
        resource_id: resourceId,
        total_estimation_threshold: null,
        records: all.slice(offset, offset + limit),
        fields: resource.fields,
        // Like CKAN, `next` is given even on the last page: only `total` says when to stop.
        _links: { start: linkTo(params), next: linkTo(params, offset + limit) },
        total: all.length,
      },
    },
    { headers: { 'Cache-Control': 'no-cache' } },
  );
}

export const ckanHandlers = [
  http.get('*/portals/ckan/api/3/action/datastore_search', async ({ request, cookies }) => {
    const fault = await mockFault(SWITCH, cookies);
    if (fault instanceof Response) return fault;
    return searchPage(request, fault === 'malformed');
  }),
];
