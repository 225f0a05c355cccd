import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { CONFIG_PATH, INDEX_PATH } from '../../src/api/snapshotPaths.ts';

/** Where the deployed snapshot is served from, under the app's base. */
export const SNAPSHOT_FOLDER = 'snapshot';
/** Written into the build so `npm start` can tell whether it deployed the snapshot now wanted. */
const MARKER = '.vite/deployed-snapshot.json';
/** The ingest's state and report are for whoever runs it; its configuration becomes portals.json. */
const HELD_BACK = new Set(['state.json', 'report.json', CONFIG_PATH]);

export interface SnapshotToDeploy {
  dir: string;
  generatedAt: string;
}

/**
 * The snapshot the build deploys beside the app: `NWD_SNAPSHOT` names its folder (`off`: none),
 * `snapshot/` (npm run ingest's default) otherwise, when an ingest has written one there.
 */
export function snapshotToDeploy(env = process.env): SnapshotToDeploy | null {
  const dir = env.NWD_SNAPSHOT ?? 'snapshot';
  if (dir === 'off' || !existsSync(join(dir, INDEX_PATH))) return null;
  const { generatedAt } = JSON.parse(readFileSync(join(dir, INDEX_PATH), 'utf8')) as { generatedAt: string };
  return { dir, generatedAt };
}

/** What the build in `outDir` deployed, or null. */
export function deployedSnapshot(outDir: string): SnapshotToDeploy | null {
  const path = join(outDir, MARKER);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as SnapshotToDeploy | null) : null;
}

/**
 * Copies the snapshot into the build and names it in the deployed portals.json, so the app reads
 * the merged catalogues instead of every source. The snapshot's state and report stay behind:
 * they are for whoever runs the ingest, not for phones.
 */
export function deploySnapshot(): Plugin {
  let outDir = 'dist';
  let base = '/';
  return {
    name: 'no-wrong-door:deploy-snapshot',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
      base = config.base;
    },
    closeBundle: {
      sequential: true,
      order: 'pre',
      handler() {
        const snapshot = snapshotToDeploy();
        const target = join(outDir, SNAPSHOT_FOLDER);
        rmSync(target, { recursive: true, force: true });
        writeFileSync(join(outDir, MARKER), `${JSON.stringify(snapshot)}\n`);
        if (!snapshot) return;
        cpSync(snapshot.dir, target, {
          recursive: true,
          filter: (path) => !HELD_BACK.has(relative(snapshot.dir, path)) && !path.endsWith('.tmp'),
        });
        // The sources the ingest read, where it saved them (older snapshots did not): the app must
        // name the same municipalities and publishers as the catalogues it is served.
        const ingested = join(snapshot.dir, CONFIG_PATH);
        const configPath = join(outDir, 'portals.json');
        const config = JSON.parse(readFileSync(existsSync(ingested) ? ingested : configPath, 'utf8')) as Record<string, unknown>;
        config.snapshot = { url: `${base}${SNAPSHOT_FOLDER}/`, generatedAt: snapshot.generatedAt };
        writeFileSync(configPath, `${JSON.stringify(config, null, 2)}\n`);
      },
    },
  };
}
