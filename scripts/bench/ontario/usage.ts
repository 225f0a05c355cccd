// Preloaded (`node --import`) into the ingest the scale bench runs, so the bench can read the
// process's own peak memory and CPU time when it ends, on any system: GNU time is not everywhere.
import { writeFileSync } from 'node:fs';

/** What the preloaded ingest reports of itself. */
export interface ProcessUsage {
  peakBytes: number;
  /** User and system CPU time: on a busy machine, steadier than the wall clock. */
  cpuSeconds: number;
}

const target = process.env.NWD_USAGE_FILE;
if (target) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    // maxRSS is in kilobytes, CPU times in microseconds.
    const report: ProcessUsage = { peakBytes: usage.maxRSS * 1024, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 };
    writeFileSync(target, JSON.stringify(report));
  });
}
