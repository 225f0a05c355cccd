import { Parser } from 'htmlparser2';
import type { Check, CheckContext } from '../context';
import { fieldLabel } from '../fieldLabel';
import { defineNotice, pointer, type Notice, type NoticeDefinition, type NoticeLocation } from '../notice';
import type { Item } from '../../item';
import type { LocalizedText } from '../../localized';

/**
 * Item bodies are HTML. The app sanitises them before display (the one allow-list is
 * content/bodyHtml.ts), so none of this reaches a reader here; but the feed is open and reused elsewhere, and
 * an editor whose markup is silently dropped never learns why the page looks different. So every
 * problem is reported, and nothing is corrected.
 */

/** One flood (a pasted page full of `style`) must not bury the other notices of the field. */
export const MAX_PER_CODE_PER_FIELD = 20;

/**
 * The task page shows the body under its own level-2 "About" heading, and SafeHtml keeps only
 * `<h3>` and `<h4>`: body headings start at level 3.
 */
const BODY_PARENT_LEVEL = 2;
const BODY_FIRST_LEVEL = BODY_PARENT_LEVEL + 1;

interface Markup {
  /** The field as the editor sees it: `body.en`. */
  field: string;
  /** A short sample of the offending markup. */
  sample: string;
}

/** Markup quoted in a message: one line, about 60 characters, safe inside backticks. */
export function sample(markup: string): string {
  const line = markup.replace(/\s+/g, ' ').trim().replace(/`/g, "'");
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

export const bodyScript = defineNotice<Markup>({
  code: 'body_script',
  severity: 'error',
  title: { en: 'Script in the body', fr: 'Script dans le corps du texte' },
  description: {
    en: 'The body contains a `<script>` element. Scripts in content from outside the app are unsafe: they could read or change what a person saved. The app never runs them.',
    fr: 'Le corps du texte contient un élément `<script>`. Un script dans du contenu externe est dangereux\u00a0: il pourrait lire ou modifier ce qu’une personne a enregistré. L’application ne l’exécute jamais.',
  },
  fix: {
    en: 'Remove every `<script>` element from the body. If the script showed something useful, such as a map or a form, link to the page that has it instead.',
    fr: 'Retirez tout élément `<script>` du corps du texte. Si le script affichait quelque chose d’utile, comme une carte ou un formulaire, mettez plutôt un lien vers la page qui le contient.',
  },
  example: '{ "body": { "en": "<p>Apply online.</p><script>alert(1)</script>" } }',
  message: ({ field, sample }) => ({
    en: `\`${field}\` contains a script: \`${sample}\`. Remove the \`<script>\` element from \`${field}\`; the page cannot run scripts.`,
    fr: `\`${field}\` contient un script\u00a0: \`${sample}\`. Retirez l’élément \`<script>\` de \`${field}\`\u00a0; la page ne peut pas exécuter de scripts.`,
  }),
});

export const bodyEventHandler = defineNotice<Markup & { attribute: string }>({
  code: 'body_event_handler',
  severity: 'error',
  title: { en: 'Script attribute in the body', fr: 'Attribut de script dans le corps du texte' },
  description: {
    en: 'An element in the body has an event attribute such as `onclick` or `onload`, which runs a script. Scripts in content from outside the app are unsafe, and the app never runs them.',
    fr: 'Un élément du corps du texte a un attribut d’événement, comme `onclick` ou `onload`, qui exécute un script. Un script dans du contenu externe est dangereux, et l’application ne l’exécute jamais.',
  },
  fix: {
    en: 'Remove the attributes that start with `on` (`onclick`, `onload`…) and keep the element’s text: a plain link with `href` needs no script.',
    fr: 'Retirez les attributs qui commencent par `on` (`onclick`, `onload`…) en gardant le texte de l’élément\u00a0: un lien ordinaire avec `href` n’a besoin d’aucun script.',
  },
  example: '{ "body": { "en": "<p onclick=\\"track()\\">Apply online.</p>" } }',
  message: ({ field, sample, attribute }) => ({
    en: `The \`${attribute}\` attribute in \`${field}\` runs a script: \`${sample}\`. Remove \`${attribute}\`; the page cannot run scripts.`,
    fr: `L’attribut \`${attribute}\` dans \`${field}\` exécute un script\u00a0: \`${sample}\`. Retirez \`${attribute}\`\u00a0; la page ne peut pas exécuter de scripts.`,
  }),
});

