// The notices of the structural stage: what the loader refuses, worded for an editor.
import { SCHEMA_MAJOR, SCHEMA_VERSION } from '../feed';
import { quote } from './fieldLabel';
import { defineNotice, type Message, type Notice, type NoticeDefinition } from './notice';

type Field = { field: string };
const SKIPPED = {
  en: 'The app leaves this entry out until it is fixed.',
  fr: 'L’application laisse cette entrée de côté jusqu’à ce qu’elle soit corrigée.',
};
const REJECTED = {
  en: 'Until it is fixed, the app rejects the whole feed.',
  fr: 'Jusqu’à la correction, l’application rejette le flux en entier.',
};

/** The same wording serves entries and the envelope; only the consequence differs. */
export function inEnvelope(notice: Notice): Notice {
  return {
    ...notice,
    message: {
      en: notice.message.en.replace(SKIPPED.en, REJECTED.en).replace(' every entry of this kind needs one', ' every feed needs one'),
      fr: notice.message.fr.replace(SKIPPED.fr, REJECTED.fr).replace(' toute entrée de ce type en a besoin', ' tout flux en a besoin'),
    },
  };
}

export const emptyFile = defineNotice({
  code: 'empty_file',
  severity: 'error',
  title: { en: 'Empty file', fr: 'Fichier vide' },
  description: {
    en: 'The file holds nothing, or only spaces. A feed is one JSON object.',
    fr: 'Le fichier ne contient rien, ou seulement des espaces. Un flux est un objet JSON.',
  },
  fix: {
    en: 'Export or save the feed again, and check that the file holds the feed’s JSON object, which starts with `{`.',
    fr: 'Exportez ou enregistrez de nouveau le flux, et vérifiez que le fichier contient bien l’objet JSON du flux, qui commence par `{`.',
  },
  example: '',
  message: () => ({
    en: 'The file is empty. Export the feed again, or start from the feed format published at /schema/newcomer-feed-1.0.schema.json.',
    fr: 'Le fichier est vide. Exportez le flux de nouveau, ou partez du format de flux publié à /schema/newcomer-feed-1.0.schema.json.',
  }),
});

export const notJson = defineNotice<{ looksLike: 'html' | 'xml' | 'text' }>({
  code: 'not_json',
  severity: 'error',
  title: { en: 'Not a JSON file', fr: 'Pas un fichier JSON' },
  description: {
    en: 'The file does not start with `{`: it is a web page, XML or plain text, not a JSON feed. Often the address of the feed leads to an error or sign-in page.',
    fr: 'Le fichier ne commence pas par `{`\u00a0: c’est une page Web, du XML ou du texte, pas un flux JSON. Souvent, l’adresse du flux mène à une page d’erreur ou de connexion.',
  },
  fix: {
    en: 'Use the address or file of the feed itself, not of a page about it. If the address shows an error or sign-in page, ask your web team to publish the feed where anyone can download it.',
    fr: 'Utilisez l’adresse ou le fichier du flux lui-même, et non d’une page qui en parle. Si l’adresse affiche une page d’erreur ou de connexion, demandez à votre équipe Web de publier le flux là où tout le monde peut le télécharger.',
  },
  example: '<!DOCTYPE html><html>…',
  message: ({ looksLike }) => {
    const what = {
      html: { en: 'a web page (HTML)', fr: 'une page Web (HTML)' },
      xml: { en: 'XML', fr: 'du XML' },
      text: { en: 'plain text', fr: 'du texte' },
    }[looksLike];
    return {
      en: `This is ${what.en}, not a JSON feed. Check that the address or file is the feed itself, not a page about it.`,
      fr: `C’est ${what.fr}, pas un flux JSON. Vérifiez que l’adresse ou le fichier est bien le flux lui-même, et non une page qui en parle.`,
    };
  },
});

