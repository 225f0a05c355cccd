import { Parser } from 'htmlparser2';
import type { Check, CheckContext } from '../context';
import { fieldLabel } from '../fieldLabel';
import { defineNotice, pointer, type Notice, type NoticeDefinition, type NoticeLocation } from '../notice';
import type { Item } from '../../item';
import type { LocalizedUrl } from '../../localized';
import { capPerCode, sample } from './html';
import { dialable, printed, splitExtension } from '../../phone';

interface AtField {
  /** The field as the editor sees it: `channels[0].url.en`. */
  field: string;
  /** The address or number, as written. */
  value: string;
}

export const urlNotHttps = defineNotice<AtField>({
  code: 'url_not_https',
  severity: 'warning',
  title: { en: 'Address not secure (http://)', fr: 'Adresse non sécurisée (http://)' },
  description: {
    en: 'A web address starts with http:// instead of https://. The connection is not encrypted, browsers may warn the reader or refuse to open it, and what the reader sees could be changed on the way.',
    fr: 'Une adresse Web commence par http:// au lieu de https://. La connexion n’est pas chiffrée, les navigateurs peuvent avertir la personne ou refuser d’ouvrir la page, et ce qu’elle voit pourrait être modifié en chemin.',
  },
  fix: {
    en: 'Change http:// to https://, after checking that the page opens at that address. If it does not, ask the site’s owner for a secure address.',
    fr: 'Remplacez http:// par https://, après avoir vérifié que la page s’ouvre à cette adresse. Sinon, demandez une adresse sécurisée au responsable du site.',
  },
  example: '{ "source": { "en": "http://ottawa.ca/en/residents" } }',
  message: ({ field, value }) => ({
    en: `\`${field}\` starts with http://, so the connection is not secure: \`${sample(value)}\`. Use https:// instead, after checking that the page opens at that address.`,
    fr: `\`${field}\` commence par http://, donc la connexion n’est pas sécurisée\u00a0: \`${sample(value)}\`. Utilisez plutôt https://, après avoir vérifié que la page s’ouvre à cette adresse.`,
  }),
});

/** Why nobody outside the publisher's offices can open an address. */
export type HostProblem = 'local' | 'ip' | 'reserved' | 'staging';

const HOST_REASONS: Record<HostProblem, { en: string; fr: string }> = {
  local: { en: 'a computer or server on your own network', fr: 'un ordinateur ou un serveur de votre propre réseau' },
  ip: { en: 'an IP address instead of a site name', fr: 'une adresse IP au lieu d’un nom de site' },
  reserved: { en: 'a domain kept for examples and tests', fr: 'un domaine réservé aux exemples et aux essais' },
  staging: { en: 'a staging or test server', fr: 'un serveur d’essai ou de préproduction' },
};

export const urlNotPublic = defineNotice<AtField & { host: string; problem: HostProblem }>({
  code: 'url_not_public',
  severity: 'error',
  title: { en: 'Address of a test or internal server', fr: 'Adresse d’un serveur d’essai ou interne' },
  description: {
    en: 'A web address points to a server the public cannot reach, or should not: `localhost`, an IP address, a name with no dot, a reserved domain (`.local`, `.test`, `.example`, `.invalid`, `.internal`, `.lan`, `example.com`), or a host with a part that is exactly `staging`, `stage`, `stg`, `test`, `testing`, `dev`, `uat`, `qa`, `preprod`, `preview` or `sandbox`, with or without a number (`staging.ottawa.ca`, `ottawa-staging.ca`, `dev2-www.ontario.ca`). Parts are whole words between dots and hyphens, so `developer.` or `contest.` are not flagged, and the last part (the `.dev` domain) never is.',
    fr: 'Une adresse Web mène à un serveur que le public ne peut pas joindre, ou ne devrait pas voir\u00a0: `localhost`, une adresse IP, un nom sans point, un domaine réservé (`.local`, `.test`, `.example`, `.invalid`, `.internal`, `.lan`, `example.com`) ou un hôte dont une partie est exactement `staging`, `stage`, `stg`, `test`, `testing`, `dev`, `uat`, `qa`, `preprod`, `preview` ou `sandbox`, suivie ou non d’un chiffre (`staging.ottawa.ca`, `ottawa-staging.ca`, `dev2-www.ontario.ca`). Les parties sont des mots entiers entre points et traits d’union\u00a0: `developer.` ou `contest.` ne sont pas signalés, ni jamais la dernière partie (le domaine `.dev`).',
  },
  fix: {
    en: 'Replace the address with that of the published page, as the public opens it, and check it from outside your organisation’s network.',
    fr: 'Remplacez l’adresse par celle de la page publiée, telle que le public l’ouvre, et vérifiez-la depuis l’extérieur du réseau de votre organisation.',
  },
  example: '{ "source": { "en": "https://staging.ottawa.ca/en/residents" } }',
  message: ({ field, value, host, problem }) => ({
    en: `\`${field}\` points to ${HOST_REASONS[problem].en} (\`${host}\`): \`${sample(value)}\`. Nobody outside your organisation can open it. Replace it with the address of the published page.`,
    fr: `\`${field}\` mène à ${HOST_REASONS[problem].fr} (\`${host}\`)\u00a0: \`${sample(value)}\`. Personne hors de votre organisation ne peut l’ouvrir. Remplacez cette adresse par celle de la page publiée.`,
  }),
});