export const bodyEmbeddedContent = defineNotice<Markup & { element: string }>({
  code: 'body_embedded_content',
  severity: 'error',
  title: { en: 'Embedded content in the body', fr: 'Contenu intégré dans le corps du texte' },
  description: {
    en: 'The body embeds another page or a plug-in with `<iframe>`, `<object>`, `<embed>` or `<frame>`. Embedded content can run code the publisher does not control, does not work offline, and the app removes it.',
    fr: 'Le corps du texte intègre une autre page ou un module avec `<iframe>`, `<object>`, `<embed>` ou `<frame>`. Ce contenu peut exécuter du code que l’éditeur ne contrôle pas, ne fonctionne pas hors ligne, et l’application le retire.',
  },
  fix: {
    en: 'Remove the `<iframe>`, `<object>`, `<embed>` or `<frame>` element, and link to the page, video or document instead, with `<a href="https://…">`.',
    fr: 'Retirez l’élément `<iframe>`, `<object>`, `<embed>` ou `<frame>`, et mettez plutôt un lien vers la page, la vidéo ou le document, avec `<a href="https://…">`.',
  },
  example: '{ "body": { "en": "<iframe src=\\"https://www.youtube.com/embed/abc\\"></iframe>" } }',
  message: ({ field, sample, element }) => ({
    en: `\`${field}\` embeds content with \`<${element}>\`: \`${sample}\`. Remove the \`<${element}>\` element and link to the page instead, with \`<a href="https://…">\`.`,
    fr: `\`${field}\` intègre du contenu avec \`<${element}>\`\u00a0: \`${sample}\`. Retirez l’élément \`<${element}>\` et mettez plutôt un lien vers la page, avec \`<a href="https://…">\`.`,
  }),
});

export const bodyFormControl = defineNotice<Markup & { element: string }>({
  code: 'body_form_control',
  severity: 'error',
  title: { en: 'Form in the body', fr: 'Formulaire dans le corps du texte' },
  description: {
    en: 'The body contains a form or a form control (`<form>`, `<input>`, `<button>`, `<select>`, `<textarea>`). A form in outside content could send what a person types to anyone; the app removes it, so the reader sees a broken form.',
    fr: 'Le corps du texte contient un formulaire ou un champ de formulaire (`<form>`, `<input>`, `<button>`, `<select>`, `<textarea>`). Un formulaire dans du contenu externe pourrait envoyer ce que la personne tape n’importe où\u00a0; l’application le retire, et la personne voit un formulaire incomplet.',
  },
  fix: {
    en: 'Remove the form and its fields from the body, and link to the form on your site instead.',
    fr: 'Retirez le formulaire et ses champs du corps du texte, et mettez plutôt un lien vers le formulaire sur votre site.',
  },
  example: '{ "body": { "en": "<form action=\\"https://ottawa.ca/subscribe\\"><input name=\\"email\\"></form>" } }',
  message: ({ field, sample, element }) => ({
    en: `\`${field}\` contains a form element \`<${element}>\`: \`${sample}\`. Remove it; the app cannot send forms. Link to the form on your site instead.`,
    fr: `\`${field}\` contient un élément de formulaire \`<${element}>\`\u00a0: \`${sample}\`. Retirez-le\u00a0; l’application ne peut pas envoyer de formulaires. Mettez plutôt un lien vers le formulaire sur votre site.`,
  }),
});

