import type { Item } from '../../item';
import type { Office } from '../../office';
import type { Check, CheckContext, Located } from '../context';
import { fieldLabel } from '../fieldLabel';
import { defineNotice, pointer, type Message, type Notice, type NoticeDefinition } from '../notice';
import { closest } from '../suggest';

// French typography: a non-breaking space before : ; ? !
const NBSP = '\u00a0';

function didYouMean(suggestion: string | undefined, otherwise: Message): Message {
  return suggestion === undefined
    ? otherwise
    : { en: `Did you mean \`${suggestion}\`?`, fr: `Vouliez-vous dire \`${suggestion}\`${NBSP}?` };
}

interface UnknownReference {
  field: string;
  value: string;
  suggestion?: string;
}

export const unknownDependency = defineNotice<UnknownReference>({
  code: 'unknown_dependency',
  severity: 'error',
  title: { en: 'Step depends on an unknown item', fr: 'Étape liée à un élément inconnu' },
  description: {
    en: 'An id in `dependsOn` is not an item in this feed or in any published feed. The app cannot show which step comes first, so the link is lost.',
    fr: 'Un identifiant de `dependsOn` ne correspond à aucun élément de ce flux ni des flux publiés. L’application ne peut pas indiquer l’étape à faire avant : le lien est perdu.',
  },
  fix: {
    en: 'Correct the id so that it is exactly the `id` of an item in this feed or in another published feed, or remove it from `dependsOn`.',
    fr: 'Corrigez l’identifiant pour qu’il corresponde exactement à l’`id` d’un élément de ce flux ou d’un autre flux publié, ou retirez-le de `dependsOn`.',
  },
  example: '{ "id": "ca.child-benefit", "dependsOn": ["ca.sni"] }',
  message: ({ field, value, suggestion }) => {
    const hint = didYouMean(suggestion, {
      en: 'Check the id against the other feeds, or remove it.',
      fr: 'Vérifiez l’identifiant dans les autres flux ou retirez-le.',
    });
    return {
      en: `\`${field}\` names \`${value}\`, which is not an item in any published feed, so the app cannot show the step to do first. ${hint.en}`,
      fr: `\`${field}\` désigne \`${value}\`, qui ne correspond à aucun élément des flux publiés${NBSP}; l’application ne peut donc pas indiquer l’étape à faire avant. ${hint.fr}`,
    };
  },
});

export const unknownOfficeService = defineNotice<UnknownReference>({
  code: 'unknown_office_service',
  severity: 'error',
  title: { en: 'Office offers an unknown service', fr: 'Bureau lié à un service inconnu' },
  description: {
    en: 'An id in an office’s `services` is not an item in this feed or in any published feed, so the office is never listed for that service.',
    fr: 'Un identifiant des `services` d’un bureau ne correspond à aucun élément de ce flux ni des flux publiés : le bureau n’est donc jamais proposé pour ce service.',
  },
  fix: {
    en: 'Correct the id so that it is exactly the `id` of an item in this feed or in another published feed, or remove it from the office’s `services`.',
    fr: 'Corrigez l’identifiant pour qu’il corresponde exactement à l’`id` d’un élément de ce flux ou d’un autre flux publié, ou retirez-le des `services` du bureau.',
  },
  example: '{ "id": "on.office.north-york", "services": ["on.ohp"] }',
  message: ({ field, value, suggestion }) => {
    const hint = didYouMean(suggestion, {
      en: 'Check the id against the other feeds, or remove it.',
      fr: 'Vérifiez l’identifiant dans les autres flux ou retirez-le.',
    });
    return {
      en: `\`${field}\` names \`${value}\`, which is not an item in any published feed, so this office is not listed for it. ${hint.en}`,
      fr: `\`${field}\` désigne \`${value}\`, qui ne correspond à aucun élément des flux publiés${NBSP}; ce bureau n’est donc pas proposé pour ce service. ${hint.fr}`,
    };
  },
});

