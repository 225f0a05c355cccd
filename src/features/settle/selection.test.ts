import { describe, expect, it } from 'vitest';
import { matchingMunicipalities, requestedIds, toggled } from './selection';

const available = ['ottawa', 'toronto', 'hamilton', 'greater-sudbury'];

describe('requestedIds', () => {
  it.each<[string | null, string[]]>([
    [null, ['ottawa', 'toronto']],
    ['', []],
    ['greater-sudbury,ottawa', ['greater-sudbury', 'ottawa']],
    ['ottawa,,ottawa, hamilton', ['ottawa', 'hamilton']],
    ['atlantis,ottawa', ['atlantis', 'ottawa']],
  ])('compare=%s asks for %j', (param, expected) => {
    expect(requestedIds(param, available)).toEqual(expected);
  });
});

describe('toggled', () => {
  it.each<[string[], string, boolean, string[]]>([
    [['ottawa', 'toronto'], 'hamilton', true, ['ottawa', 'toronto', 'hamilton']],
    [['ottawa', 'toronto'], 'ottawa', false, ['toronto']],
    [['ottawa'], 'ottawa', true, ['ottawa']],
    [[], 'toronto', false, []],
  ])('%j with %s %s gives %j', (ids, id, on, expected) => {
    expect(toggled(ids, id, on)).toEqual(expected);
  });
});

describe('finding a municipality in a long list', () => {
  const place = (id: string, en: string, fr: string, region: string) => ({ id, name: { en, fr }, region: { en: region, fr: region } });
  const list = [place('ottawa', 'Ottawa', 'Ottawa', 'Eastern Ontario'), place('greater-sudbury', 'Greater Sudbury', 'Grand Sudbury', 'Northern Ontario'), place('kapuskasing', 'Kapuskasing', 'Kapuskasing', 'Northern Ontario')];
  const inFrench = (text: Record<string, string>) => text.fr ?? '';
  const ids = (found: readonly { id: string }[]) => found.map((municipality) => municipality.id);

  it('matches the name or the region in the person’s language, ignoring case and accents', () => {
    expect(ids(matchingMunicipalities(list, [], 'grand', inFrench))).toEqual(['greater-sudbury']);
    expect(ids(matchingMunicipalities(list, [], 'NORTHERN', inFrench))).toEqual(['greater-sudbury', 'kapuskasing']);
    expect(ids(matchingMunicipalities([place('cite', 'Cité', 'Cité', 'Est')], [], 'cite', inFrench))).toEqual(['cite']);
  });

  it('keeps the chosen ones in view and shows all with an empty filter', () => {
    expect(ids(matchingMunicipalities(list, ['ottawa'], 'kapus', inFrench))).toEqual(['ottawa', 'kapuskasing']);
    expect(ids(matchingMunicipalities(list, [], '  ', inFrench))).toEqual(['ottawa', 'greater-sudbury', 'kapuskasing']);
  });
});
