// The app runs under a Content-Security-Policy without 'unsafe-eval' (scripts/hosting/
// headerRules.ts). Zod would otherwise try `new Function` once, to learn whether it may compile
// faster parsers, and the browser reports that try as a violation. Each entry that runs in a
// browser (the page, the validation worker) imports this first, before any schema is defined:
// zod reads the setting when a schema is made.
import { z } from 'zod';

z.config({ jitless: true });
