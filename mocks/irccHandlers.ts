import { HttpResponse, http } from 'msw';
import { servicesInfoScript } from './data/ircc/services-info.ts';
import { mockFault } from './faults.ts';

/** The switch name that makes this mock misbehave (`MOCK_PORTALS=ircc:fail`). */
export const IRCC_PORTAL = 'ircc';

// A static file on IRCC's web server: it answers conditional requests like any static file.
const LAST_MODIFIED = 'Mon, 02 Nov 2026 14:00:00 GMT';
const ETAG = `"${fnv1a(servicesInfoScript)}"`;
const SCRIPT_HEADERS = {
  'Content-Type': 'application/javascript; charset=utf-8',
  'Cache-Control': 'max-age=3600',
  'Last-Modified': LAST_MODIFIED,
  ETag: ETAG,
};

// One entry that only a JavaScript engine could read, as a careless hand edit would leave.
const MALFORMED_ENTRY = '  { Type: {en: "Broken entry"}, Services: {General: yes} },\n];';

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

function notModified(request: Request): boolean {
  const etag = request.headers.get('If-None-Match');
  if (etag !== null) return etag.split(',').some((tag) => tag.trim() === ETAG || tag.trim() === '*');
  const since = request.headers.get('If-Modified-Since');
  return since !== null && Date.parse(since) >= Date.parse(LAST_MODIFIED);
}

function script(text: string): HttpResponse<string> {
  return new HttpResponse(text, { headers: SCRIPT_HEADERS });
}

export const irccHandlers = [
  http.get('*/portals/ircc/js/tools/services/services-info.js', async ({ request, cookies }) => {
    const fault = await mockFault(IRCC_PORTAL, cookies, { status: 503 });
    if (fault instanceof Response) return fault;
    if (fault === 'malformed') return script(servicesInfoScript.replace(/\];\s*$/, MALFORMED_ENTRY));
    if (notModified(request)) return new HttpResponse(null, { status: 304, headers: { ETag: ETAG, 'Last-Modified': LAST_MODIFIED } });
    return script(servicesInfoScript);
  }),
];
