/**
 * Switches that make a mock portal misbehave, so tests and demos can exercise bad portals.
 *
 * A switch list reads "portal:mode" pairs separated by commas, e.g. "ontario:fail,ottawa:slow".
 * Modes:
 * - ok         normal answer (the default)
 * - fail       HTTP 500 with an HTML error page, as a broken portal gives
 * - slow       the normal answer after SLOW_MS
 * - timeout    no answer for TIMEOUT_MS, longer than the app waits
 * - malformed  the normal feed plus one item that breaks the schema
 * - empty      a valid feed with no entries, as a broken export gives (newcomer feeds only:
 *              the other kinds answer normally, see `feedModeFor`)
 *
 * Where switches come from, later ones winning:
 * 1. the MOCK_PORTALS environment variable of the server (`MOCK_PORTALS=ontario:fail npm start`);
 * 2. `setMockSwitches()` in unit tests that use msw/node;
 * 3. a `nwd-mock` cookie on the request, which end-to-end tests set per browser context so
 *    parallel tests do not disturb each other.
 */
export const PORTAL_MODES = ['ok', 'fail', 'slow', 'timeout', 'malformed'] as const;
export type PortalMode = (typeof PORTAL_MODES)[number];
/** The modes of newcomer-feed portals, which can also answer a feed with nothing in it. */
export const FEED_MODES = [...PORTAL_MODES, 'empty'] as const;
export type FeedMode = (typeof FEED_MODES)[number];

export const SLOW_MS = 2_500;
export const TIMEOUT_MS = 30_000;
export const SWITCH_COOKIE = 'nwd-mock';

export function parseSwitches(text: string | undefined): Map<string, FeedMode> {
  const switches = new Map<string, FeedMode>();
  for (const pair of (text ?? '').split(',')) {
    const [portal, mode] = pair.split(':').map((part) => part.trim());
    if (portal && FEED_MODES.includes(mode as FeedMode)) switches.set(portal, mode as FeedMode);
  }
  return switches;
}

const fromEnvironment = parseSwitches(typeof process === 'undefined' ? undefined : process.env.MOCK_PORTALS);
let fromTests = new Map<string, FeedMode>();

export function setMockSwitches(text: string): void {
  fromTests = parseSwitches(text);
}

export function resetMockSwitches(): void {
  fromTests = new Map();
}

/** The mode of a newcomer-feed portal. */
export function feedModeFor(portal: string, cookieValue: string | undefined): FeedMode {
  return parseSwitches(cookieValue).get(portal) ?? fromTests.get(portal) ?? fromEnvironment.get(portal) ?? 'ok';
}

/** The mode of a portal of any other kind: one that has no "empty" answer answers normally. */
export function modeFor(portal: string, cookieValue: string | undefined): PortalMode {
  const mode = feedModeFor(portal, cookieValue);
  return mode === 'empty' ? 'ok' : mode;
}