export const invalidJson = defineNotice<{ reason: string; line: number; column: number }>({
  code: 'invalid_json',
  severity: 'error',
  title: { en: 'Invalid JSON', fr: 'JSON non valide' },
  description: {
    en: 'The file cannot be read as JSON, so nothing in it can be published. The most common causes are a missing or extra comma, a missing quote, and comments.',
    fr: 'Le fichier ne peut pas être lu comme du JSON\u00a0: rien ne peut en être publié. Les causes les plus fréquentes sont une virgule absente ou en trop, un guillemet absent et des commentaires.',
  },
  fix: {
    en: 'Open the file in a JSON editor or validator, fix the spot it points to (often a missing or extra comma or quote, or a comment), then validate again.',
    fr: 'Ouvrez le fichier dans un éditeur ou un validateur JSON, corrigez l’endroit indiqué (souvent une virgule ou un guillemet absent ou en trop, ou un commentaire), puis validez de nouveau.',
  },
  example: '{ "schemaVersion": "1.0", }',
  message: ({ reason, line, column }) => ({
    en: `The file is not valid JSON: at line ${line}, column ${column}, the reader expected ${reason}. Fix that spot (a JSON editor or linter shows it), then validate again.`,
    fr: `Le fichier n’est pas du JSON valide\u00a0: à la ligne ${line}, colonne ${column}, le lecteur attendait ${frReason(reason)}. Corrigez cet endroit (un éditeur JSON le montre), puis validez de nouveau.`,
  }),
});

// The reasons come from sourceText.ts in English; French editors get them in French.
const FR_REASONS: Record<string, string> = {
  'an unexpected character': 'un autre caractère',
  'a number written wrongly': 'un nombre bien écrit',
  'a field name in double quotes (or a comma too many)': 'un nom de champ entre guillemets (ou il y a une virgule de trop)',
  'a value (or a comma too many)': 'une valeur (ou il y a une virgule de trop)',
  'a colon after the field name': 'un deux-points après le nom du champ',
  'a comma between two entries': 'une virgule entre deux éléments',
  'a closing }': 'une accolade fermante }',
  'a closing ]': 'un crochet fermant ]',
  'the end of the file (there is text after the feed)': 'la fin du fichier (il y a du texte après le flux)',
  'a comment, which JSON does not allow': 'autre chose qu’un commentaire, que le JSON ne permet pas',
  'the end of a comment': 'la fin d’un commentaire',
  'the end of a text value (a closing ")': 'la fin d’un texte (un " fermant)',
  'the end of a number': 'la fin d’un nombre',
  'a valid \\u escape': 'une séquence \\u valide',
  'a valid escape after \\': 'une séquence valide après \\',
  'a character allowed inside text (line breaks must be written \\n)':
    'un caractère permis dans un texte (les sauts de ligne s’écrivent \\n)',
  'valid JSON': 'du JSON valide',
};
const frReason = (reason: string) => FR_REASONS[reason] ?? reason;

export const feedNotObject = defineNotice({
  code: 'feed_not_object',
  severity: 'error',
  title: { en: 'Feed is not an object', fr: 'Le flux n’est pas un objet' },
  description: {
    en: 'A feed is one JSON object with `schemaVersion`, `publisher`, `generatedAt` and its lists. A bare list of items is not enough: the app must know who publishes them.',
    fr: 'Un flux est un objet JSON avec `schemaVersion`, `publisher`, `generatedAt` et ses listes. Une simple liste d’éléments ne suffit pas\u00a0: l’application doit savoir qui les publie.',
  },
  fix: {
    en: 'Put the entries in one object: the items in `items` (and any offices and municipalities in `offices` and `municipalities`), next to `schemaVersion`, `publisher` and `generatedAt`.',
    fr: 'Regroupez les entrées dans un seul objet\u00a0: les éléments dans `items` (et, s’il y a lieu, les bureaux et municipalités dans `offices` et `municipalities`), à côté de `schemaVersion`, `publisher` et `generatedAt`.',
  },
  example: '[{ "id": "ottawa.transit" }]',
  message: () => ({
    en: 'The file holds a list or a single value, not a feed object. Put your entries in `items` inside an object with `schemaVersion`, `publisher` and `generatedAt`.',
    fr: 'Le fichier contient une liste ou une valeur seule, pas un objet de flux. Placez vos entrées dans `items`, dans un objet avec `schemaVersion`, `publisher` et `generatedAt`.',
  }),
});