export const phoneHasLetters = defineNotice<AtField & { digits?: string }>({
  code: 'phone_has_letters',
  severity: 'warning',
  title: { en: 'Phone number with letters', fr: 'Numéro de téléphone avec des lettres' },
  description: {
    en: 'A phone number contains letters, such as 1-800-FLOWERS or “TTY”. A “Call” link cannot dial letters, and many phones and keypads show no letters. The check suggests the digits when the letters spell the number.',
    fr: 'Un numéro de téléphone contient des lettres, comme 1-800-FLOWERS ou «\u00a0ATS\u00a0». Un lien «\u00a0Appeler\u00a0» ne peut pas composer de lettres, et bien des téléphones et claviers n’en affichent pas. La vérification propose les chiffres quand les lettres épellent le numéro.',
  },
  fix: {
    en: 'Write the number with digits, such as 1-800-555-1234, and put words such as “TTY” elsewhere, for example in the channel’s `note`.',
    fr: 'Écrivez le numéro en chiffres, comme 1-800-555-1234, et mettez les mots comme «\u00a0ATS\u00a0» ailleurs, par exemple dans la `note` du mode de service.',
  },
  example: '{ "channels": [{ "type": "phone", "phone": "1-800-FLOWERS" }] }',
  message: ({ field, value, digits }) =>
    digits
      ? {
          en: `\`${field}\` contains letters: \`${sample(value)}\`. A phone cannot dial letters. Write the number with digits: \`${digits}\`.`,
          fr: `\`${field}\` contient des lettres\u00a0: \`${sample(value)}\`. Un téléphone ne peut pas composer de lettres. Écrivez le numéro en chiffres\u00a0: \`${digits}\`.`,
        }
      : {
          en: `\`${field}\` contains letters: \`${sample(value)}\`. A phone cannot dial letters. Keep only the number, written with digits, in \`${field}\`, and put any other words elsewhere.`,
          fr: `\`${field}\` contient des lettres\u00a0: \`${sample(value)}\`. Un téléphone ne peut pas composer de lettres. Ne gardez que le numéro, écrit en chiffres, dans \`${field}\`, et mettez les autres mots ailleurs.`,
        },
});