export const bodyUnsafeUrl = defineNotice<Markup & { attribute: string; scheme: string }>({
  code: 'body_unsafe_url',
  severity: 'error',
  title: { en: 'Script address in the body', fr: 'Adresse de script dans le corps du texte' },
  description: {
    en: 'A link or source in the body is a `javascript:`, `vbscript:` or `data:` address, which runs code or hides content instead of opening a page. Browsers read these addresses whatever their case and with tabs or character codes inside (`jav&#x09;ascript:`), so the check does too. Images written as `data:image/…` are allowed, except SVG, which can carry scripts.',
    fr: 'Un lien ou une source du corps du texte est une adresse `javascript:`, `vbscript:` ou `data:`, qui exécute du code ou cache du contenu au lieu d’ouvrir une page. Les navigateurs lisent ces adresses quelle que soit la casse, même avec des tabulations ou des codes de caractères à l’intérieur (`jav&#x09;ascript:`)\u00a0; la vérification aussi. Les images `data:image/…` sont permises, sauf le SVG, qui peut contenir des scripts.',
  },
  fix: {
    en: 'Replace the address with a web address starting with https://, or remove the link or source.',
    fr: 'Remplacez l’adresse par une adresse Web commençant par https://, ou retirez le lien ou la source.',
  },
  example: '{ "body": { "en": "<a href=\\"javascript:apply()\\">Apply</a>" } }',
  message: ({ field, sample, attribute, scheme }) => ({
    en: `The \`${attribute}\` in \`${field}\` is a \`${scheme}\` address, which runs code instead of opening a page: \`${sample}\`. Replace it with a web address starting with https://, or remove it.`,
    fr: `L’attribut \`${attribute}\` dans \`${field}\` est une adresse \`${scheme}\`, qui exécute du code au lieu d’ouvrir une page\u00a0: \`${sample}\`. Remplacez-la par une adresse Web commençant par https:// ou retirez-la.`,
  }),
});

export const bodyH1 = defineNotice<Markup>({
  code: 'body_h1',
  severity: 'warning',
  title: { en: 'Level-1 heading in the body', fr: 'Titre de niveau 1 dans le corps du texte' },
  description: {
    en: 'The body has an `<h1>` heading. The page already shows the item’s title as its one level-1 heading, and the body sits under a level-2 heading: a second `<h1>` confuses people who move through the page by headings with a screen reader. The app also shows it as plain text.',
    fr: 'Le corps du texte contient un titre `<h1>`. La page affiche déjà le titre de l’élément comme son seul titre de niveau 1, et le corps du texte se trouve sous un titre de niveau 2\u00a0: un deuxième `<h1>` désoriente les personnes qui parcourent la page par ses titres avec un lecteur d’écran. L’application l’affiche en outre comme du texte ordinaire.',
  },
  fix: {
    en: `Change each \`<h1>\` in the body to \`<h${BODY_FIRST_LEVEL}>\`, and the headings under it so that no level is skipped.`,
    fr: `Remplacez chaque \`<h1>\` du corps du texte par un \`<h${BODY_FIRST_LEVEL}>\`, et ajustez les titres qui en dépendent pour qu’aucun niveau ne soit sauté.`,
  },
  example: '{ "body": { "en": "<h1>Apply for a health card</h1><p>…</p>" } }',
  message: ({ field, sample }) => ({
    en: `\`${field}\` has a level-1 heading: \`${sample}\`. The page already shows the title as its only level-1 heading. Change \`<h1>\` to \`<h${BODY_FIRST_LEVEL}>\`.`,
    fr: `\`${field}\` contient un titre de niveau 1\u00a0: \`${sample}\`. La page affiche déjà le titre comme seul titre de niveau 1. Remplacez \`<h1>\` par \`<h${BODY_FIRST_LEVEL}>\`.`,
  }),
});