export const unsupportedSchemaVersion = defineNotice<{ version: string }>({
  code: 'unsupported_schema_version',
  severity: 'error',
  title: { en: 'Schema version not supported', fr: 'Version de schéma non prise en charge' },
  description: {
    en: `This validator and the app read versions ${SCHEMA_MAJOR}.x of the feed (the current one is ${SCHEMA_VERSION}). A feed of another major version is rejected whole, because its fields may mean something else.`,
    fr: `Ce validateur et l’application lisent les versions ${SCHEMA_MAJOR}.x du flux (la version actuelle est ${SCHEMA_VERSION}). Un flux d’une autre version majeure est rejeté en entier, car ses champs peuvent avoir un autre sens.`,
  },
  fix: {
    en: `Write the feed in the current version of the format, and set \`schemaVersion\` to "${SCHEMA_VERSION}".`,
    fr: `Rédigez le flux dans la version actuelle du format, et indiquez "${SCHEMA_VERSION}" dans \`schemaVersion\`.`,
  },
  example: '{ "schemaVersion": "2.0" }',
  message: ({ version }) => ({
    en: `\`schemaVersion\` is ${quote(version)}; supported versions are ${SCHEMA_MAJOR}.x (current: ${SCHEMA_VERSION}). Write the feed in version ${SCHEMA_VERSION} and set \`schemaVersion\` to "${SCHEMA_VERSION}".`,
    fr: `\`schemaVersion\` vaut ${quote(version)}\u00a0; les versions prises en charge sont les ${SCHEMA_MAJOR}.x (actuelle\u00a0: ${SCHEMA_VERSION}). Rédigez le flux en version ${SCHEMA_VERSION} et indiquez "${SCHEMA_VERSION}" dans \`schemaVersion\`.`,
  }),
});

export const feedRejected = defineNotice<{ count: number }>({
  code: 'feed_rejected',
  severity: 'error',
  title: { en: 'Feed rejected whole', fr: 'Flux rejeté en entier' },
  description: {
    en: 'The feed’s envelope (`schemaVersion`, `publisher`, `generatedAt`, the lists) cannot be read, so none of its entries can be published: the app would not know who publishes them. The other notices say what to fix.',
    fr: 'L’enveloppe du flux (`schemaVersion`, `publisher`, `generatedAt`, les listes) ne peut pas être lue\u00a0: aucune entrée ne peut être publiée, car l’application ne saurait pas qui les publie. Les autres avis disent quoi corriger.',
  },
  fix: {
    en: 'Fix the other notices about the envelope (`schemaVersion`, `publisher`, `generatedAt` and the lists), then validate again: the entries are checked once the envelope can be read.',
    fr: 'Corrigez les autres avis qui portent sur l’enveloppe (`schemaVersion`, `publisher`, `generatedAt` et les listes), puis validez de nouveau\u00a0: les entrées sont vérifiées dès que l’enveloppe peut être lue.',
  },
  example: '{ "schemaVersion": "1.0", "items": [] }',
  message: ({ count }) => ({
    en: `The feed cannot be read, so none of its entries would be published. Fix the ${count} problem${count === 1 ? '' : 's'} in the feed’s envelope listed here, then validate again.`,
    fr: `Le flux ne peut pas être lu\u00a0: aucune de ses entrées ne serait publiée. Corrigez ${count === 1 ? 'le problème' : `les ${count} problèmes`} de l’enveloppe du flux indiqué${count === 1 ? '' : 's'} ici, puis validez de nouveau.`,
  }),
});

export const requiredFieldMissing = defineNotice<Field>({
  code: 'required_field_missing',
  severity: 'error',
  title: { en: 'Required field missing', fr: 'Champ obligatoire absent' },
  description: {
    en: 'A field every entry of this kind must have is absent. The entry is left out of the app until it is added.',
    fr: 'Un champ que toute entrée de ce type doit avoir est absent. L’entrée est laissée de côté jusqu’à ce qu’il soit ajouté.',
  },
  fix: {
    en: 'Add the field the notice names, with its value. If your system cannot fill it in, ask whoever produces the feed to add it to the export.',
    fr: 'Ajoutez le champ nommé dans l’avis, avec sa valeur. Si votre système ne peut pas le remplir, demandez à la personne qui produit le flux de l’ajouter à l’exportation.',
  },
  example: '{ "id": "ottawa.transit", "kind": "task" }',
  message: ({ field }) => ({
    en: `\`${field}\` is missing. Add it: every entry of this kind needs one. ${SKIPPED.en}`,
    fr: `\`${field}\` est absent. Ajoutez-le\u00a0: toute entrée de ce type en a besoin. ${SKIPPED.fr}`,
  }),
});

