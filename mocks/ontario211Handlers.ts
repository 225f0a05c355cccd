import { HttpResponse, http } from 'msw';
import searchEn from './data/211/search-en.json' with { type: 'json' };
import searchFr from './data/211/search-fr.json' with { type: 'json' };
import { mockFault } from './faults.ts';

/*
 * A stand-in for the 211 Ontario / Canada data API, `POST /api/v2/search?key=…`, in its real
 * shape: `{ RecordCount: "18", Records: [ … ] }` with the count as a string. The agencies,
 * addresses and numbers are invented (555 numbers). Awkward records on purpose, in both
 * languages (French records 211 has not translated come back in English, as they do):
 * - [0] coordinates as strings; a fax listed before the main line; a website with no scheme;
 *   HTML in `Description` and `Hours`; an entity in `DisabilitiesAccess`
 * - [1] the same place as [0], another service (211 lists services, not places)
 * - [2] `http://` website; lower-case postal code without its space; a phone with an extension
 * - [3] "Toronto (North York)" as the city; "Ontario" spelt out; a phone followed by a note;
 *   a `TaxonomyCodes` field
 * - [4] "Sudbury" for Greater Sudbury; "Ont."; a `javascript:` website; a TTY line first; no `UpdatedOn`
 * - [5] a city no configured municipality names; no phone numbers
 * - [6] no physical address (a phone line)  · [7] a confidential address (a shelter)
 * - [8] in Quebec  · [9] coordinates "0", "0"  · [10] coordinates ""  · [11] a blank `PublicName`
 * - [12] Ontario address, Montreal coordinates  · [13] record [0] again (same id)
 * - [14] no postal code  · [15] a post office box as the physical address
 * - [16] an entity in `PublicName`; "HTTPS://" website; a phone with dots
 * - [17] id as a string; two websites in one field; no province; coordinates with spaces; a
 *   phone field that holds no number; an impossible `UpdatedOn` (February 30)
 *
 * Not known of the real service, so guessed here: its error bodies (ASP.NET Web API's
 * `{ "Message": … }`, which the real 401 may or may not use), its default and largest
 * `PageSize`, and what it does with an unknown `Dataset` (an empty page here). This mock does
 * not filter by distance: a proximity search returns every record, so the awkward ones reach
 * the adapter.
 */

/** The switch name that makes this mock misbehave (`MOCK_PORTALS=211:fail`). */
export const ONTARIO_211_PORTAL = '211';

const DEFAULT_PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 1000;

type Record211 = Record<string, unknown>;

const datasets: Record<'en' | 'fr', Record211[]> = {
  en: searchEn.Records as Record211[],
  fr: searchFr.Records as Record211[],
};

/** A record no adapter can place, for the `malformed` switch. */
const brokenRecord: Record211 = { id: 79999999, PublicName: 'Broken record', PhysicalAddressStreet1: '1 Nowhere Lane', Latitude: 'forty-five', Longitude: null, PhoneNumbers: 'none' };

function message(status: number, text: string, detail?: string) {
  return HttpResponse.json({ Message: text, ...(detail ? { MessageDetail: detail } : {}) }, { status });
}

type Body = Record<string, unknown>;

async function readBody(request: Request): Promise<Body | null> {
  try {
    const body: unknown = await request.json();
    return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Body) : null;
  } catch {
    return null;
  }
}

/** A whole number from the body (211's clients send numbers; a numeric string is taken too). */
function wholeNumber(value: unknown, fallback: number): number | null {
  if (value === undefined || value === null) return fallback;
  const number = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number >= 0 ? number : null;
}

function matchesTerm(record: Record211, term: string): boolean {
  if (term === '' || term === '*') return true;
  const haystack = ['PublicName', 'Description', 'TaxonomyTerms', 'ParentAgency'].map((key) => String(record[key] ?? '')).join(' ').toLowerCase();
  return term
    .toLowerCase()
    .split(/\s+/)
    .every((word) => haystack.includes(word));
}

async function search(request: Request, malformed: boolean) {
  if (!new URL(request.url).searchParams.get('key')?.trim()) return message(401, 'Authorization has been denied for this request.');
  const body = await readBody(request);
  if (!body) return message(400, 'The request is invalid.', 'The request body is not a JSON object.');
  const pageIndex = wholeNumber(body.PageIndex, 0);
  const pageSize = wholeNumber(body.PageSize, DEFAULT_PAGE_SIZE);
  if (pageIndex === null || pageSize === null || pageSize < 1) return message(400, 'The request is invalid.', 'PageIndex and PageSize must be whole numbers.');
  if (String(body.Dataset ?? 'on').toLowerCase() !== 'on') return HttpResponse.json({ RecordCount: '0', Records: [] });
  const records = datasets[body.Lang === 'fr' ? 'fr' : 'en'];
  const term = typeof body.Term === 'string' ? body.Term.trim() : '';
  const matching = [...records, ...(malformed ? [brokenRecord] : [])].filter((record) => matchesTerm(record, term));
  const size = Math.min(pageSize, MAX_PAGE_SIZE);
  return HttpResponse.json({ RecordCount: String(matching.length), Records: matching.slice(pageIndex * size, (pageIndex + 1) * size) });
}

export const ontario211Handlers = [
  http.post('*/portals/211/api/v2/search', async ({ request, cookies }) => {
    const fault = await mockFault(ONTARIO_211_PORTAL, cookies, { html: "<h1>Server Error in '/' Application.</h1>" });
    if (fault instanceof Response) return fault;
    return search(request, fault === 'malformed');
  }),
  // ASP.NET Web API's answers to a wrong method or address, which quote the URL, key and all.
  http.get('*/portals/211/api/v2/search', () => message(405, "The requested resource does not support http method 'GET'.")),
  http.all('*/portals/211/api/v2/:unknown', ({ request, params }) =>
    params.unknown === 'detail' || params.unknown === 'agency'
      ? undefined
      : message(404, `No HTTP resource was found that matches the request URI '${request.url}'.`, `No type was found that matches the controller named '${String(params.unknown)}'.`),
  ),
];
