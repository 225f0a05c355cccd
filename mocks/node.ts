import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The mock portals for unit tests and Node commands. */
export const server = setupServer(...handlers);
