import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;
const src = (dir) => `src/${dir}`;

/** React, i18next and TanStack: the packages of the UI. */
const uiPackages = ['react', 'react/*', 'react-*', 'i18next', 'i18next-*', '@tanstack/*'];

/** Each folder of src/features, read at lint time so a new feature is fenced in without touching this file. */
const features = readdirSync(`${root}/src/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const top = [src('app'), src('main.tsx'), src('sw.ts')];

/** import-x/no-restricted-paths zones: files under `target` may not import files under `from`. */
const layerZones = [
  {
    target: src('content'),
    from: [src('api'), src('shared'), src('features'), src('i18n'), ...top],
    message: 'The content core imports no other layer: it is plain TypeScript run from Node by the build, ingest and validate-feed.',
  },
  {
    target: src('api'),
    from: [src('shared'), src('features'), src('i18n'), ...top],
    message: 'The API layer may import only the content core.',
  },
  {
    target: src('shared'),
    from: [src('features'), ...top],
    message: 'Shared code may import the API layer and the content core, never a feature or the app.',
  },
  ...features.map((feature) => ({
    target: src(`features/${feature}`),
    from: [src('features'), ...top],
    except: [`./${feature}`],
    message: 'Features stand alone: they never import another feature or the app; move what two features need to src/shared.',
  })),
  {
    target: src('sw.ts'),
    from: [src('features'), src('app'), src('main.tsx')],
    message: 'The service worker must not pull in the React code of the features or the app.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'test-snapshot', 'snapshot', 'test-results', 'playwright-report', 'node_modules'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The layers, one way: app (with main.tsx and sw.ts) → features → shared → api → content.
    // Paths are resolved files, so `../../features/x` is caught as surely as `src/features/x`.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: `${root}/tsconfig.json` })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: layerZones }],
      // Cycles are looked for in our own files only: a package cannot import src, so following node_modules finds nothing.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // The content core and the API layer run in Node too (build, ingest, validate-feed): plain TypeScript,
    // no React, i18next or TanStack. Imports of packages are not paths, so no-restricted-paths cannot see them.
    files: ['src/content/**/*.{ts,tsx}', 'src/api/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: [...uiPackages], message: 'The content core and API layer are plain TypeScript, run from Node as well as the browser.' }] },
      ],
    },
  },
  {
    // The service worker has no DOM and no React.
    files: ['src/sw.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: [...uiPackages], message: 'The service worker runs no React.' }] }],
    },
  },
);
