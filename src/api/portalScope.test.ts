import { describe, expect, it } from 'vitest';
import { configuredMunicipalities, portalsInScope } from './portalScope';

const portals = [
  { id: 'canada' },
  { id: 'ontario' },
  { id: 'ottawa', municipality: 'ottawa' },
  { id: 'toronto', municipality: 'toronto' },
];
const ids = (list: { id: string }[]) => list.map((portal) => portal.id);

describe('portalsInScope', () => {
  it('loads the portals that apply everywhere and only the person’s own municipality', () => {
    expect(ids(portalsInScope(portals, 'mine', 'ottawa'))).toEqual(['canada', 'ontario', 'ottawa']);
  });

  it('loads no municipal portal before a municipality is chosen', () => {
    expect(ids(portalsInScope(portals, 'mine', null))).toEqual(['canada', 'ontario']);
  });

  it('loads every portal for pages that compare municipalities', () => {
    expect(ids(portalsInScope(portals, 'all', 'ottawa'))).toEqual(['canada', 'ontario', 'ottawa', 'toronto']);
  });

  it('lists the municipalities the configuration covers, each once, by its first source', () => {
    expect(ids(configuredMunicipalities(portals))).toEqual(['ottawa', 'toronto']);
    expect(ids(configuredMunicipalities([...portals, { id: 'tpl-branches', municipality: 'toronto' }]))).toEqual(['ottawa', 'toronto']);
  });
});