const TYPE_NAMES: Record<string, { en: string; fr: string }> = {
  string: { en: 'text in quotes', fr: 'du texte entre guillemets' },
  number: { en: 'a number', fr: 'un nombre' },
  boolean: { en: '`true` or `false`', fr: '`true` ou `false`' },
  array: { en: 'a list `[…]`', fr: 'une liste `[…]`' },
  object: { en: 'an object `{…}`', fr: 'un objet `{…}`' },
  record: { en: 'an object `{…}`', fr: 'un objet `{…}`' },
};
const typeName = (type: string) => TYPE_NAMES[type] ?? { en: type, fr: type };
function typeOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value;
}

export const wrongType = defineNotice<Field & { expected: string; actual: unknown }>({
  code: 'wrong_type',
  severity: 'error',
  title: { en: 'Wrong kind of value', fr: 'Mauvais type de valeur' },
  description: {
    en: 'A field holds the wrong kind of value: text where a list is expected, a number in quotes, a single language string where text in each language is expected.',
    fr: 'Un champ contient le mauvais type de valeur\u00a0: du texte au lieu d’une liste, un nombre entre guillemets, un seul texte au lieu d’un texte par langue.',
  },
  fix: {
    en: 'Write the value in the form the field expects: a list in `[…]`, a number without quotes, `true` or `false`, or one text per language, such as `{ "en": "…", "fr": "…" }`.',
    fr: 'Écrivez la valeur sous la forme attendue par le champ\u00a0: une liste entre `[…]`, un nombre sans guillemets, `true` ou `false`, ou un texte par langue, comme `{ "en": "…", "fr": "…" }`.',
  },
  example: '{ "title": "Get a library card" }',
  message: ({ field, expected, actual }) => {
    const want = typeName(expected);
    const got = typeName(typeOf(actual));
    const localized = (expected === 'object' || expected === 'record') && typeof actual === 'string';
    return {
      en: `\`${field}\` should be ${want.en}, but it is ${got.en} (${quote(actual)}).${localized ? ` Write the text per language: { "en": ${quote(actual)}, "fr": "…" }.` : ''} ${SKIPPED.en}`,
      fr: `\`${field}\` devrait être ${want.fr}, mais c’est ${got.fr} (${quote(actual)}).${localized ? ` Écrivez le texte par langue\u00a0: { "en": ${quote(actual)}, "fr": "…" }.` : ''} ${SKIPPED.fr}`,
    };
  },
});

export const unknownCode = defineNotice<Field & { value: unknown; allowed: readonly unknown[]; nearest?: string }>({
  code: 'unknown_code',
  severity: 'error',
  title: { en: 'Code not in the vocabulary', fr: 'Code absent du vocabulaire' },
  description: {
    en: 'Topics, stages, kinds, jurisdictions, channels and days are fixed codes shared by every publisher, so that feeds can be merged. A code outside the list cannot be shown.',
    fr: 'Les thèmes, étapes, types, ordres de gouvernement, modes de service et jours sont des codes communs à tous les éditeurs, pour que les flux puissent être fusionnés. Un code hors de la liste ne peut pas être affiché.',
  },
  fix: {
    en: 'Replace the value with one of the codes the message lists, spelled exactly as listed. Codes are the same whatever the language of the text.',
    fr: 'Remplacez la valeur par l’un des codes énumérés dans le message, écrit exactement comme dans la liste. Les codes sont les mêmes, quelle que soit la langue du texte.',
  },
  example: '{ "topics": ["healthcare"] }',
  message: ({ field, value, allowed, nearest }) => {
    const list = allowed.map((code) => `"${String(code)}"`).join(', ');
    return {
      en: `\`${field}\` is ${quote(value)}, which is not a known code.${nearest ? ` Did you mean "${nearest}"?` : ''} Use one of: ${list}. ${SKIPPED.en}`,
      fr: `\`${field}\` vaut ${quote(value)}, qui n’est pas un code connu.${nearest ? ` Vouliez-vous dire "${nearest}"\u00a0?` : ''} Utilisez l’un de ces codes\u00a0: ${list}. ${SKIPPED.fr}`,
    };
  },
});

