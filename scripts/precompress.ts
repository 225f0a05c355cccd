// Writes a .br and a .gz beside every text file of a build, so the server sends bytes compressed
// once at a high level instead of compressing each response on the fly.
import { readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.webmanifest', '.txt']);
// Below this, headers outweigh the saving.
const MIN_BYTES = 1024;
/**
 * A deployed snapshot of Ontario is hundreds of data files rebuilt every night. Brotli's top
 * quality takes half a second for each catalogue, minutes in all, for 2 % fewer bytes than the
 * next one down; the app's own few files keep the top quality.
 */
const APP_QUALITY = 11;
const DATA_QUALITY = 10;
const DATA_FOLDER = `snapshot${sep}`;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

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

async function compress(path: string, quality: number): Promise<boolean> {
  const source = await readFile(path);
  if (source.length < MIN_BYTES) return false;
  const [gzipped, brotlied] = await Promise.all([
    gzipAsync(source, { level: 9 }),
    brotli(source, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: source.length } }),
  ]);
  await Promise.all([writeFile(`${path}.gz`, gzipped), writeFile(`${path}.br`, brotlied)]);
  return true;
}

/** Compresses these files in place (the splash page, written apart from the pages' folders). */
export async function precompressFiles(paths: readonly string[]): Promise<number> {
  let count = 0;
  for (const path of paths) if (await compress(path, APP_QUALITY)) count++;
  return count;
}

/**
 * Compresses `dir` in place, on every core (zlib's asynchronous calls run on libuv's thread
 * pool); resolves to how many files got compressed copies.
 */
export async function precompress(dir: string): Promise<number> {
  const queue = [...files(dir)];
  let count = 0;
  const worker = async () => {
    for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
      if (await compress(path, relative(dir, path).startsWith(DATA_FOLDER) ? DATA_QUALITY : APP_QUALITY)) count++;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
  return count;
}
