// Relative addresses in portals.json (the sources, the snapshot) belong to the app, wherever it is
// served. In a browser they resolve against the page; when the build renders pages in Node there
// is no page, so it names the server it reads the portals from (scripts/prerender.ts).
let serverAddress: string | undefined;

/** The address relative portal addresses resolve against. */
export function pageAddress(): string {
  return serverAddress ?? window.location.href;
}

/** For rendering outside a browser: the address the portals are read from. */
export function setServerPageAddress(address: string): void {
  serverAddress = address;
}