function formatNotice(code: string, title: Message, what: Message, example: string, fix: Message) {
  return defineNotice<Field & { value: unknown }>({
    code,
    severity: 'error',
    title,
    description: {
      en: `A value is not written as the feed requires: ${what.en}. ${SKIPPED.en}`,
      fr: `Une valeur n’est pas écrite comme le flux l’exige\u00a0: ${what.fr}. ${SKIPPED.fr}`,
    },
    fix,
    example,
    message: ({ field, value }) => ({
      en: `\`${field}\` is ${quote(value)}; it must be ${what.en}. ${SKIPPED.en}`,
      fr: `\`${field}\` vaut ${quote(value)}\u00a0; il doit être ${what.fr}. ${SKIPPED.fr}`,
    }),
  });
}

export const invalidDate = formatNotice(
  'invalid_date',
  { en: 'Date not written YYYY-MM-DD', fr: 'Date non écrite AAAA-MM-JJ' },
  { en: 'a real date written YYYY-MM-DD, such as 2026-11-05', fr: 'une date réelle écrite AAAA-MM-JJ, comme 2026-11-05' },
  '{ "dateModified": "05/11/2026" }',
  {
    en: 'Write the date as year-month-day in digits, such as 2026-11-05 for November 5, 2026.',
    fr: 'Écrivez la date sous la forme année-mois-jour en chiffres, comme 2026-11-05 pour le 5 novembre 2026.',
  },
);
export const invalidDatetime = formatNotice(
  'invalid_datetime',
  { en: 'Date and time not in ISO form', fr: 'Date et heure non conformes à l’ISO' },
  {
    en: 'a date and time with its offset, such as 2026-11-05T09:30:00Z or 2026-11-05T09:30:00-05:00',
    fr: 'une date et une heure avec leur décalage, comme 2026-11-05T09:30:00Z ou 2026-11-05T09:30:00-05:00',
  },
  '{ "generatedAt": "2026-11-05 09:30" }',
  {
    en: 'Write the date and time as 2026-11-05T09:30:00 followed by the time zone offset: Z for UTC, or -05:00 (-04:00 in summer) for Ontario time. Most systems can export this form, called ISO 8601.',
    fr: 'Écrivez la date et l’heure sous la forme 2026-11-05T09:30:00, suivie du décalage horaire\u00a0: Z pour l’UTC, ou -05:00 (-04:00 l’été) pour l’heure de l’Ontario. La plupart des systèmes peuvent exporter cette forme, appelée ISO 8601.',
  },
);
export const invalidUrl = formatNotice(
  'invalid_url',
  { en: 'Not a web address', fr: 'Adresse Web non valide' },
  { en: 'a full web address starting with https://', fr: 'une adresse Web complète commençant par https://' },
  '{ "source": { "en": "www.ottawa.ca/newcomers" } }',
  {
    en: 'Open the page and copy its full address, starting with https://, from the browser’s address bar.',
    fr: 'Ouvrez la page et copiez son adresse complète, qui commence par https://, depuis la barre d’adresse du navigateur.',
  },
);
export const invalidId = formatNotice(
  'invalid_id',
  { en: 'Identifier written wrongly', fr: 'Identifiant mal écrit' },
  {
    en: 'lowercase letters and digits separated by dots or hyphens, such as ottawa.library-card',
    fr: 'des lettres minuscules et des chiffres séparés par des points ou des traits d’union, comme ottawa.library-card',
  },
  '{ "id": "Ottawa Library Card" }',
  {
    en: 'Rewrite the id in lowercase letters without accents and digits, with dots or hyphens instead of spaces, such as ottawa.library-card. Then update any `dependsOn` or `services` that name it.',
    fr: 'Réécrivez l’identifiant en lettres minuscules sans accents et en chiffres, avec des points ou des traits d’union au lieu des espaces, comme ottawa.library-card. Mettez ensuite à jour les `dependsOn` ou `services` qui le mentionnent.',
  },
);
export const invalidTime = formatNotice(
  'invalid_time',
  { en: 'Time not written HH:MM', fr: 'Heure non écrite HH:MM' },
  { en: 'a 24-hour time written HH:MM, such as 08:30 or 16:30', fr: 'une heure sur 24 heures écrite HH:MM, comme 08:30 ou 16:30' },
  '{ "opens": "8:30 AM" }',
  {
    en: 'Write the time on the 24-hour clock, with two digits for the hour and two for the minutes, such as 08:30 or 16:30, without am or pm.',
    fr: 'Écrivez l’heure sur 24 heures, avec deux chiffres pour l’heure et deux pour les minutes, comme 08:30 ou 16:30, sans a.m. ni p.m.',
  },
);
export const invalidLanguageCode = formatNotice(
  'invalid_language_code',
  { en: 'Language code written wrongly', fr: 'Code de langue mal écrit' },
  { en: 'a lowercase language code such as "en" or "fr"', fr: 'un code de langue en minuscules comme "en" ou "fr"' },
  '{ "title": { "EN": "Library card" } }',
  {
    en: 'Use the lowercase language code, such as "en", "fr" or "es", both as the key of each text and in `languages`.',
    fr: 'Utilisez le code de langue en minuscules, par exemple "en", "fr" ou "es", aussi bien comme clé de chaque texte que dans `languages`.',
  },
);
export const invalidPostalCode = formatNotice(
  'invalid_postal_code',
  { en: 'Postal code written wrongly', fr: 'Code postal mal écrit' },
  { en: 'a Canadian postal code in capitals with one space, such as K1P 1J1', fr: 'un code postal canadien en majuscules avec une espace, comme K1P 1J1' },
  '{ "postalCode": "k1p1j1" }',
  {
    en: 'Write the postal code in capitals with one space in the middle, such as K1P 1J1.',
    fr: 'Écrivez le code postal en majuscules avec une espace au milieu, comme K1P 1J1.',
  },
);

