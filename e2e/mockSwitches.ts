import type { BrowserContext } from '@playwright/test';

/** Makes mock portals misbehave for this browser context only (see mocks/switches.ts). */
export async function switchPortals(context: BrowserContext, baseURL: string | undefined, switches: string) {
  if (!baseURL) throw new Error('baseURL is not configured');
  await context.addCookies([{ name: 'nwd-mock', value: encodeURIComponent(switches), url: baseURL }]);
}