export const bodyHeadingSkip = defineNotice<Markup & { from: number; to: number }>({
  code: 'body_heading_skip',
  severity: 'info',
  title: { en: 'Heading level skipped', fr: 'Niveau de titre sauté' },
  description: {
    en: `A heading in the body skips a level, such as an \`<h4>\` right after an \`<h2>\`. Screen reader users move through a page by its headings, and a skipped level suggests a missing section. The body sits under the page’s level-2 heading, so its first heading should be \`<h${BODY_FIRST_LEVEL}>\`.`,
    fr: `Un titre du corps du texte saute un niveau, par exemple un \`<h4>\` juste après un \`<h2>\`. Les personnes qui utilisent un lecteur d’écran parcourent la page par ses titres, et un niveau sauté laisse croire qu’il manque une section. Le corps du texte se trouve sous un titre de niveau 2 de la page\u00a0: son premier titre devrait être un \`<h${BODY_FIRST_LEVEL}>\`.`,
  },
  fix: {
    en: `Use the heading levels in order: start the body at \`<h${BODY_FIRST_LEVEL}>\`, and go down one level at a time.`,
    fr: `Utilisez les niveaux de titre dans l’ordre\u00a0: commencez le corps du texte par un \`<h${BODY_FIRST_LEVEL}>\`, puis descendez d’un niveau à la fois.`,
  },
  example: '{ "body": { "en": "<h2>Who can apply</h2><h4>Documents</h4>" } }',
  message: ({ field, sample, from, to }) => ({
    en: `\`${field}\` goes from a level-${from} heading${from === BODY_PARENT_LEVEL ? ' (or the page’s own heading)' : ''} to a level-${to} heading: \`${sample}\`. Use \`<h${from + 1}>\` here so no level is skipped.`,
    fr: `\`${field}\` passe d’un titre de niveau ${from}${from === BODY_PARENT_LEVEL ? ' (ou du titre de la page)' : ''} à un titre de niveau ${to}\u00a0: \`${sample}\`. Utilisez \`<h${from + 1}>\` ici pour ne sauter aucun niveau.`,
  }),
});

export const bodyInlineStyle = defineNotice<Markup & { element: boolean }>({
  code: 'body_inline_style',
  severity: 'warning',
  title: { en: 'Styling in the body', fr: 'Mise en forme dans le corps du texte' },
  description: {
    // A warning, not info: fixed colours and alignment fail readers, not just taste.
    en: 'The body sets its own look with a `style` attribute or a `<style>` element. Fixed colours, sizes and alignment break the app’s high-contrast and dark themes and right-to-left languages, so text can become unreadable. The app removes them, and other sites reusing the feed may not.',
    fr: 'Le corps du texte impose sa propre mise en forme avec un attribut `style` ou un élément `<style>`. Des couleurs, tailles et alignements fixes nuisent aux thèmes à contraste élevé et sombre de l’application et aux langues qui s’écrivent de droite à gauche\u00a0: le texte peut devenir illisible. L’application les retire, mais d’autres sites qui réutilisent le flux pourraient les garder.',
  },
  fix: {
    en: 'Remove `style` attributes and `<style>` elements, and let the app set colours and layout. To stress words, use `<strong>` or `<em>`.',
    fr: 'Retirez les attributs `style` et les éléments `<style>`, et laissez l’application gérer les couleurs et la mise en page. Pour mettre des mots en valeur, utilisez `<strong>` ou `<em>`.',
  },
  example: '{ "body": { "en": "<p style=\\"color:#999\\">Bring two documents.</p>" } }',
  message: ({ field, sample, element }) =>
    element
      ? {
          en: `\`${field}\` contains a \`<style>\` element: \`${sample}\`. Remove it; the app sets colours and layout so text stays readable in high contrast and in right-to-left languages.`,
          fr: `\`${field}\` contient un élément \`<style>\`\u00a0: \`${sample}\`. Retirez-le\u00a0; l’application gère les couleurs et la mise en page pour que le texte reste lisible en contraste élevé et dans les langues qui s’écrivent de droite à gauche.`,
        }
      : {
          en: `\`${field}\` sets its own look with a \`style\` attribute: \`${sample}\`. Remove the \`style\` attribute; the app sets colours and layout so text stays readable in high contrast and in right-to-left languages.`,
          fr: `\`${field}\` impose sa propre mise en forme avec un attribut \`style\`\u00a0: \`${sample}\`. Retirez l’attribut \`style\`\u00a0; l’application gère les couleurs et la mise en page pour que le texte reste lisible en contraste élevé et dans les langues qui s’écrivent de droite à gauche.`,
        },
});