export const invalidValue = defineNotice<Field & { value: unknown; rule: Message }>({
  code: 'invalid_value',
  severity: 'error',
  title: { en: 'Value not allowed', fr: 'Valeur non permise' },
  description: {
    en: 'A value breaks a rule of the feed not covered by a more precise notice. The message quotes the rule.',
    fr: 'Une valeur enfreint une règle du flux qu’aucun avis plus précis ne couvre. Le message cite la règle.',
  },
  fix: {
    en: 'Change the value so that it follows the rule the message quotes.',
    fr: 'Modifiez la valeur pour qu’elle respecte la règle citée dans le message.',
  },
  example: '{ "address": { "province": "Ontario" } }',
  message: ({ field, value, rule }) => ({
    en: `\`${field}\` is ${quote(value)}: it ${rule.en}. ${SKIPPED.en}`,
    fr: `\`${field}\` vaut ${quote(value)}\u00a0: il ${rule.fr}. ${SKIPPED.fr}`,
  }),
});

export const emptyText = defineNotice<Field>({
  code: 'empty_text',
  severity: 'error',
  title: { en: 'Empty text', fr: 'Texte vide' },
  description: {
    en: 'A text or a text-per-language field is present but empty. An empty title or summary would show a blank on the page.',
    fr: 'Un champ de texte, ou de texte par langue, est présent mais vide. Un titre ou un résumé vide laisserait un blanc sur la page.',
  },
  fix: {
    en: 'Write the text, or remove the field altogether if it is optional.',
    fr: 'Rédigez le texte, ou retirez complètement le champ s’il est facultatif.',
  },
  example: '{ "title": { "en": "" } }',
  message: ({ field }) => ({
    en: `\`${field}\` is empty. Write the text, or remove the field if it is optional. ${SKIPPED.en}`,
    fr: `\`${field}\` est vide. Rédigez le texte, ou retirez le champ s’il est facultatif. ${SKIPPED.fr}`,
  }),
});

