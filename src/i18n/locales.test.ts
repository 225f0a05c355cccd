import { describe, expect, it } from 'vitest';
import en from './locales/en/common.json';
import fr from './locales/fr/common.json';
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

const locales = { en: flatten(en), fr: flatten(fr) };

describe('UI translations', () => {
  it('gives French every string English has, and no others', () => {
    expect([...locales.fr.keys()].sort()).toEqual([...locales.en.keys()].sort());
  });

  it.each(Object.entries(locales))('%s has no empty strings', (_, strings) => {
    expect([...strings].filter(([, value]) => value.trim() === '').map(([key]) => key)).toEqual([]);
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
