import { buildCatalogue } from '../../content/catalogue';
import type { Feed } from '../../content/feed';
import type { Item } from '../../content/item';
import type { LocalizedText } from '../../content/localized';
import { STAGES, TOPICS, type OfficeKind, type Stage, type Topic } from '../../content/taxonomy';

/** How many steps the draft adds to one stage or topic, beside what Canada and Ontario provide. */
export interface CoverageRow<K extends string> {
  key: K;
  local: number;
  /** Steps from the federal and provincial feeds, as the plan merges them. */
  broader: number;
}

/**
 * Local services a newcomer looks for first in a city. Offices are counted by kind; the others
 * are items on the topic that holds them (school boards are under children and education).
 */
export const LOCAL_KINDS = ['settlement-agency', 'library', 'transit', 'school', 'housing'] as const;
export type LocalKind = (typeof LOCAL_KINDS)[number];

const OFFICE_KIND: Partial<Record<LocalKind, OfficeKind>> = { 'settlement-agency': 'settlement-agency', library: 'library' };
const ITEM_TOPICS: Partial<Record<LocalKind, Topic[]>> = {
  transit: ['driving-transportation'],
  school: ['children-family', 'education-credentials'],
  housing: ['housing'],
};

export interface LocalKindCoverage {
  kind: LocalKind;
  /** The draft's entries of this kind. */
  entries: { id: string; label: LocalizedText }[];
  /** Offices of this kind that other published feeds list in the same municipalities. */
  fromOthers: number;
}

export interface Coverage {
  municipalities: { id: string; name: LocalizedText }[];
  stages: CoverageRow<Stage>[];
  topics: CoverageRow<Topic>[];
  kinds: LocalKindCoverage[];
}

/** The stage the plan groups a step under: its earliest. */
const firstStage = (item: Pick<Item, 'stages'>): Stage => STAGES.find((stage) => item.stages.includes(stage)) ?? 'ongoing';

function rows<K extends string>(keys: readonly K[], local: (key: K) => number, broader: (key: K) => number): CoverageRow<K>[] {
  return keys.map((key) => ({ key, local: local(key), broader: broader(key) }));
}

/**
 * What the draft adds locally, per journey stage and per topic, beside the steps the federal and
 * provincial feeds give everyone, and which local services it lists: so staff see where their
 * content leaves a newcomer with nothing local. Stages count each step once, where the plan
 * shows it (its earliest stage); topics count a step under every topic it lists.
 */
export function coverageOf(draft: Feed, published: readonly Feed[]): Coverage {
  const others = published.filter((feed) => feed.publisher.id !== draft.publisher.id);
  const broader = buildCatalogue(
    others.filter((feed) => feed.publisher.jurisdiction === 'federal' || feed.publisher.jurisdiction === 'provincial'),
  ).items.filter((item) => item.scope.length === 0);
  const ids = new Set(draft.municipalities.map((municipality) => municipality.id));
  const otherOffices = others.flatMap((feed) => feed.offices).filter((office) => ids.has(office.municipality));

  const kinds = LOCAL_KINDS.map((kind): LocalKindCoverage => {
    const officeKind = OFFICE_KIND[kind];
    if (officeKind) {
      return {
        kind,
        entries: draft.offices
          .filter((office) => office.kind === officeKind)
          .map((office) => ({ id: office.id, label: office.name })),
        fromOthers: otherOffices.filter((office) => office.kind === officeKind).length,
      };
    }
    const topics = ITEM_TOPICS[kind] ?? [];
    return {
      kind,
      entries: draft.items
        .filter((item) => item.topics.some((topic) => topics.includes(topic)))
        .map((item) => ({ id: item.id, label: item.title })),
      fromOthers: 0,
    };
  });

  return {
    municipalities: draft.municipalities.map(({ id, name }) => ({ id, name })),
    stages: rows(
      STAGES,
      (stage) => draft.items.filter((item) => firstStage(item) === stage).length,
      (stage) => broader.filter((item) => firstStage(item) === stage).length,
    ),
    topics: rows(
      TOPICS,
      (topic) => draft.items.filter((item) => item.topics.includes(topic)).length,
      (topic) => broader.filter((item) => item.topics.includes(topic)).length,
    ),
    kinds,
  };
}
