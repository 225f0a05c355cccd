// A prerendered page carries its stylesheets inline (scripts/prerender/prerenderedPage.ts), each
// naming its address. Vite's loader of lazy chunks looks for a stylesheet link before it
// downloads one, and holds the chunk back until it has arrived: without a link, the page's own
// code would wait for a second copy of styles it already has. A disabled link is never fetched.

/** Links each stylesheet inlined in `document` by its address, disabled. */
export function linkInlinedStyles(document: Document): void {
  for (const style of document.querySelectorAll<HTMLStyleElement>('style[data-href]')) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.disabled = true;
    link.href = style.dataset.href ?? '';
    style.after(link);
  }
}
