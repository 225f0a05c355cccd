import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The folders whose files are all the snapshot's own: a file this run did not write is stale. */
const OWN_FOLDERS = ['sources', 'catalogues', 'news'];

export interface SnapshotFile {
  path: string;
  value: unknown;
  /** Indented, for the files people read (the report, the state); the rest is for phones. */
  readable?: boolean;
}

/** Writes beside and renames, so a reader (or a crash) never meets a half-written file. */
async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, path);
}

async function removeStale(dir: string, written: Set<string>): Promise<void> {
  for (const folder of OWN_FOLDERS) {
    const names = await readdir(join(dir, folder)).catch(() => [] as string[]);
    for (const name of names) {
      const path = `${folder}/${name}`;
      // A source taken out of the configuration, a municipality no longer covered.
      if (name.endsWith('.json') && !written.has(path)) await rm(join(dir, path));
    }
  }
}

/**
 * Writes the snapshot's files into `dir`, in order: the data first, so the files that say what
 * the snapshot holds (listed last by the caller) never name data not yet written.
 */
export async function writeSnapshot(dir: string, files: SnapshotFile[]): Promise<void> {
  for (const { path, value, readable } of files) await writeAtomically(join(dir, path), `${JSON.stringify(value, null, readable ? 2 : undefined)}\n`);
  await removeStale(dir, new Set(files.map(({ path }) => path)));
}
