import { describe, expect, it } from 'vitest';
import { languageFromPath, pathInLanguage, preferredLanguage } from './languages';

describe('language in the URL', () => {
  it('reads the language segment', () => {
    expect(languageFromPath('/fr/tasks/ca.sin')).toBe('fr');
    expect(languageFromPath('/de/tasks/ca.sin')).toBeUndefined();
  });

  it('keeps the page and its query when switching language', () => {
    expect(pathInLanguage('/en/tasks/ca.sin', '?from=home', 'fr')).toBe('/fr/tasks/ca.sin?from=home');
    expect(pathInLanguage('/fr', '', 'en')).toBe('/en');
  });

  it('prefers the first official language the browser asks for', () => {
    expect(preferredLanguage(['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(preferredLanguage(['zh-CN'])).toBe('en');
  });
});
