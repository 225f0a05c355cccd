import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { compareMunicipalities, type MunicipalityFacts } from '../../content/compareMunicipalities';
import { factsFromIndex, type MunicipalityIndexEntry } from '../../content/municipalityIndex';
import type { Municipality } from '../../content/municipality';
import { usePortalData, usePortalsFile, type PortalData } from './portalQueries';
import { SNAPSHOT_PORTAL, municipalityIndexQuery } from './snapshotQueries';

export interface MunicipalityComparison {
  /** Every municipality that can be compared, in the order the sources list them. */
  municipalities: Pick<Municipality, 'id' | 'name' | 'region'>[];
  /** The facts of the municipalities in `ids` that are known, in that order, each once. */
  compare: (ids: readonly string[]) => MunicipalityFacts[];
  /** What the page's notices say: loading, failures, the date of the content. */
  data: Omit<PortalData, 'catalogue'>;
}

const NO_ENTRIES: MunicipalityIndexEntry[] = [];

/**
 * What "where to settle" lists and compares. From a deployed snapshot it reads the small index
 * of facts computed at ingest; from the live portals (a handful of cities) every city's feed.
 */
export function useMunicipalityComparison(): MunicipalityComparison {
  const file = usePortalsFile();
  const snapshot = file.data?.snapshot;
  const live = usePortalData('all', { enabled: !file.isPending && !snapshot });
  const index = useQuery({ ...municipalityIndexQuery(snapshot ?? { url: '', generatedAt: '' }), enabled: Boolean(snapshot) });

  return useMemo((): MunicipalityComparison => {
    if (!snapshot) {
      const { catalogue, ...data } = live;
      return { municipalities: catalogue.municipalities, compare: (ids) => compareMunicipalities(catalogue, ids), data: { ...data, loading: data.loading || file.isPending } };
    }
    const entries = index.data?.value.municipalities ?? NO_ENTRIES;
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    const day = index.data?.generatedAt.slice(0, 10) ?? null;
    return {
      municipalities: entries,
      compare: (ids) => [...new Set(ids)].flatMap((id) => {
        const entry = byId.get(id);
        return entry ? [factsFromIndex(entry)] : [];
      }),
      data: {
        loading: index.isPending,
        configError: file.data ? null : file.error,
        failures: index.error && !index.data ? [{ portal: SNAPSHOT_PORTAL, error: index.error }] : [],
        problems: [],
        stale: index.error && day ? [{ portal: SNAPSHOT_PORTAL, fetchedAt: day }] : [],
        contentAsOf: day,
      },
    };
  }, [snapshot, live, index.data, index.error, index.isPending, file.isPending, file.data, file.error]);
}
