/** The longest page address a report carries; the feedback service refuses longer ones. */
export const REPORTED_PAGE_MAX = 500;

const SITE = 'https://site.invalid';

/**
 * The page a problem report is about, from the report form's `page` parameter: a path of this
 * site and nothing else. A query string or a fragment can hold what a person typed (a postal
 * code in a search, say), so only the path is kept; an address of another site
 * (`//evil.example/x`, `/\evil.example`, `https://…`) is refused, and a very long path is cut.
 */
export function reportedPage(raw: string | null | undefined): string | null {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return null;
  let url: URL;
  try {
    url = new URL(raw, SITE);
  } catch {
    return null;
  }
  if (url.origin !== SITE) return null;
  return url.pathname.slice(0, REPORTED_PAGE_MAX);
}
