import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHANNEL_TYPES, JURISDICTIONS, OFFICE_KINDS, STAGES, TOPICS } from '../content/taxonomy';
import { PHASES } from '../content/phase';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const folder = new URL('./locales/', import.meta.url);
const namespaces = readdirSync(new URL('en/', folder)).map((file) => file.replace(/\.json$/, ''));
const read = (lang: string, namespace: string) =>
  flatten(JSON.parse(readFileSync(new URL(`${lang}/${namespace}.json`, folder), 'utf8')) as Tree);
const locales = { en: read('en', 'common'), fr: read('fr', 'common') };

describe('UI translations', () => {
  it.each(namespaces)('gives French every %s string English has, and no others', (namespace) => {
    expect([...read('fr', namespace).keys()].sort()).toEqual([...read('en', namespace).keys()].sort());
  });

  it.each(namespaces)('%s: no empty strings, and French keeps every English placeholder', (namespace) => {
    const english = read('en', namespace);
    // A singular form may spell out "one" instead of showing the count.
    const placeholders = (key: string, text = '') =>
      (text.match(/{{\w+}}/g) ?? []).filter((p) => !(key.endsWith('_one') && p === '{{count}}')).sort();
    for (const [key, value] of read('fr', namespace)) {
      expect(value.trim(), key).not.toBe('');
      expect(placeholders(key, value), key).toEqual(placeholders(key, english.get(key)));
    }
    expect([...english].filter(([, value]) => value.trim() === '').map(([key]) => key)).toEqual([]);
  });

  it.each(Object.entries(locales))('%s labels every taxonomy code', (_, strings) => {
    const needed = [
      ...TOPICS.flatMap((code) => [`topic.${code}.label`, `topic.${code}.description`]),
      ...STAGES.map((code) => `stage.${code}`),
      ...JURISDICTIONS.map((code) => `jurisdiction.${code}`),
      ...CHANNEL_TYPES.map((code) => `channel.${code}`),
      ...OFFICE_KINDS.map((code) => `officeKind.${code}`),
      ...PHASES.flatMap((code) => [`phase.${code}.title`, `phase.${code}.short`]),
    ];
    expect(needed.filter((key) => !strings.has(key))).toEqual([]);
  });
});
