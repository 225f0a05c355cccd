import { HttpResponse, delay, http } from 'msw';
import { servicesInfoScript } from './data/ircc/services-info.ts';
import { SLOW_MS, SWITCH_COOKIE, TIMEOUT_MS, modeFor } from './switches.ts';

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
    switch (modeFor(IRCC_PORTAL, cookies[SWITCH_COOKIE])) {
      case 'fail':
        return HttpResponse.html('<h1>503 Service Unavailable</h1>', { status: 503 });
      case 'timeout':
        await delay(TIMEOUT_MS);
        return HttpResponse.html('<h1>504 Gateway Timeout</h1>', { status: 504 });
      case 'slow':
        await delay(SLOW_MS);
        return script(servicesInfoScript);
      case 'malformed':
        return script(servicesInfoScript.replace(/\];\s*$/, MALFORMED_ENTRY));
      case 'ok':
        if (notModified(request)) return new HttpResponse(null, { status: 304, headers: { ETag: ETAG, 'Last-Modified': LAST_MODIFIED } });
        return script(servicesInfoScript);
    }
  }),
];
