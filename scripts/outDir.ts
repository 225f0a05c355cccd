/**
 * Where the build goes. NWD_DIST lets two checkouts' worth of work (or two people on one
 * machine) build and serve side by side without overwriting each other's `dist/`.
 */
export const OUT_DIR = process.env.NWD_DIST ?? 'dist';
