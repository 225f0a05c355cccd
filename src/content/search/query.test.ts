import { describe, expect, it } from 'vitest';
import { analyze } from './normalize';
import { expandedTerms, parseQuery } from './query';
import { SYNONYM_GROUPS } from './synonyms';

describe('parseQuery', () => {
  it('recognises a multi-word synonym as one clause', () => {
    const { clauses } = parseQuery('apply for health card');
    expect(clauses.map((clause) => clause.kind)).toEqual(['term', 'synonyms']);
    expect(clauses[1]).toMatchObject({ phrase: ['health', 'card'] });
    expect(clauses[1]?.kind === 'synonyms' && clauses[1].alternatives).toContainEqual(['ohip']);
  });

  it('prefers the longest known phrase', () => {
    const { clauses } = parseQuery('PR card');
    expect(clauses).toHaveLength(1);
    expect(expandedTerms(parseQuery('PR card'))).toContain('rp');
    expect(expandedTerms(parseQuery('PR card'))).toContain('carte');
  });

  it('keeps an alternative only when no shorter one is inside it', () => {
    const alternatives = parseQuery('OHIP').clauses.flatMap((clause) => (clause.kind === 'synonyms' ? clause.alternatives : []));
    expect(alternatives).toContainEqual(['health', 'card']);
    expect(alternatives).not.toContainEqual(['ontario', 'health', 'card']);
  });

  it('rewrites one way only', () => {
    expect(parseQuery('service ontario').terms).toEqual(['serviceontario']);
    expect(parseQuery('ServiceOntario').clauses).toEqual([{ kind: 'term', term: 'serviceontario' }]);
  });

  it('drops repeated words', () => {
    expect(parseQuery('card card').clauses).toHaveLength(1);
  });

  it('has no synonym entry made only of stop words', () => {
    expect(SYNONYM_GROUPS.flat().filter((entry) => analyze(entry).length === 0)).toEqual([]);
  });
});
