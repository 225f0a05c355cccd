import { describe, expect, it } from 'vitest';
import { fsaCentroid } from './fsaCentroids';
import { parsePostalCode } from './postalCode';

describe('parsePostalCode', () => {
  it.each(['K1P 1J1', 'k1p1j1', ' K1P-1J1 ', 'K1P  1J1', 'k1p - 1j1'])('reads "%s" as K1P 1J1', (input) => {
    expect(parsePostalCode(input)).toEqual({ ok: true, normalized: 'K1P 1J1', fsa: 'K1P', centroid: fsaCentroid('K1P') });
  });

  it('accepts a bare FSA', () => {
    expect(parsePostalCode(' m5v ')).toEqual({ ok: true, normalized: 'M5V', fsa: 'M5V', centroid: fsaCentroid('M5V') });
  });

  it.each([
    ['', 'empty'],
    ['K1P 1J', 'too short'],
    ['K1P 1J1 X', 'too long'],
    ['K1P1', 'half a local code'],
    ['11P 1J1', 'digit where a letter goes'],
    ['KKP 1J1', 'letter where a digit goes'],
    ['K1P 1O1', 'a letter Canada Post never uses (O)'],
    ['D1P 1J1', 'a first letter Canada Post never uses'],
    ['W1P 1J1', 'W is never a first letter'],
    ['K1P.1J1', 'punctuation other than a space or hyphen'],
    ['90210', 'a US ZIP code'],
  ])('refuses "%s" (%s) as a format problem', (input) => {
    expect(parsePostalCode(input)).toEqual({ ok: false, reason: 'format' });
  });

  it.each(['H2X 1Y4', 'V6B 1A1', 'T2P', 'X1A 2N5'])('refuses %s as outside Ontario', (input) => {
    expect(parsePostalCode(input)).toEqual({ ok: false, reason: 'not-ontario' });
  });

  it.each(['M5X 1A9', 'M7A 1A1', 'K3A'])('refuses %s, an Ontario code with no known area', (input) => {
    expect(parsePostalCode(input)).toEqual({ ok: false, reason: 'unknown-area' });
  });
});