export const unknownMunicipality = defineNotice<UnknownReference>({
  code: 'unknown_municipality',
  severity: 'error',
  title: { en: 'Unknown municipality', fr: 'Municipalité inconnue' },
  description: {
    en: 'An office’s `municipality`, or an entry of an item’s `municipalities`, is not the id of a municipality in this feed or in any published feed. The app cannot place the entry, so newcomers in that municipality never see it.',
    fr: 'La `municipality` d’un bureau, ou une valeur des `municipalities` d’un élément, ne correspond à aucune municipalité de ce flux ni des flux publiés. L’application ne peut pas situer l’entrée, qui n’est donc jamais montrée aux personnes de cette municipalité.',
  },
  fix: {
    en: 'Use the `id` of a municipality described in a feed, such as `ottawa` rather than “City of Ottawa”, or describe the municipality in your feed’s `municipalities`.',
    fr: 'Indiquez l’`id` d’une municipalité décrite dans un flux, par exemple `ottawa` plutôt que «\u00a0Ville d’Ottawa\u00a0», ou décrivez la municipalité dans les `municipalities` de votre flux.',
  },
  example: '{ "id": "sudbury.transit", "municipalities": ["greater-sudbry"] }',
  message: ({ field, value, suggestion }) => {
    const hint = didYouMean(suggestion, {
      en: 'Use the `id` of a municipality listed in a feed, or add the municipality to `municipalities` in your feed.',
      fr: 'Indiquez l’`id` d’une municipalité décrite dans un flux, ou ajoutez-la aux `municipalities` de votre flux.',
    });
    return {
      en: `\`${field}\` is \`${value}\`, which is not a municipality in any published feed, so newcomers there will not see this entry. ${hint.en}`,
      fr: `\`${field}\` vaut \`${value}\`, qui ne correspond à aucune municipalité des flux publiés${NBSP}; les personnes qui s’y installent ne verront donc pas cette entrée. ${hint.fr}`,
    };
  },
});

interface PrefixParams {
  id: string;
  prefix: string;
  expected: string;
  suggestion: string;
}

export const idPrefixMismatch = defineNotice<PrefixParams>({
  code: 'id_prefix_mismatch',
  severity: 'warning',
  title: { en: 'Id starts with another publisher’s prefix', fr: 'Identifiant avec le préfixe d’un autre éditeur' },
  description: {
    en: 'Ids start with the publisher’s prefix (the part before the first dot) so that two publishers never use the same id. This feed’s prefix is the publisher `id`, the publisher’s `idPrefix` if it has one, or the prefix most of its ids already use. An id with another prefix may clash with another feed, or be a copy of another publisher’s entry.',
    fr: 'Les identifiants commencent par le préfixe de l’éditeur (la partie avant le premier point) pour que deux éditeurs n’utilisent jamais le même. Le préfixe de ce flux est l’`id` de l’éditeur, son `idPrefix` s’il en a un, ou le préfixe que la plupart de ses identifiants utilisent déjà. Un identifiant avec un autre préfixe risque d’entrer en conflit avec un autre flux, ou de copier l’entrée d’un autre éditeur.',
  },
  fix: {
    en: 'Start the id with this feed’s prefix, then update every `dependsOn` and `services` that names the old id. If the entry is a copy of another publisher’s, remove it.',
    fr: 'Faites commencer l’identifiant par le préfixe de ce flux, puis mettez à jour chaque `dependsOn` et `services` qui mentionne l’ancien identifiant. Si l’entrée copie celle d’un autre éditeur, retirez-la.',
  },
  example: '{ "publisher": { "id": "ontario" }, "items": [{ "id": "on.ohip" }, { "id": "on.photo-card" }, { "id": "ontaro.renting" }] }',
  message: ({ id, prefix, expected, suggestion }) => ({
    en: `The id \`${id}\` starts with \`${prefix}.\`, but this feed’s ids start with \`${expected}.\`. Rename it \`${suggestion}\`, and update any \`dependsOn\` or \`services\` that name it.`,
    fr: `L’identifiant \`${id}\` commence par \`${prefix}.\`, alors que ceux de ce flux commencent par \`${expected}.\`. Renommez-le \`${suggestion}\` et mettez à jour les \`dependsOn\` ou \`services\` qui le mentionnent.`,
  }),
});