export const bodyVagueLinkText = defineNotice<Markup & { text: string }>({
  code: 'body_vague_link_text',
  severity: 'warning',
  title: { en: 'Link text that says nothing', fr: 'Texte de lien peu parlant' },
  description: {
    en: 'A link’s whole text is words like “click here”, “read more” or “cliquez ici”. People using screen readers often list a page’s links on their own, where such text says nothing about where each goes (WCAG 2.4.4, Link Purpose).',
    fr: 'Le texte complet d’un lien se limite à des mots comme «\u00a0cliquez ici\u00a0», «\u00a0en savoir plus\u00a0» ou «\u00a0click here\u00a0». Les personnes qui utilisent un lecteur d’écran affichent souvent la liste des liens d’une page\u00a0: un tel texte n’y dit rien de la destination (WCAG 2.4.4, Fonction du lien).',
  },
  fix: {
    en: 'Rewrite the link text to say where the link goes or what it does, such as “Apply for OHIP online”.',
    fr: 'Réécrivez le texte du lien pour dire où il mène ou ce qu’il permet de faire, par exemple «\u00a0Demander l’Assurance-santé de l’Ontario en ligne\u00a0».',
  },
  example: '{ "body": { "en": "<p>To apply, <a href=\\"https://www.ontario.ca/page/apply-ohip\\">click here</a>.</p>" } }',
  message: ({ field, sample, text }) => ({
    en: `The link text \`${text}\` in \`${field}\` does not say where the link goes: \`${sample}\`. Rewrite it to name the page or the action, for example: Apply for OHIP online.`,
    fr: `Le texte du lien \`${text}\` dans \`${field}\` ne dit pas où mène le lien\u00a0: \`${sample}\`. Réécrivez-le pour nommer la page ou l’action, par exemple\u00a0: Demander l’Assurance-santé de l’Ontario en ligne.`,
  }),
});

export const bodyNewWindowLink = defineNotice<Markup>({
  code: 'body_new_window_link',
  severity: 'info',
  title: { en: 'Link opens a new window', fr: 'Lien qui ouvre une nouvelle fenêtre' },
  description: {
    en: 'A link in the body has `target="_blank"`. A window that opens by surprise disorients readers, above all with a screen reader or on a phone, and breaks the Back button. The app keeps the link as published but adds “(opens in a new tab)” to its text; other sites reusing the feed may not.',
    fr: 'Un lien du corps du texte a l’attribut `target="_blank"`. Une fenêtre qui s’ouvre sans prévenir désoriente, surtout avec un lecteur d’écran ou sur un téléphone, et le bouton Précédent ne fonctionne plus. L’application garde le lien tel quel, mais ajoute « s’ouvre dans un nouvel onglet » à son texte ; d’autres sites qui réutilisent le flux pourraient ne pas le faire.',
  },
  fix: {
    en: 'Remove `target="_blank"` from the link, so that it opens in the same tab.',
    fr: 'Retirez `target="_blank"` du lien, pour qu’il s’ouvre dans le même onglet.',
  },
  example: '{ "body": { "en": "<a href=\\"https://www.canada.ca/en/services/benefits.html\\" target=\\"_blank\\">Benefits</a>" } }',
  message: ({ field, sample }) => ({
    en: `A link in \`${field}\` opens a new window: \`${sample}\`. Remove \`target="_blank"\` so the link opens where the reader expects.`,
    fr: `Un lien dans \`${field}\` ouvre une nouvelle fenêtre\u00a0: \`${sample}\`. Retirez \`target="_blank"\` pour que le lien s’ouvre là où la personne s’y attend.`,
  }),
});

