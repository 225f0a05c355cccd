// `npx tsx scripts/bench/ontario/measureIngest.ts [municipalities]`: runs `npm run ingest` on a
// generated province, served over HTTP like real portals, and prints its time and peak memory.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { GENERATED_AS_OF, ONTARIO_MUNICIPALITIES, generateProvince, writeProvince } from './generate';
import { serveFolder } from './serve';
import type { ProcessUsage } from './usage';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const USAGE = fileURLToPath(new URL('./usage.ts', import.meta.url));

export interface IngestRun {
  municipalities: number;
  /** Wall time of the whole command, Node's start included. */
  seconds: number;
  /** The ingest process's peak resident memory. */
  peakBytes: number;
  /** The ingest process's CPU time, user and system. */
  cpuSeconds: number;
  /** The machine's load when the run ended (1-minute average): others' work slows the wall clock. */
  load: number;
  /** Where the snapshot was written; removed by `cleanup`. */
  snapshot: string;
  /** What the command printed, for a failure's reason. */
  output: string;
  cleanup(): Promise<void>;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/**
 * Generates a province of `municipalities`, serves it on the loopback address and runs the
 * ingest on it as a separate process, as a deployment's nightly job would: MOCKS=off, the portal
 * URLs resolved against the local server. Throws when the ingest writes no snapshot.
 */
export async function measureIngest({ municipalities = ONTARIO_MUNICIPALITIES, seed }: { municipalities?: number; seed?: number } = {}): Promise<IngestRun> {
  const dir = await mkdtemp(join(tmpdir(), 'nwd-ontario-'));
  const cleanup = () => rm(dir, { recursive: true, force: true });
  try {
    const config = await writeProvince(join(dir, 'province'), generateProvince({ count: municipalities, ...(seed === undefined ? {} : { seed }) }));
    const snapshot = join(dir, 'snapshot');
    const usageFile = join(dir, 'usage.json');
    const served = await serveFolder(join(dir, 'province'));
    try {
      const env = { ...process.env, MOCKS: 'off', PORTALS_BASE: served.baseUrl, NWD_USAGE_FILE: usageFile };
      const started = performance.now();
      const args = ['--import', 'tsx', '--import', pathToFileURL(USAGE).href, 'scripts/ingest.ts', '--config', config, '--out', snapshot, '--as-of', GENERATED_AS_OF];
      const { code, output } = await run(process.execPath, args, env);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) throw new Error(`the ingest exited with ${code}:\n${output.slice(-2000)}`);
      const usage = JSON.parse(await readFile(usageFile, 'utf8')) as ProcessUsage;
      return { municipalities, seconds, ...usage, load: loadavg()[0] ?? 0, snapshot, output, cleanup };
    } finally {
      await served.close();
    }
  } catch (error) {
    await cleanup();
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const municipalities = Number(process.argv[2] ?? ONTARIO_MUNICIPALITIES);
  const result = await measureIngest({ municipalities });
  console.log(result.output.split('\n').slice(-3).join('\n'));
  console.log(`${municipalities} municipalities: ${result.seconds.toFixed(1)} s (${result.cpuSeconds.toFixed(1)} s of CPU, load ${result.load.toFixed(1)}), peak ${(result.peakBytes / 2 ** 20).toFixed(0)} MB`);
  if (process.env.KEEP_SNAPSHOT) console.log(`snapshot kept in ${result.snapshot}`);
  else await result.cleanup();
}
