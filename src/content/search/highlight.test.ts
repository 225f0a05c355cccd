import { describe, expect, it } from 'vitest';
import { highlight } from './highlight';
import { searchEn } from '../testing/mockSearchIndex';

const marked = (text: string, terms: string[]) =>
  highlight(text, terms)
    .filter((segment) => segment.match)
    .map((segment) => segment.text);

describe('highlight', () => {
  it('marks words accent- and case-insensitively, keeping the original text', () => {
    expect(highlight('Obtenir votre carte Santé', ['sante', 'CARTE'])).toEqual([
      { text: 'Obtenir votre ', match: false },
      { text: 'carte', match: true },
      { text: ' ', match: false },
      { text: 'Santé', match: true },
    ]);
  });

  it('gives back the whole text when joined', () => {
    const text = 'L’Assurance-santé de l’Ontario (OHIP) paie la plupart des soins.';
    expect(
      highlight(text, ['assurance', 'ohip'])
        .map((segment) => segment.text)
        .join(''),
    ).toBe(text);
  });

  it('marks whole words only', () => {
    expect(marked('Your card, not a cardiologist', ['card'])).toEqual(['card']);
  });

  it('marks digits written with hyphens', () => {
    expect(marked('Call 9-1-1 in an emergency', ['911'])).toEqual(['9-1-1']);
  });

  it('returns one unmarked segment when nothing matches', () => {
    expect(highlight('Open a bank account', [])).toEqual([{ text: 'Open a bank account', match: false }]);
    expect(highlight('Open a bank account', ['ohip'])).toEqual([{ text: 'Open a bank account', match: false }]);
    expect(highlight('', ['ohip'])).toEqual([]);
  });

  it('marks a result’s title with the terms the search matched, across languages', () => {
    const [hit] = searchEn('carte sante').groups.task;
    expect(hit?.id).toBe('on.ohip');
    expect(marked(hit?.title.en ?? '', hit?.terms ?? [])).toEqual(['OHIP', 'health', 'card']);
    expect(marked(hit?.title.fr ?? '', hit?.terms ?? [])).toEqual(['Assurance', 'santé', 'carte', 'Santé']);
  });
});
