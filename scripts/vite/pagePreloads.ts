import type { Plugin } from 'vite';
import { PAGE_DATA_FLAG } from '../../src/app/pageData.ts';
import { PAGE_NAMES, ROUTES, patternSource, type PageName } from '../../src/shared/routes.ts';

/**
 * Which module draws each page of the route manifest (src/shared/routes.ts). The router
 * (src/app/router.tsx) imports these lazily; pagePreloads.test.ts keeps the two lists in step.
 */
export interface PageModule {
  page: PageName;
  /** The address after the language, as a regular expression: the page's pattern in the manifest. */
  pattern: string;
  module: string;
  /** The page's own namespace of strings, if it has one. */
  namespace?: string;
  /** The page's first paint is portal content: the code that reads portals loads with it. */
  dataFirst?: boolean;
}

const MODULES: Record<PageName, Omit<PageModule, 'page' | 'pattern'>> = {
  home: { module: 'src/features/home/HomeRoute.tsx', namespace: 'news' },
  topic: { module: 'src/features/topic/TopicRoute.tsx', dataFirst: true },
  task: { module: 'src/features/task/TaskRoute.tsx', dataFirst: true },
  report: { module: 'src/features/report/ReportRoute.tsx' },
  profile: { module: 'src/features/profile/ProfileRoute.tsx', namespace: 'profile' },
  journey: { module: 'src/features/journey/JourneyRoute.tsx', namespace: 'journey' },
  settle: { module: 'src/features/settle/SettleRoute.tsx', namespace: 'settle' },
  myData: { module: 'src/features/my-data/MyDataRoute.tsx', namespace: 'mydata' },
  settings: { module: 'src/features/settings/SettingsRoute.tsx', namespace: 'settings' },
  services: { module: 'src/features/services/ServicesRoute.tsx', namespace: 'services', dataFirst: true },
  whoDoesWhat: { module: 'src/features/services/WhoDoesWhatRoute.tsx', namespace: 'services', dataFirst: true },
  offices: { module: 'src/features/offices/OfficesRoute.tsx', namespace: 'offices', dataFirst: true },
  search: { module: 'src/features/search/SearchRoute.tsx', namespace: 'search', dataFirst: true },
  preview: { module: 'src/features/preview/PreviewRoute.tsx', namespace: 'preview' },
  noticeCodes: { module: 'src/features/preview/NoticeCodesRoute.tsx', namespace: 'preview' },
  news: { module: 'src/features/news/NewsRoute.tsx', namespace: 'news' },
};

/** The whole address after the language (`''`, `/`, `/tasks/ca.sin`), with or without a final slash. */
const pagePattern = (pattern: string) => {
  const source = patternSource(pattern);
  return `^${source ? `/${source}` : ''}/?$`;
};

export const PAGE_MODULES: PageModule[] = PAGE_NAMES.map((page) => ({ page, pattern: pagePattern(ROUTES[page]), ...MODULES[page] }));

/** Reading and validating the portals: asked for at once by pages whose first paint needs them. */
const DATA_MODULES = ['src/api/loadPortal.ts', 'src/api/portalConfig.ts'];
const STRINGS_MODULE = /src\/i18n\/locales\/([a-z]{2,3})\/([a-z]+)\.json$/;

export interface PreloadMap {
  /** Per language, the files of each namespace of strings ("common" on every page). */
  languages: Record<string, Record<string, string[]>>;
  /** Address pattern, the page's files, its own namespace of strings, whether it needs `data`. */
  pages: [string, string[], string | null, boolean][];
  data: string[];
}

/**
 * Runs in the page before any module: asks at once for the chunks the opened page and its
 * language need, which the app would otherwise discover one round trip after the next. A
 * prerendered page brings its data: the code that reads portals is not needed to hydrate it.
 */
export function preloadScript(map: PreloadMap): string {
  return `(function(m){var p=location.pathname,x=/^\\/([a-z]{2,3})(?=\\/|$)/.exec(p),s=x&&m.languages[x[1]],r=s?p.slice(x[1].length+1):null,f=s?s.common:[],g;
if(r!==null)for(var i=0;i<m.pages.length;i++)if(new RegExp((g=m.pages[i])[0]).test(r)){f=f.concat(g[1],s[g[2]]||[],g[3]&&!document.documentElement.hasAttribute('${PAGE_DATA_FLAG}')?m.data:[]);break}
for(var j=0;j<f.length;j++){var e=document.createElement('link');e.rel='modulepreload';e.crossOrigin='';e.href=f[j];document.head.appendChild(e)}})(${JSON.stringify(map)})`;
}

interface OutputChunk {
  type: 'chunk';
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
  isEntry: boolean;
}

/** Adds the page-aware preload script to index.html, from the chunks of the build. */
export function pagePreloads(): Plugin {
  return {
    name: 'no-wrong-door:page-preloads',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((item): item is OutputChunk & typeof item => item.type === 'chunk');
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const closure = (file: string, into = new Set<string>()): Set<string> => {
          if (into.has(file)) return into;
          into.add(file);
          for (const dependency of byFile.get(file)?.imports ?? []) closure(dependency, into);
          return into;
        };
        const entry = chunks.find((chunk) => chunk.isEntry);
        const loaded = entry ? closure(entry.fileName) : new Set<string>();
        const files = (module: string | RegExp) => {
          const chunk = chunks.find((candidate) =>
            typeof module === 'string' ? candidate.facadeModuleId?.endsWith(module) : module.test(candidate.facadeModuleId ?? ''),
          );
          if (!chunk) throw new Error(`pagePreloads: no chunk for ${String(module)}`);
          return [...closure(chunk.fileName)].filter((file) => !loaded.has(file)).map((file) => `/${file}`);
        };
        const languages: PreloadMap['languages'] = {};
        for (const chunk of chunks) {
          const [, language, namespace] = STRINGS_MODULE.exec(chunk.facadeModuleId ?? '') ?? [];
          if (language && namespace) (languages[language] ??= {})[namespace] = files(chunk.facadeModuleId ?? '');
        }
        const map: PreloadMap = {
          languages,
          pages: PAGE_MODULES.map((page) => [page.pattern, files(page.module), page.namespace ?? null, page.dataFirst ?? false]),
          data: [...new Set(DATA_MODULES.flatMap((module) => files(module)))],
        };
        return {
          html,
          tags: [{ tag: 'script', children: preloadScript(map), injectTo: 'head' }],
        };
      },
    },
  };
}