export const idWithoutPrefix = defineNotice<Omit<PrefixParams, 'prefix'>>({
  code: 'id_without_prefix',
  severity: 'info',
  title: { en: 'Id without the publisher’s prefix', fr: 'Identifiant sans préfixe de l’éditeur' },
  description: {
    en: 'An id has no dot, so it has no publisher prefix and may clash with another publisher’s id.',
    fr: 'Un identifiant ne contient aucun point : il n’a donc pas de préfixe d’éditeur et risque d’entrer en conflit avec celui d’un autre éditeur.',
  },
  fix: {
    en: 'Add this feed’s prefix and a dot at the start of the id, then update every `dependsOn` and `services` that names the old id.',
    fr: 'Ajoutez au début de l’identifiant le préfixe de ce flux suivi d’un point, puis mettez à jour chaque `dependsOn` et `services` qui mentionne l’ancien identifiant.',
  },
  example: '{ "publisher": { "id": "ottawa" }, "items": [{ "id": "transit" }] }',
  message: ({ id, expected, suggestion }) => ({
    en: `The id \`${id}\` does not start with this feed’s prefix \`${expected}.\`. Rename it \`${suggestion}\`, and update any \`dependsOn\` or \`services\` that name it.`,
    fr: `L’identifiant \`${id}\` ne commence pas par le préfixe de ce flux, \`${expected}.\`. Renommez-le \`${suggestion}\` et mettez à jour les \`dependsOn\` ou \`services\` qui le mentionnent.`,
  }),
});

export const dependsOnItself = defineNotice<{ field: string; id: string }>({
  code: 'depends_on_itself',
  severity: 'warning',
  title: { en: 'Step depends on itself', fr: 'Étape qui dépend d’elle-même' },
  description: {
    en: 'An item lists its own id in `dependsOn`. The app would tell newcomers to finish the step before they start it.',
    fr: 'Un élément indique son propre identifiant dans `dependsOn`. L’application dirait de terminer l’étape avant de la commencer.',
  },
  fix: {
    en: 'Remove the item’s own id from its `dependsOn`. If another step was meant, write that step’s id instead.',
    fr: 'Retirez l’identifiant de l’élément de ses propres `dependsOn`. Si une autre étape était visée, inscrivez plutôt son identifiant.',
  },
  example: '{ "id": "ca.sin", "dependsOn": ["ca.sin"] }',
  message: ({ field, id }) => ({
    en: `\`${field}\` is the item’s own id, \`${id}\`: a step cannot come before itself. Remove it from \`dependsOn\`.`,
    fr: `\`${field}\` est l’identifiant de l’élément lui-même, \`${id}\`${NBSP}: une étape ne peut pas se précéder elle-même. Retirez-le de \`dependsOn\`.`,
  }),
});

export const dependencyCycle = defineNotice<{ from: string; to: string; cycle: string[] }>({
  code: 'dependency_cycle',
  severity: 'warning',
  title: { en: 'Steps depend on each other in a circle', fr: 'Étapes qui dépendent les unes des autres en boucle' },
  description: {
    en: 'Items of the feed depend on each other in a circle through `dependsOn`. Each step then waits for another, so none can be done first.',
    fr: 'Des éléments du flux dépendent les uns des autres en boucle par `dependsOn`. Chaque étape en attend une autre, et aucune ne peut être faite en premier.',
  },
  fix: {
    en: 'Decide which step really comes first, and remove the `dependsOn` entry that points back to a later step.',
    fr: 'Déterminez quelle étape vient vraiment en premier, et retirez la valeur de `dependsOn` qui renvoie à une étape ultérieure.',
  },
  example: '{ "items": [{ "id": "ca.pr-card", "dependsOn": ["ca.landing"] }, { "id": "ca.landing", "dependsOn": ["ca.pr-card"] }] }',
  message: ({ from, to, cycle }) => {
    const loop = cycle.map((id) => `\`${id}\``).join(' → ');
    return {
      en: `These steps depend on each other in a circle: ${loop}. Remove the dependency that is not needed, for example \`${to}\` from the \`dependsOn\` of \`${from}\`.`,
      fr: `Ces étapes dépendent les unes des autres en boucle${NBSP}: ${loop}. Retirez la dépendance qui n’est pas nécessaire, par exemple \`${to}\` des \`dependsOn\` de \`${from}\`.`,
    };
  },
});

