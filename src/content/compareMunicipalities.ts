import type { Catalogue, Sourced } from './catalogue';
import type { Municipality } from './municipality';
import type { OfficeKind } from './taxonomy';

/** What the "Where to settle" page compares: facts from the feeds, one row per municipality. */
export interface MunicipalityFacts {
  /** The municipality record as published, for its name, region, portal and provenance. */
  municipality: Municipality & { publisher: Pick<Sourced<Municipality>['publisher'], 'id' | 'name'> };
  population: number;
  populationYear: number;
  /** Designated under Ontario's French Language Services Act. */
  frenchLanguageServices: boolean;
  /** Offices of kind "settlement-agency" in the municipality. */
  settlementAgencies: number;
  /**
   * Distinct services the municipality's offices (of any kind) offer in person. Ids that the
   * catalogue merged into one service (same serviceId or canonical URL) count once.
   */
  inPersonServices: number;
  /** Offices of kind "co-located": federal, provincial and municipal services under one roof. */
  coLocatedCentres: number;
  serviceOntarioOffices: number;
  serviceCanadaOffices: number;
}

type CatalogueForComparison = Pick<Catalogue, 'items' | 'offices' | 'municipalities'>;

/** Maps every item id the catalogue knows, including merged "also from" ids, to its service. */
function serviceOfItem(items: CatalogueForComparison['items']): Map<string, string> {
  const service = new Map<string, string>();
  for (const item of items) {
    service.set(item.id, item.id);
    for (const other of item.alsoFrom) service.set(other.id, item.id);
  }
  return service;
}

/**
 * Facts about each municipality in `ids`, in that order. Ids the catalogue does not know (a
 * municipality whose portal did not answer, a mistyped link) are left out, and an id given
 * twice gives one row. Pure: the same catalogue and ids always give the same rows.
 */
export function compareMunicipalities(catalogue: CatalogueForComparison, ids: readonly string[]): MunicipalityFacts[] {
  const service = serviceOfItem(catalogue.items);
  const byId = new Map(catalogue.municipalities.map((municipality) => [municipality.id, municipality]));
  return [...new Set(ids)].flatMap((id) => {
    const municipality = byId.get(id);
    if (!municipality) return [];
    const offices = catalogue.offices.filter((office) => office.municipality === id);
    const count = (kind: OfficeKind) => offices.filter((office) => office.kind === kind).length;
    // An id the catalogue lacks (its publisher did not load) still names a service offered there.
    const services = new Set(offices.flatMap((office) => office.services.map((itemId) => service.get(itemId) ?? itemId)));
    return [
      {
        municipality,
        population: municipality.population,
        populationYear: municipality.populationYear,
        frenchLanguageServices: municipality.frenchLanguageServices,
        settlementAgencies: count('settlement-agency'),
        inPersonServices: services.size,
        coLocatedCentres: count('co-located'),
        serviceOntarioOffices: count('serviceontario'),
        serviceCanadaOffices: count('service-canada'),
      },
    ];
  });
}