export const htmlInPlainText = defineNotice<Markup>({
  code: 'html_in_plain_text',
  severity: 'warning',
  title: { en: 'HTML in a plain-text field', fr: 'HTML dans un champ de texte brut' },
  description: {
    en: 'Only `body` is HTML. Every other text (title, summary, notes, fees, documents, names…) is shown exactly as written, so tags such as `<p>` or `<br>` appear to the reader as they are typed.',
    fr: 'Seul `body` est en HTML. Tous les autres textes (titre, résumé, notes, frais, documents, noms…) sont affichés tels quels\u00a0: des balises comme `<p>` ou `<br>` apparaissent à la personne telles qu’elles sont tapées.',
  },
  fix: {
    en: 'Remove the tags and write the field as plain text. Put text that needs formatting, such as lists or links, in `body`.',
    fr: 'Retirez les balises et écrivez le champ en texte brut. Placez le texte qui doit être mis en forme, comme les listes ou les liens, dans `body`.',
  },
  example: '{ "summary": { "en": "<p>You need it to work.</p>" } }',
  message: ({ field, sample }) => ({
    en: `\`${field}\` is plain text, but it contains HTML markup: \`${sample}\`. The page shows it exactly as written, tags included. Remove the markup from \`${field}\`.`,
    fr: `\`${field}\` est du texte brut, mais il contient du balisage HTML\u00a0: \`${sample}\`. La page l’affiche tel quel, balises comprises. Retirez le balisage de \`${field}\`.`,
  }),
});

export const htmlNotices: NoticeDefinition[] = [
  bodyScript,
  bodyEventHandler,
  bodyEmbeddedContent,
  bodyFormControl,
  bodyUnsafeUrl,
  bodyH1,
  bodyHeadingSkip,
  bodyInlineStyle,
  bodyVagueLinkText,
  bodyNewWindowLink,
  htmlInPlainText,
];

const EMBEDDING = new Set(['iframe', 'object', 'embed', 'frame', 'frameset', 'applet']);
const FORM_CONTROLS = new Set(['form', 'input', 'button', 'select', 'textarea']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'data']);

/** Whole link texts that name no destination, English and French, compared lowercased. */
const VAGUE_LINK_TEXTS = new Set([
  'click here',
  'click',
  'here',
  'read more',
  'learn more',
  'more',
  'more info',
  'more information',
  'this link',
  'link',
  'this page',
  'cliquez ici',
  'cliquer ici',
  'ici',
  'en savoir plus',
  'lire la suite',
  'plus',
  'plus d’information',
  'plus d’informations',
  'ce lien',
  'cette page',
]);