export const referencesNotices: NoticeDefinition[] = [
  unknownDependency,
  unknownOfficeService,
  unknownMunicipality,
  idPrefixMismatch,
  idWithoutPrefix,
  dependsOnItself,
  dependencyCycle,
];

/** Ids of this feed's entries the loader dropped: a reference to one is not "in no feed". */
function rawItemIds(ctx: CheckContext): string[] {
  const entries = ctx.raw(pointer('items'));
  if (!Array.isArray(entries)) return [];
  return entries.flatMap((entry: unknown) => {
    const id = typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;
    return typeof id === 'string' ? [id] : [];
  });
}

/** The ids a reference may name: every feed's, and this feed's dropped entries'. */
interface KnownItems {
  has(id: string): boolean;
  /** All of them, for a suggestion: put together only when one is needed. */
  all(): Iterable<string>;
}

function checkItemReferences(ctx: CheckContext, knownItems: KnownItems): Notice[] {
  const notices: Notice[] = [];
  for (const { value: item, path } of ctx.items) {
    item.dependsOn.forEach((id, i) => {
      if (knownItems.has(id)) return;
      const field = fieldLabel(['dependsOn', i]);
      const suggestion = closest(id, knownItems.all());
      notices.push(unknownDependency.create({ path: path + pointer('dependsOn', i), id: item.id }, { field, value: id, suggestion }, suggestion));
    });
  }
  for (const { value: office, path } of ctx.offices) {
    office.services.forEach((id, i) => {
      if (knownItems.has(id)) return;
      const field = fieldLabel(['services', i]);
      const suggestion = closest(id, knownItems.all());
      notices.push(unknownOfficeService.create({ path: path + pointer('services', i), id: office.id }, { field, value: id, suggestion }, suggestion));
    });
  }
  return notices;
}

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A typo of a known id, or the id of the municipality the editor wrote by name ("Greater Sudbury"). */
function suggestMunicipality(value: string, ctx: CheckContext): string | undefined {
  const typo = closest(value, ctx.knownMunicipalities.keys());
  if (typo !== undefined) return typo;
  const wanted = slug(value);
  for (const [id, municipality] of ctx.knownMunicipalities) {
    if (Object.values(municipality.name).some((name) => slug(name) === wanted)) return id;
  }
  return undefined;
}

function checkMunicipalityReferences(ctx: CheckContext): Notice[] {
  const unknown = (value: string, field: string, path: string, id: string): Notice[] => {
    if (ctx.knownMunicipalities.has(value)) return [];
    const suggestion = suggestMunicipality(value, ctx);
    return [unknownMunicipality.create({ path, id }, { field, value, suggestion }, suggestion)];
  };
  return [
    ...ctx.offices.flatMap(({ value: office, path }) =>
      unknown(office.municipality, 'municipality', path + pointer('municipality'), office.id),
    ),
    ...ctx.items.flatMap(({ value: item, path }) =>
      item.municipalities.flatMap((value, i) =>
        unknown(value, fieldLabel(['municipalities', i]), path + pointer('municipalities', i), item.id),
      ),
    ),
  ];
}

const prefixOf = (id: string): string | undefined => (id.includes('.') ? id.slice(0, id.indexOf('.')) : undefined);

/** The prefix more than half of the feed's ids share, if one does. */
function majorityPrefix(ids: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const id of ids) {
    const prefix = prefixOf(id);
    if (prefix !== undefined) counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  for (const [prefix, count] of counts) if (count * 2 > ids.length) return prefix;
  return undefined;
}

