import { describe, expect, it } from 'vitest';
import { analyze, foldWord, normalizeTerm, stripHtml, tokenize } from './normalize';

describe('normalize', () => {
  it('folds case, accents and ligatures', () => {
    expect(foldWord('Santé')).toBe('sante');
    expect(foldWord('ÉCOLE')).toBe('ecole');
    expect(foldWord('Œuvre')).toBe('oeuvre');
    expect(foldWord('9-1-1')).toBe('911');
  });

  it('drops single letters and stop words of both languages', () => {
    expect(normalizeTerm('l')).toBeNull();
    expect(normalizeTerm('The')).toBeNull();
    expect(normalizeTerm('des')).toBeNull();
    expect(normalizeTerm('G1')).toBe('g1');
  });

  it('splits on punctuation, French elisions and hyphens, but keeps hyphenated numbers whole', () => {
    expect(tokenize('S’inscrire à l’Assurance-santé, 1-866-532-3161')).toEqual([
      'S',
      'inscrire',
      'à',
      'l',
      'Assurance',
      'santé',
      '1-866-532-3161',
    ]);
    expect(analyze('S’inscrire à l’Assurance-santé')).toEqual(['inscrire', 'assurance', 'sante']);
  });

  it('strips markup and decodes entities', () => {
    expect(stripHtml('<p>Fees&nbsp;&amp;&#160;forms</p><ul><li>One</li></ul>').replace(/\s+/g, ' ').trim()).toBe('Fees & forms One');
  });
});