/** The text of a link as it is compared: arrows and final punctuation ("Read more »") do not change it. */
function linkWords(text: string): string {
  return text
    .replace(/'/g, '’')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,:;!?…»«>›‹<→-]+|[\s.,:;!?…»«>›‹<→-]+$/g, '')
    .toLowerCase();
}

/**
 * The scheme of a URL attribute as a browser reads it, or undefined for a relative address. The
 * URL parser drops tabs and line breaks and leading spaces exactly as browsers do, and the
 * HTML parser has already decoded character references, so `jav&#x09;ascript:` is caught.
 */
function schemeOf(value: string): { scheme: string; url: URL } | undefined {
  try {
    const url = new URL(value);
    return { scheme: url.protocol, url };
  } catch {
    return undefined;
  }
}

function unsafeScheme(value: string): string | undefined {
  const parsed = schemeOf(value);
  if (!parsed) return undefined;
  const { scheme, url } = parsed;
  if (scheme === 'javascript:' || scheme === 'vbscript:') return scheme;
  // A data: image is just a picture, except SVG, which can carry a script of its own.
  if (scheme === 'data:' && !(/^image\//i.test(url.pathname) && !/^image\/svg/i.test(url.pathname))) return scheme;
  return undefined;
}

interface OpenElement {
  name: string;
  start: number;
  tag: string;
  implied: boolean;
  text: string;
}

function attributeNotices(tag: string, attribs: Record<string, string>, field: string, at: NoticeLocation): Notice[] {
  const notices: Notice[] = [];
  const markup = { field, sample: sample(tag) };
  for (const [attribute, value] of Object.entries(attribs)) {
    if (/^on[a-z]/.test(attribute)) notices.push(bodyEventHandler.create(at, { ...markup, attribute }));
    if (attribute === 'style') notices.push(bodyInlineStyle.create(at, { ...markup, element: false }));
    const scheme = URL_ATTRIBUTES.has(attribute) ? unsafeScheme(value) : undefined;
    if (scheme) notices.push(bodyUnsafeUrl.create(at, { ...markup, attribute, scheme }));
  }
  if (attribs.target?.trim().toLowerCase() === '_blank') notices.push(bodyNewWindowLink.create(at, markup));
  return notices;
}

function elementNotices(element: OpenElement, markup: Markup, at: NoticeLocation): Notice[] {
  const { name } = element;
  if (name === 'script') return [bodyScript.create(at, markup)];
  if (name === 'style') return [bodyInlineStyle.create(at, { ...markup, element: true })];
  if (EMBEDDING.has(name)) return [bodyEmbeddedContent.create(at, { ...markup, element: name })];
  if (FORM_CONTROLS.has(name)) return [bodyFormControl.create(at, { ...markup, element: name })];
  if (name === 'a' && VAGUE_LINK_TEXTS.has(linkWords(element.text))) {
    return [bodyVagueLinkText.create(at, { ...markup, text: element.text.replace(/\s+/g, ' ').trim() })];
  }
  return [];
}

function headingLevel(name: string): number | undefined {
  const match = /^h([1-6])$/.exec(name);
  return match ? Number(match[1]) : undefined;
}

/** Keeps the first notices of each code: a later, different problem still shows. */
export function capPerCode(notices: Notice[], max = MAX_PER_CODE_PER_FIELD): Notice[] {
  const counts = new Map<string, number>();
  return notices.filter((notice) => {
    const count = (counts.get(notice.code) ?? 0) + 1;
    counts.set(notice.code, count);
    return count <= max;
  });
}

/** Every notice of one body text, in document order. */
function scanBody(html: string, field: string, at: NoticeLocation): Notice[] {
  const notices: Notice[] = [];
  const open: OpenElement[] = [];
  // Headings are compared with the one before; the first with the page's own heading.
  let previousLevel = BODY_PARENT_LEVEL;
  const parser: Parser = new Parser({
    onopentag(name, attribs, implied) {
      const tag = html.slice(parser.startIndex, parser.endIndex + 1);
      open.push({ name, start: parser.startIndex, tag, implied, text: '' });
      notices.push(...attributeNotices(tag, attribs, field, at));
    },
    ontext(text) {
      for (const element of open) if (element.name === 'a') element.text += text;
    },
    onclosetag(name, implied) {
      const element = open.pop();
      // A stray `</p>` opens an implied, empty element: nothing the editor wrote.
      if (!element || element.name !== name || element.implied) return;
      const end = implied ? parser.startIndex : parser.endIndex + 1;
      const whole = end > element.start + element.tag.length ? html.slice(element.start, end) : element.tag;
      const markup = { field, sample: sample(whole) };
      notices.push(...elementNotices(element, markup, at));
      const level = headingLevel(name);
      if (level === 1) notices.push(bodyH1.create(at, markup));
      else if (level !== undefined && level > previousLevel + 1) {
        notices.push(bodyHeadingSkip.create(at, { ...markup, from: previousLevel, to: level }));
      }
      // An h1 counts as the level its fix moves it to, so one mistake is not reported twice.
      if (level !== undefined) previousLevel = level === 1 ? BODY_FIRST_LEVEL : level;
    },
  });
  parser.write(html);
  parser.end();
  return capPerCode(notices);
}

function bodyNotices(context: CheckContext): Notice[] {
  return context.items.flatMap(({ value: item, path }) =>
    Object.entries(item.body).flatMap(([lang, html]) =>
      scanBody(html, fieldLabel(['body', lang]), { path: `${path}${pointer('body', lang)}`, id: item.id }),
    ),
  );
}

// Element names an editor might paste into plain text; anything else in angle brackets is
// more likely prose ("children < 5").
const PLAIN_TEXT_TAGS = new Set(
  'a abbr b blockquote br code div em font h1 h2 h3 h4 h5 h6 hr i img li mark ol p script section small span strong style sub sup table td th tr u ul'.split(
    ' ',
  ),
);
const OPENING_TAG = /^<[a-z][a-z0-9]*(?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>$/i;
const CLOSING_TAG = /^<\/[a-z][a-z0-9]*\s*>$/i;

/** The tags written in a plain text, as [start, end) ranges. */
function tagsIn(text: string): [number, number][] {
  const tags: [number, number][] = [];
  const parser: Parser = new Parser({
    onopentag(name, _attribs, implied) {
      const tag = text.slice(parser.startIndex, parser.endIndex + 1);
      if (!implied && PLAIN_TEXT_TAGS.has(name) && OPENING_TAG.test(tag)) tags.push([parser.startIndex, parser.endIndex + 1]);
    },
    onclosetag(name, implied) {
      const tag = text.slice(parser.startIndex, parser.endIndex + 1);
      if (!implied && PLAIN_TEXT_TAGS.has(name) && CLOSING_TAG.test(tag)) tags.push([parser.startIndex, parser.endIndex + 1]);
    },
  });
  parser.write(text);
  parser.end();
  return tags;
}

/** The text with the tags found taken out; a tag between two words leaves a space. */
function withoutTags(text: string, tags: [number, number][]): string {
  let result = '';
  let from = 0;
  for (const [start, end] of tags) {
    result += `${text.slice(from, start)} `;
    from = end;
  }
  return `${result}${text.slice(from)}`
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?)])/g, '$1')
    .trim();
}

