import { describe, expect, it } from 'vitest';
import { compareSearch, requestedIds, toggled } from './selection';

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

describe('compareSearch', () => {
  it('keeps the commas readable in a shared link', () => {
    expect(compareSearch(['ottawa', 'greater-sudbury'])).toBe('?compare=ottawa,greater-sudbury');
    expect(compareSearch([])).toBe('?compare=');
  });
});
