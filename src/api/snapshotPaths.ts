/**
 * Where each file of a snapshot (`npm run ingest`) lives, relative to the snapshot's folder:
 * the ingest writes these paths and the app reads them, so both name them here.
 */
export const sourcePath = (sourceId: string) => `sources/${sourceId}.json`;
export const newsPath = (lang: string) => `news/${lang}.json`;
export const cataloguePath = (municipality: string) => `catalogues/${municipality}.json`;
/** For a person who has not chosen a municipality: the sources that apply everywhere. */
export const GENERAL_CATALOGUE = 'catalogue.json';
/** The municipalities "where to settle" lists and compares, without any feed. */
export const INDEX_PATH = 'municipalities.json';

/** The catalogue a person in `municipality` (or nowhere yet) reads. */
export const catalogueFor = (municipality: string | null | undefined) => (municipality ? cataloguePath(municipality) : GENERAL_CATALOGUE);
/**
 * The configuration the ingest read. A build that deploys the snapshot serves it as the app's
 * portals.json, so the app names the same sources, municipalities and report addresses.
 */
export const CONFIG_PATH = 'portals.json';
