import { itemsForMunicipality, type Catalogue } from './catalogue';
import { compareMunicipalities, type MunicipalityFacts } from './compareMunicipalities';
import type { Municipality } from './municipality';
import type { Publisher } from './publisher';

/**
 * One row of the snapshot's municipalities.json: what "where to settle" lists and compares,
 * computed once at ingest so a phone downloads facts, not every city's feed.
 */
export type MunicipalityIndexEntry = Municipality &
  Omit<MunicipalityFacts, 'municipality'> & {
    /** Who published the record, for its provenance line. */
    publisher: Pick<Publisher, 'id' | 'name'>;
    /** Items that apply there (everywhere-in-Ontario ones included) and offices in it. */
    counts: { items: number; offices: number };
  };

export interface MunicipalityIndex {
  generatedAt: string;
  municipalities: MunicipalityIndexEntry[];
}

/** The index row of municipality `id` from the catalogue a person there reads, if it names it. */
export function indexEntry(catalogue: Catalogue, id: string): MunicipalityIndexEntry | undefined {
  const [facts] = compareMunicipalities(catalogue, [id]);
  if (!facts) return undefined;
  const { municipality, ...figures } = facts;
  const { publisher, ...record } = municipality;
  return {
    ...record,
    ...figures,
    publisher: { id: publisher.id, name: publisher.name },
    counts: {
      items: itemsForMunicipality(catalogue.items, id).length,
      offices: catalogue.offices.filter((office) => office.municipality === id).length,
    },
  };
}

/** An index row as the comparison table's facts: the same row compareMunicipalities gives. */
export function factsFromIndex(entry: MunicipalityIndexEntry): MunicipalityFacts {
  const { population, populationYear, frenchLanguageServices, settlementAgencies, inPersonServices, coLocatedCentres, serviceOntarioOffices, serviceCanadaOffices } = entry;
  const { id, name, region, portal, dateModified, publisher } = entry;
  return {
    municipality: { id, name, region, population, populationYear, frenchLanguageServices, portal, dateModified, publisher },
    population,
    populationYear,
    frenchLanguageServices,
    settlementAgencies,
    inPersonServices,
    coLocatedCentres,
    serviceOntarioOffices,
    serviceCanadaOffices,
  };
}