export const emptyList = defineNotice<Field & { minimum: number }>({
  code: 'empty_list',
  severity: 'error',
  title: { en: 'List needs an entry', fr: 'Liste sans élément' },
  description: {
    en: 'A list that needs at least one entry is empty: every step needs a topic, a stage, a channel and a language.',
    fr: 'Une liste qui doit contenir au moins un élément est vide\u00a0: chaque étape a besoin d’un thème, d’une étape du parcours, d’un mode de service et d’une langue.',
  },
  fix: {
    en: 'Add at least one value to the list, such as a topic in `topics` or a day in `days`: these lists cannot be left empty.',
    fr: 'Ajoutez au moins une valeur à la liste, par exemple un thème dans `topics` ou un jour dans `days`\u00a0: ces listes ne peuvent pas rester vides.',
  },
  example: '{ "topics": [] }',
  message: ({ field, minimum }) => ({
    en: `\`${field}\` needs at least ${minimum} entr${minimum === 1 ? 'y' : 'ies'}. Add ${minimum === 1 ? 'one' : 'them'}. ${SKIPPED.en}`,
    fr: `\`${field}\` doit contenir au moins ${minimum} élément${minimum === 1 ? '' : 's'}. Ajoutez-en. ${SKIPPED.fr}`,
  }),
});

export const valueOutOfRange = defineNotice<Field & { value: unknown; bound: string }>({
  code: 'value_out_of_range',
  severity: 'error',
  title: { en: 'Number out of range', fr: 'Nombre hors limites' },
  description: {
    en: 'A number is too small or too large for its field: a population of 0, a month 13, a due rule of −5 days.',
    fr: 'Un nombre est trop petit ou trop grand pour son champ\u00a0: une population de 0, un mois 13, un délai de −5 jours.',
  },
  fix: {
    en: 'Correct the number so that it is within the limits the message gives.',
    fr: 'Corrigez le nombre pour qu’il respecte les limites indiquées dans le message.',
  },
  example: '{ "due": { "type": "yearly", "month": 13, "day": 1 } }',
  message: ({ field, value, bound }) => ({
    en: `\`${field}\` is ${quote(value)}; it must be ${bound}. ${SKIPPED.en}`,
    fr: `\`${field}\` vaut ${quote(value)}\u00a0; il doit être ${bound.replace('at least', 'au moins').replace('at most', 'au plus').replace('a whole number', 'un nombre entier')}. ${SKIPPED.fr}`,
  }),
});

export const coordinatesSwapped = defineNotice<{ lat: unknown; lng: unknown }>({
  code: 'coordinates_swapped',
  severity: 'error',
  title: { en: 'Latitude and longitude swapped', fr: 'Latitude et longitude inversées' },
  description: {
    en: 'The latitude holds a longitude and the longitude a latitude. Places in Ontario have a latitude between 41 and 57 and a longitude between −96 and −74. The office is left out of "offices near me" until fixed.',
    fr: 'La latitude contient une longitude, et la longitude une latitude. En Ontario, la latitude est entre 41 et 57 et la longitude entre −96 et −74. Le bureau est laissé de côté dans «\u00a0Bureaux près de chez moi\u00a0» jusqu’à la correction.',
  },
  fix: {
    en: 'Swap the two values: `lat` takes the latitude (41 to 57 in Ontario) and `lng` the longitude, a negative number (−96 to −74).',
    fr: 'Inversez les deux valeurs\u00a0: `lat` reçoit la latitude (de 41 à 57 en Ontario) et `lng` la longitude, un nombre négatif (de −96 à −74).',
  },
  example: '{ "coordinates": { "lat": -75.69, "lng": 45.42 } }',
  message: ({ lat, lng }) => ({
    en: `\`coordinates\` look swapped: lat ${String(lat)}, lng ${String(lng)} is not in Ontario, but lat ${String(lng)}, lng ${String(lat)} is. Swap the two values. ${SKIPPED.en}`,
    fr: `\`coordinates\` semblent inversées\u00a0: lat ${String(lat)}, lng ${String(lng)} n’est pas en Ontario, mais lat ${String(lng)}, lng ${String(lat)} l’est. Inversez les deux valeurs. ${SKIPPED.fr}`,
  }),
});

