/** Set by vite.config.ts: changes with every build. */
declare const __BUILD_ID__: string;
