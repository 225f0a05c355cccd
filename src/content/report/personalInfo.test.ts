import { describe, expect, it } from 'vitest';
import { personalInfoIn } from './personalInfo';

describe('personalInfoIn', () => {
  it('finds each kind of personal information a comment may hold', () => {
    expect(personalInfoIn('Write to me at amina.h@example.com')).toEqual(['email']);
    expect(personalInfoIn('Call me at (613) 555-0123')).toEqual(['phone']);
    expect(personalInfoIn('My SIN is 046 454 286')).toEqual(['sin']);
    expect(personalInfoIn('UCI 1234-5678, still waiting')).toEqual(['uci']);
    expect(personalInfoIn('application E001234567 is late')).toEqual(['uci']);
    expect(personalInfoIn('Mon numéro de dossier est en retard')).toEqual(['uci']);
    expect(personalInfoIn('I live at K2P 1L4')).toEqual(['postal-code']);
  });

  it('names several at once, and nothing in an ordinary comment', () => {
    expect(personalInfoIn('a@b.ca, 613-555-0123, K1A0B1')).toEqual(['email', 'phone', 'postal-code']);
    expect(personalInfoIn('The link to the OHIP form is broken since 2026, step 3 of 4 says 90 days.')).toEqual([]);
    expect(personalInfoIn('Le délai de 3 mois est faux; voir la page du 12 mai.')).toEqual([]);
  });
});