/**
 * The prefixes this feed may use, and the one to suggest. The publisher id is the rule, but
 * real feeds shorten it ("canada" writes "ca.", "greater-sudbury" writes "sudbury."): a declared
 * `idPrefix` replaces the publisher id, and a prefix most of the feed already uses is accepted
 * too, so only the odd ones out are flagged.
 */
function feedPrefixes(ctx: CheckContext, ids: string[]): { accepted: Set<string>; preferred: string } {
  const declared = (ctx.raw(pointer('publisher')) as { idPrefix?: unknown } | undefined)?.idPrefix;
  const base = typeof declared === 'string' && declared !== '' ? declared : ctx.feed.publisher.id;
  const majority = majorityPrefix(ids);
  const preferred = base === declared ? base : (majority ?? base);
  return { accepted: new Set(majority === undefined ? [base] : [base, majority]), preferred };
}

function checkIdPrefixes(ctx: CheckContext): Notice[] {
  const entries: Located<Item | Office>[] = [...ctx.items, ...ctx.offices];
  const { accepted, preferred } = feedPrefixes(
    ctx,
    entries.map(({ value }) => value.id),
  );
  return entries.flatMap(({ value: { id }, path }) => {
    const at = { path: path + pointer('id'), id };
    const prefix = prefixOf(id);
    if (prefix === undefined) {
      const suggestion = `${preferred}.${id}`;
      return [idWithoutPrefix.create(at, { id, expected: preferred, suggestion }, suggestion)];
    }
    if (accepted.has(prefix)) return [];
    const suggestion = `${preferred}.${id.slice(prefix.length + 1)}`;
    return [idPrefixMismatch.create(at, { id, prefix, expected: preferred, suggestion }, suggestion)];
  });
}

function checkSelfDependencies(ctx: CheckContext): Notice[] {
  return ctx.items.flatMap(({ value: item, path }) =>
    item.dependsOn.flatMap((id, i) =>
      id === item.id
        ? [dependsOnItself.create({ path: path + pointer('dependsOn', i), id: item.id }, { field: fieldLabel(['dependsOn', i]), id })]
        : [],
    ),
  );
}

/**
 * Every circle of dependencies among the feed's own items, each reported once on the
 * dependency that closes it (a depth-first search's back edge). Self-dependencies have their
 * own notice.
 */
function checkDependencyCycles(ctx: CheckContext): Notice[] {
  const byId = new Map<string, Located<Item>>();
  for (const entry of ctx.items) if (!byId.has(entry.value.id)) byId.set(entry.value.id, entry);
  const done = new Set<string>();
  const stack: string[] = [];
  const notices: Notice[] = [];
  const visit = (entry: Located<Item>) => {
    const { value: item, path } = entry;
    stack.push(item.id);
    item.dependsOn.forEach((id, i) => {
      const next = byId.get(id);
      if (id === item.id || next === undefined || done.has(id)) return;
      const onStack = stack.indexOf(id);
      if (onStack === -1) {
        visit(next);
        return;
      }
      const cycle = [...stack.slice(onStack), id];
      notices.push(dependencyCycle.create({ path: path + pointer('dependsOn', i), id: item.id }, { from: item.id, to: id, cycle }));
    });
    stack.pop();
    done.add(item.id);
  };
  for (const entry of byId.values()) if (!done.has(entry.value.id)) visit(entry);
  return notices;
}

export const checkReferences: Check = (ctx) => {
  const raw = rawItemIds(ctx);
  const dropped = new Set(raw);
  let all: Set<string> | undefined;
  const knownItems: KnownItems = {
    has: (id) => ctx.knownItemIds.has(id) || dropped.has(id),
    all: () => (all ??= new Set([...ctx.knownItemIds, ...raw])),
  };
  return [
    ...checkItemReferences(ctx, knownItems),
    ...checkMunicipalityReferences(ctx),
    ...checkIdPrefixes(ctx),
    ...checkSelfDependencies(ctx),
    ...checkDependencyCycles(ctx),
  ];
};
