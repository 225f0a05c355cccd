import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';

/** The mock portals for `npm run dev` only; production builds use the preview server's middleware. */
export const worker = setupWorker(...handlers);