export const phoneNotDialable = defineNotice<AtField & { fixed?: string }>({
  code: 'phone_not_dialable',
  severity: 'warning',
  title: { en: 'Phone number that cannot be dialled', fr: 'Numéro de téléphone impossible à composer' },
  description: {
    en: 'A phone number cannot be turned into a “Call” link. Once spaces, dots, hyphens and brackets are taken out, it must be one North American number with its area code (10 digits, or 11 starting with 1, optionally after +), optionally followed by an extension written `ext. 123`, `x123` or `poste 123`; or a three-digit service number (211, 311, 411, 511, 611, 711, 811, 911).',
    fr: 'Un numéro de téléphone ne peut pas devenir un lien «\u00a0Appeler\u00a0». Une fois les espaces, points, traits d’union et parenthèses retirés, il doit s’agir d’un seul numéro nord-américain avec son indicatif régional (10 chiffres, ou 11 commençant par 1, précédés ou non de +), suivi au besoin d’un poste écrit `poste 123`, `ext. 123` ou `x123`\u00a0; ou d’un numéro de service à trois chiffres (211, 311, 411, 511, 611, 711, 811, 911).',
  },
  fix: {
    en: 'Write one North American number with its area code, such as 613-555-1234 or 1-800-555-1234, with any extension as ext. 123, or a three-digit service number such as 311. Put a second number in another channel.',
    fr: 'Écrivez un seul numéro nord-américain avec son indicatif régional, comme 613-555-1234 ou 1-800-555-1234, avec le poste éventuel sous la forme poste 123, ou un numéro de service à trois chiffres comme 311. Mettez un deuxième numéro dans un autre mode de service.',
  },
  example: '{ "phone": "613-580-24" }',
  message: ({ field, value, fixed }) => ({
    en: `\`${field}\` cannot be dialled from the page: \`${sample(value)}\`. ${
      fixed
        ? `Write it as \`${fixed}\`.`
        : 'Write one North American number with its area code, such as 613-555-1234 or 1-800-555-1234, with any extension as ext. 123, or a three-digit service number such as 311.'
    }`,
    fr: `\`${field}\` ne peut pas être composé depuis la page\u00a0: \`${sample(value)}\`. ${
      fixed
        ? `Écrivez-le ainsi\u00a0: \`${fixed}\`.`
        : 'Écrivez un seul numéro nord-américain avec son indicatif régional, comme 613-555-1234 ou 1-800-555-1234, avec le poste éventuel sous la forme poste 123, ou un numéro de service à trois chiffres comme 311.'
    }`,
  }),
});

export const bodyRelativeLink = defineNotice<AtField & { fixed?: string }>({
  code: 'body_relative_link',
  severity: 'warning',
  title: { en: 'Link without a full address', fr: 'Lien sans adresse complète' },
  description: {
    en: 'A link in the body is not a full web address: it starts with `/`, `#` or a page name, or with the site name but no https:// (`www.ottawa.ca/…`). It worked on the publisher’s site, but the app shows the text on another site, where the link leads nowhere. When the body comes from the item’s `source` page, the suggestion is the address as it was on that page.',
    fr: 'Un lien du corps du texte n’est pas une adresse Web complète\u00a0: il commence par `/`, `#` ou un nom de page, ou par le nom du site sans https:// (`www.ottawa.ca/…`). Il fonctionnait sur le site de l’éditeur, mais l’application affiche le texte sur un autre site, où le lien ne mène nulle part. La suggestion est l’adresse telle qu’elle était sur la page `source` de l’élément.',
  },
  fix: {
    en: 'Write each link in the body as a full address, with https:// and the site name, such as https://ottawa.ca/en/residents.',
    fr: 'Écrivez chaque lien du corps du texte sous forme d’adresse complète, avec https:// et le nom du site, comme https://ottawa.ca/fr/residents.',
  },
  example: '{ "body": { "en": "<a href=\\"/en/residents/immigration\\">Immigration services</a>" } }',
  message: ({ field, value, fixed }) => ({
    en: `The link \`${sample(value)}\` in \`${field}\` is not a full web address, so it will not work in the app, which shows the text away from your site. Write the full address, starting with https://${fixed ? `, probably \`${fixed}\`` : ''}.`,
    fr: `Le lien \`${sample(value)}\` dans \`${field}\` n’est pas une adresse Web complète\u00a0: il ne fonctionnera pas dans l’application, qui affiche le texte hors de votre site. Écrivez l’adresse complète, commençant par https://${fixed ? `, sans doute \`${fixed}\`` : ''}.`,
  }),
});

export const linksNotices: NoticeDefinition[] = [urlNotHttps, urlNotPublic, phoneHasLetters, phoneNotDialable, bodyRelativeLink];

// Hosts that resolve only on the publisher's own network.
const LOCAL_SUFFIXES = ['localhost', 'local', 'internal', 'lan', 'home.arpa'];
// RFC 2606 and 6761: reserved for documentation and testing, never a real site.
const RESERVED_SUFFIXES = ['test', 'example', 'invalid', 'example.com', 'example.net', 'example.org'];
const STAGING_WORDS = new Set(['staging', 'stage', 'stg', 'test', 'testing', 'dev', 'uat', 'qa', 'preprod', 'preview', 'sandbox']);

const endsWith = (host: string, suffix: string) => host === suffix || host.endsWith(`.${suffix}`);

/** Why a host cannot be opened by the public, or undefined for a public host. */
export function hostProblem(hostname: string): HostProblem | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[') || /^\d+\.\d+\.\d+\.\d+$/.test(host)) return 'ip';
  const labels = host.split('.');
  if (labels.length === 1 || LOCAL_SUFFIXES.some((suffix) => endsWith(host, suffix))) return 'local';
  if (RESERVED_SUFFIXES.some((suffix) => endsWith(host, suffix))) return 'reserved';
  // Whole words only: `dev` and `dev2` are test servers, `developer` and `devices` are not. The
  // top-level domain is skipped: `.dev` is a real one.
  const words = labels.slice(0, -1).flatMap((label) => label.split('-'));
  if (words.some((word) => STAGING_WORDS.has(word.replace(/\d+$/, '')))) return 'staging';
  return undefined;
}

function urlNotices(value: string, at: NoticeLocation, field: string): Notice[] {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return [];
  }
  const problem = hostProblem(url.hostname);
  // https:// would not make a test server reachable: the one fix is another address.
  if (problem) return [urlNotPublic.create(at, { field, value, host: url.hostname, problem })];
  if (url.protocol === 'http:') return [urlNotHttps.create(at, { field, value }, value.trim().replace(/^http:/i, 'https:'))];
  return [];
}

const KEYPAD: Record<string, string> = Object.fromEntries(
  ['abc', 'def', 'ghi', 'jkl', 'mno', 'pqrs', 'tuv', 'wxyz'].flatMap((letters, i) =>
    [...letters].map((letter) => [letter, String(i + 2)]),
  ),
);

function withExtension(main: string, extension: string | undefined): string {
  return extension === undefined ? main : `${main} ext. ${extension}`;
}

/** The tel: value the number was meant to be, where only one reading is possible. */
function intended(phone: string): { letters: boolean; tel: string | null } {
  const { main, extension } = splitExtension(phone);
  if (/[a-z]/i.test(main)) {
    const digits = main.replace(/[a-z]/gi, (letter) => KEYPAD[letter.toLowerCase()] ?? letter);
    return { letters: true, tel: dialable(withExtension(digits, extension)) };
  }
  // Stray characters around one whole number ("613/580/2400") leave a single reading.
  return { letters: false, tel: dialable(withExtension(main.replace(/[^\d+]/g, ''), extension)) };
}

/** `asTel`: the number is a `tel:` link in a body, so the fix is a tel: value. */
function phoneNotices(phone: string, at: NoticeLocation, field: string, asTel = false): Notice[] {
  if (dialable(phone) !== null) return [];
  const { letters, tel } = intended(phone);
  const fixed = tel === null ? undefined : asTel ? `tel:${tel}` : printed(tel);
  if (letters) return [phoneHasLetters.create(at, { field, value: phone, ...(fixed ? { digits: fixed } : {}) }, fixed)];
  return [phoneNotDialable.create(at, { field, value: phone, ...(fixed ? { fixed } : {}) }, fixed)];
}

interface UrlField {
  entry: string;
  id: string;
  parts: (string | number)[];
  value: string;
  /** The field name an editor reads, when it is not the path inside the entry. */
  label?: (string | number)[];
}

function localized(entry: string, id: string, parts: (string | number)[], urls: LocalizedUrl | undefined): UrlField[] {
  return Object.entries(urls ?? {}).map(([lang, value]) => ({ entry, id, parts: [...parts, lang], value }));
}

function urlFields(context: CheckContext): UrlField[] {
  const { publisher } = context.feed;
  return [
    ...localized('/publisher', publisher.id, ['homepage'], publisher.homepage),
    { entry: '/publisher', id: publisher.id, parts: ['licence', 'url'], value: publisher.licence.url },
    ...context.items.flatMap(({ value: item, path }) => [
      ...localized(path, item.id, ['source'], item.source),
      ...item.channels.flatMap((channel, i) => localized(path, item.id, ['channels', i, 'url'], channel.url)),
    ]),
    ...context.offices.flatMap(({ value: office, path }) => [
      ...localized(path, office.id, ['url'], office.url),
      { entry: path, id: office.id, parts: ['source'], value: office.source },
    ]),
    ...context.municipalities.flatMap(({ value, path }) => localized(path, value.id, ['portal'], value.portal)),
  ].map((field) => (field.entry === '/publisher' ? { ...field, label: ['publisher', ...field.parts] } : field));
}

function phoneFields(context: CheckContext): UrlField[] {
  return [
    ...context.items.flatMap(({ value: item, path }) =>
      item.channels.flatMap((channel, i) =>
        channel.phone === undefined ? [] : [{ entry: path, id: item.id, parts: ['channels', i, 'phone'], value: channel.phone }],
      ),
    ),
    ...context.offices.flatMap(({ value: office, path }) =>
      office.phone === undefined ? [] : [{ entry: path, id: office.id, parts: ['phone'], value: office.phone }],
    ),
  ];
}

const locate = (field: UrlField) => ({
  at: { path: `${field.entry}${pointer(...field.parts)}`, id: field.id },
  label: fieldLabel(field.label ?? field.parts),
});

function hrefsIn(html: string): string[] {
  const hrefs: string[] = [];
  const parser = new Parser({
    onopentag(_name, attribs, implied) {
      if (!implied && attribs.href !== undefined) hrefs.push(attribs.href);
    },
  });
  parser.write(html);
  parser.end();
  return hrefs;
}

// A first part like `www.ottawa.ca` or `ontario.ca` is a site written without https://.
const SITE_WITHOUT_SCHEME = /^(?:www\.[^/?#\s]+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:ca|com|org|net|gov|edu|info|ontario|quebec|int))(?:[:/?#]|$)/i;

/** The full address a relative link stood for, where it can be worked out. */
function absolute(href: string, base: string | undefined): string | undefined {
  if (href.startsWith('//')) return `https:${href}`;
  if (SITE_WITHOUT_SCHEME.test(href)) return `https://${href}`;
  if (base === undefined) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

function bodyHrefNotices(href: string, at: NoticeLocation, field: string, base: string | undefined): Notice[] {
  const value = href.trim();
  if (value === '') return [];
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    const fixed = absolute(value, base);
    return [bodyRelativeLink.create(at, { field, value, ...(fixed ? { fixed } : {}) }, fixed)];
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return urlNotices(value, at, field);
  if (url.protocol === 'tel:') {
    const number = value.replace(/^tel:/i, '');
    let decoded = number;
    try {
      decoded = decodeURIComponent(number);
    } catch {
      // A stray % is kept as written: the number is then reported as it is.
    }
    return phoneNotices(decoded, at, field, true);
  }
  // mailto: is fine; javascript: and data: are the HTML check's.
  return [];
}

function bodyNotices(item: Item, path: string): Notice[] {
  return Object.entries(item.body).flatMap(([lang, html]) => {
    const at = { path: `${path}${pointer('body', lang)}`, id: item.id };
    const field = fieldLabel(['body', lang]);
    const base = item.source[lang] ?? Object.values(item.source)[0];
    return capPerCode(hrefsIn(html).flatMap((href) => bodyHrefNotices(href, at, field, base)));
  });
}

export const checkLinks: Check = (context) => [
  ...urlFields(context).flatMap((field) => {
    const { at, label } = locate(field);
    return urlNotices(field.value, at, label);
  }),
  ...phoneFields(context).flatMap((field) => {
    const { at, label } = locate(field);
    return phoneNotices(field.value, at, label);
  }),
  ...context.items.flatMap(({ value, path }) => bodyNotices(value, path)),
];
