import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layers (app → features → shared → api → content) are held by eslint.config.js. These tests lint small
 * snippets, kept in memory, as if they were files at real paths, so they fail if the rules stop catching an
 * import that crosses a layer the wrong way (or start catching one that is allowed). Every imported file exists:
 * import-x/no-restricted-paths judges resolved files, and says nothing of an import it cannot resolve.
 */

const root = join(import.meta.dirname, '../..');
const LAYER_RULES = new Set(['import-x/no-restricted-paths', 'no-restricted-imports', 'import-x/no-cycle']);

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The layer rules' messages for `code` linted as the file at `filePath` (relative to the repository). */
async function layerErrors(filePath: string, code: string): Promise<{ ruleId: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  const messages = result?.messages ?? [];
  const fatal = messages.filter((message) => message.fatal);
  expect(fatal, `${filePath} should parse`).toEqual([]);
  return messages.filter((message) => message.ruleId !== null && LAYER_RULES.has(message.ruleId)).map(({ ruleId, message }) => ({ ruleId, message }));
}

/** A module that imports everything from `specifier` and uses it, so no other rule has a word to say. */
const importing = (specifier: string) => `import * as probe from '${specifier}';\n\nexport { probe };\n`;

const ruleIds = (errors: { ruleId: string | null }[]) => errors.map((error) => error.ruleId);

const TIMEOUT = 60_000;

describe('lint keeps the layers one way', () => {
  it.each([
    ['content imports a feature, by a relative path', 'src/content/search/__probe.ts', '../../features/journey/JourneyRoute'],
    ['content imports shared', 'src/content/__probe.ts', '../shared/useLang'],
    ['content imports the API layer', 'src/content/__probe.ts', '../api/portalScope'],
    ['content imports i18n', 'src/content/__probe.ts', '../i18n/languages'],
    ['content imports the app', 'src/content/search/__probe.ts', '../../app/router'],
    ['the API layer imports shared', 'src/api/__probe.ts', '../shared/useLang'],
    ['the API layer imports a feature', 'src/api/adapters/__probe.ts', '../../features/settle/selection'],
    ['shared imports a feature', 'src/shared/__probe.ts', '../features/journey/JourneyRoute'],
    ['shared imports the app', 'src/shared/news/__probe.ts', '../../app/Layout'],
    ['a feature imports another feature', 'src/features/journey/__probe.ts', '../settle/selection'],
    ['a feature imports the app', 'src/features/home/__probe.ts', '../../app/Header'],
    ['the service worker imports the app', 'src/sw.ts', './app/router'],
    ['the service worker imports a feature', 'src/sw.ts', './features/journey/JourneyRoute'],
  ])(
    'reports: %s',
    async (_, filePath, specifier) => {
      expect(ruleIds(await layerErrors(filePath, importing(specifier)))).toEqual(['import-x/no-restricted-paths']);
    },
    TIMEOUT,
  );

  it.each([
    ['content imports React', 'src/content/__probe.ts', 'react'],
    ['content imports i18next', 'src/content/search/__probe.ts', 'i18next'],
    ['content imports react-i18next', 'src/content/__probe.ts', 'react-i18next'],
    ['content imports TanStack Query', 'src/content/__probe.ts', '@tanstack/react-query'],
    ['the API layer imports React', 'src/api/__probe.ts', 'react'],
    ['the API layer imports TanStack Query', 'src/api/adapters/__probe.ts', '@tanstack/react-query'],
    ['the service worker imports React', 'src/sw.ts', 'react-dom/client'],
  ])(
    'reports the UI package: %s',
    async (_, filePath, specifier) => {
      expect(ruleIds(await layerErrors(filePath, importing(specifier)))).toEqual(['no-restricted-imports']);
    },
    TIMEOUT,
  );

  it.each([
    ['a feature imports shared', 'src/features/journey/__probe.ts', '../../shared/useLang'],
    ['a feature imports the content core', 'src/features/settle/__probe.ts', '../../content/phase'],
    ['a feature imports its own files', 'src/features/journey/__probe.ts', './JourneyStepItem'],
    ['shared imports the content core', 'src/shared/__probe.ts', '../content/phase'],
    ['shared imports the API layer', 'src/shared/portals/__probe.ts', '../../api/portalScope'],
    ['the API layer imports the content core', 'src/api/__probe.ts', '../content/phase'],
    ['content imports content', 'src/content/search/__probe.ts', '../phase'],
    ['the app imports a feature', 'src/app/__probe.ts', '../features/journey/JourneyRoute'],
    ['main.tsx imports the app', 'src/main.tsx', './app/router'],
    ['a feature imports React', 'src/features/journey/__probe.ts', 'react'],
  ])(
    'allows: %s',
    async (_, filePath, specifier) => {
      expect(await layerErrors(filePath, importing(specifier))).toEqual([]);
    },
    TIMEOUT,
  );

  it(
    'fences in every feature folder, read from disk, so a new feature is covered without a change to the config',
    async () => {
      const featuresDir = join(root, 'src/features');
      const features = readdirSync(featuresDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name);
      expect(features.length).toBeGreaterThan(1);
      const firstModule = (feature: string) => {
        const file = readdirSync(join(featuresDir, feature)).find((name) => /\.tsx?$/.test(name) && !name.endsWith('.test.ts'));
        if (!file) throw new Error(`src/features/${feature} has no module to import`);
        return file.replace(/\.tsx?$/, '');
      };
      for (const [index, feature] of features.entries()) {
        const other = features[(index + 1) % features.length]!;
        const errors = await layerErrors(`src/features/${feature}/__probe.ts`, importing(`../${other}/${firstModule(other)}`));
        expect(ruleIds(errors), `${feature} importing ${other}`).toEqual(['import-x/no-restricted-paths']);
      }
    },
    TIMEOUT,
  );

  it(
    'reports a lazy import() across a layer, as shared makes of the API layer',
    async () => {
      const code = "export const load = () => import('../features/journey/JourneyRoute');\n";
      expect(ruleIds(await layerErrors('src/content/__probe.ts', code))).toEqual(['import-x/no-restricted-paths']);
    },
    TIMEOUT,
  );

  it(
    'reports an import cycle',
    async () => {
      // search.ts imports ./query on disk; a query.ts that imported ./search back would close the loop.
      const errors = await layerErrors('src/content/search/query.ts', importing('./search'));
      expect(ruleIds(errors)).toEqual(['import-x/no-cycle']);
    },
    TIMEOUT,
  );
});
