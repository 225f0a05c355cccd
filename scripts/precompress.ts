// Writes a .br and a .gz beside every text file of a build, so the server sends bytes compressed
// once at the highest level instead of compressing each response on the fly.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.webmanifest', '.txt']);
// Below this, headers outweigh the saving.
const MIN_BYTES = 1024;

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      if (entry !== '.vite') yield* files(path);
    } else if (COMPRESSIBLE.has(extname(entry))) {
      yield path;
    }
  }
}

/** Compresses `dir` in place; returns how many files got compressed copies. */
export function precompress(dir: string): number {
  let count = 0;
  for (const path of files(dir)) {
    const source = readFileSync(path);
    if (source.length < MIN_BYTES) continue;
    writeFileSync(`${path}.gz`, gzipSync(source, { level: 9 }));
    writeFileSync(
      `${path}.br`,
      brotliCompressSync(source, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: source.length },
      }),
    );
    count++;
  }
  return count;
}