interface PlainText {
  parts: (string | number)[];
  text: string;
}

function localized(parts: (string | number)[], text: LocalizedText | undefined): PlainText[] {
  return Object.entries(text ?? {}).map(([lang, value]) => ({ parts: [...parts, lang], text: value }));
}

function itemTexts(item: Item): PlainText[] {
  return [
    ...localized(['title'], item.title),
    ...localized(['summary'], item.summary),
    ...localized(['responsible', 'body'], item.responsible.body),
    ...item.partners.flatMap((partner, i) => localized(['partners', i, 'body'], partner.body)),
    ...item.channels.flatMap((channel, i) => localized(['channels', i, 'note'], channel.note)),
    ...localized(['serviceStandard'], item.serviceStandard),
    ...localized(['fees'], item.fees),
    ...item.documents.flatMap((document, i) => localized(['documents', i], document)),
  ];
}

function plainTextNotice(entry: string, id: string, { parts, text }: PlainText, label = parts): Notice[] {
  const tags = tagsIn(text);
  const first = tags[0];
  if (!first) return [];
  const at = { path: `${entry}${pointer(...parts)}`, id };
  const markup = { field: fieldLabel(label), sample: sample(text.slice(first[0], first[1])) };
  return [htmlInPlainText.create(at, markup, withoutTags(text, tags))];
}

function plainTextNotices(context: CheckContext): Notice[] {
  const { publisher } = context.feed;
  const publisherTexts = [
    ...localized(['name'], publisher.name),
    ...localized(['attribution'], publisher.attribution),
    ...localized(['licence', 'name'], publisher.licence.name),
  ];
  return [
    ...publisherTexts.flatMap((text) => plainTextNotice('/publisher', publisher.id, text, ['publisher', ...text.parts])),
    ...context.items.flatMap(({ value, path }) => itemTexts(value).flatMap((text) => plainTextNotice(path, value.id, text))),
    ...context.offices.flatMap(({ value, path }) =>
      [...localized(['name'], value.name), ...localized(['accessibility'], value.accessibility)].flatMap((text) =>
        plainTextNotice(path, value.id, text),
      ),
    ),
    ...context.municipalities.flatMap(({ value, path }) =>
      [...localized(['name'], value.name), ...localized(['region'], value.region)].flatMap((text) =>
        plainTextNotice(path, value.id, text),
      ),
    ),
  ];
}

export const checkHtml: Check = (context) => [...bodyNotices(context), ...plainTextNotices(context)];