export const coordinatesOutOfArea = defineNotice<{ lat: unknown; lng: unknown; hint?: { en: string; fr: string } }>({
  code: 'coordinates_out_of_area',
  severity: 'error',
  title: { en: 'Coordinates far outside Ontario', fr: 'Coordonnées loin de l’Ontario' },
  description: {
    en: 'The map point is not in or near Ontario (latitude 41 to 57, longitude −96 to −74). A longitude without its minus sign is a common cause.',
    fr: 'Le point n’est pas en Ontario ni à proximité (latitude de 41 à 57, longitude de −96 à −74). Une longitude sans son signe moins est une cause fréquente.',
  },
  fix: {
    en: 'Copy the office’s coordinates again from a map, in decimal degrees, and check that the longitude has its minus sign.',
    fr: 'Copiez de nouveau les coordonnées du bureau à partir d’une carte, en degrés décimaux, et vérifiez que la longitude a son signe moins.',
  },
  example: '{ "coordinates": { "lat": 45.42, "lng": 75.69 } }',
  message: ({ lat, lng, hint }) => ({
    en: `\`coordinates\` (lat ${String(lat)}, lng ${String(lng)}) are not in Ontario.${hint ? ` ${hint.en}` : ''} Check the values, in decimal degrees. ${SKIPPED.en}`,
    fr: `\`coordinates\` (lat ${String(lat)}, lng ${String(lng)}) ne sont pas en Ontario.${hint ? ` ${hint.fr}` : ''} Vérifiez les valeurs, en degrés décimaux. ${SKIPPED.fr}`,
  }),
});

export const duplicateId = defineNotice<{ firstPath: string }>({
  code: 'duplicate_id',
  severity: 'error',
  title: { en: 'Identifier used twice', fr: 'Identifiant utilisé deux fois' },
  description: {
    en: 'Two entries of one list share an `id`. Links, progress and plans follow ids, so only the first is kept.',
    fr: 'Deux entrées d’une même liste ont le même `id`. Les liens, le suivi et les plans reposent sur les identifiants\u00a0: seule la première est gardée.',
  },
  fix: {
    en: 'Give each entry its own `id`, or remove the entry that is a copy.',
    fr: 'Donnez à chaque entrée son propre `id`, ou supprimez l’entrée en double.',
  },
  example: '{ "items": [{ "id": "ottawa.transit" }, { "id": "ottawa.transit" }] }',
  message: ({ firstPath }) => ({
    en: `This \`id\` is already used by the entry at ${firstPath}. Give this entry its own id, or remove the copy. The app keeps only the first.`,
    fr: `Cet \`id\` est déjà utilisé par l’entrée ${firstPath}. Donnez à cette entrée son propre identifiant, ou supprimez la copie. L’application ne garde que la première.`,
  }),
});

export const unknownField = defineNotice<Field & { nearest?: string }>({
  code: 'unknown_field',
  severity: 'warning',
  title: { en: 'Field the feed does not define', fr: 'Champ que le flux ne définit pas' },
  description: {
    en: 'The entry has a field the feed format does not define. It is ignored, so what it holds is not published: often a misspelt field name (`dependson` for `dependsOn`).',
    fr: 'L’entrée a un champ que le format du flux ne définit pas. Il est ignoré, et son contenu n’est pas publié\u00a0: c’est souvent un nom de champ mal écrit (`dependson` au lieu de `dependsOn`).',
  },
  fix: {
    en: 'Correct the field name, checking its spelling and capitals against the feed format, or remove the field.',
    fr: 'Corrigez le nom du champ en vérifiant son orthographe et ses majuscules d’après le format du flux, ou retirez le champ.',
  },
  example: '{ "dependson": ["ca.sin"] }',
  message: ({ field, nearest }) => ({
    en: `\`${field}\` is not a field of the feed, so the app ignores it.${nearest ? ` Did you mean \`${nearest}\`?` : ' Remove it, or check the field names on the notices page.'}`,
    fr: `\`${field}\` n’est pas un champ du flux\u00a0: l’application l’ignore.${nearest ? ` Vouliez-vous dire \`${nearest}\`\u00a0?` : ' Retirez-le, ou vérifiez les noms de champs sur la page des avis.'}`,
  }),
});

export const structureNotices: NoticeDefinition[] = [
  emptyFile,
  notJson,
  invalidJson,
  feedNotObject,
  unsupportedSchemaVersion,
  feedRejected,
  requiredFieldMissing,
  wrongType,
  unknownCode,
  invalidDate,
  invalidDatetime,
  invalidUrl,
  invalidId,
  invalidTime,
  invalidLanguageCode,
  invalidPostalCode,
  invalidValue,
  emptyText,
  emptyList,
  valueOutOfRange,
  coordinatesSwapped,
  coordinatesOutOfArea,
  duplicateId,
  unknownField,
];
