import type { Plugin } from 'vite';

/**
 * Which module draws each page, by the path after the language. The router (src/app/router.tsx)
 * imports these lazily; pagePreloads.test.ts keeps the two lists in step.
 */
export const PAGE_MODULES: [pattern: string, module: string][] = [
  ['^/?$', 'src/features/home/HomeRoute.tsx'],
  ['^/topics/', 'src/features/topic/TopicRoute.tsx'],
  ['^/tasks/', 'src/features/task/TaskRoute.tsx'],
  ['^/report/?$', 'src/features/report/ReportRoute.tsx'],
  ['^/profile/?$', 'src/features/profile/ProfileRoute.tsx'],
  ['^/journey(/|$)', 'src/features/journey/JourneyRoute.tsx'],
  ['^/where-to-settle/?$', 'src/features/settle/SettleRoute.tsx'],
  ['^/my-data/?$', 'src/features/my-data/MyDataRoute.tsx'],
  ['^/settings/?$', 'src/features/settings/SettingsRoute.tsx'],
];

/** Modules every content page needs soon after it starts: reading and validating the portals. */
const DATA_MODULES = ['src/api/loadPortal.ts', 'src/api/portalConfig.ts'];
const LANGUAGE_MODULE = /src\/i18n\/locales\/([a-z]{2,3})\/common\.json$/;

export interface PreloadMap {
  languages: Record<string, string[]>;
  pages: [string, string[]][];
  data: string[];
}

/**
 * Runs in the page before any module: asks at once for the chunks the opened page and its
 * language need, which the app would otherwise discover one round trip after the next.
 */
export function preloadScript(map: PreloadMap): string {
  return `(function(m){var p=location.pathname,x=/^\\/([a-z]{2,3})(?=\\/|$)/.exec(p),l=x&&m.languages[x[1]]?x[1]:null,r=l?p.slice(l.length+1):null,f=l?m.languages[l].concat(m.data):[];
if(r!==null)for(var i=0;i<m.pages.length;i++)if(new RegExp(m.pages[i][0]).test(r)){f=f.concat(m.pages[i][1]);break}
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
        const languages: Record<string, string[]> = {};
        for (const chunk of chunks) {
          const language = LANGUAGE_MODULE.exec(chunk.facadeModuleId ?? '')?.[1];
          if (language) languages[language] = files(chunk.facadeModuleId ?? '');
        }
        const map: PreloadMap = {
          languages,
          pages: PAGE_MODULES.map(([pattern, module]) => [pattern, files(module)]),
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
