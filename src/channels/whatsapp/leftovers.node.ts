/**
 * Chromium processes left behind by a browser that crashed or was killed: its renderers and
 * helpers may live in other process groups (the zygote forks them), so killing the browser's
 * group can miss them. Every process whose command line names a profile folder under the
 * session's data folder is ours; this finds them in /proc (Linux, where servers run) and
 * kills them, then waits until they are gone.
 */
import { readdirSync, readFileSync } from 'node:fs';

function processesUsing(dataPath: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return []; // not Linux: nothing we can look for
  }
  const marker = `--user-data-dir=${dataPath}/`;
  const found: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(marker)) found.push(Number(entry));
    } catch {} // it ended while we looked
  }
  return found;
}

/** Kills what is left of Chromium on this data folder and waits (up to `waitMs`) until it is gone. */
export async function killLeftovers(dataPath: string, waitMs = 3_000): Promise<number> {
  const until = Date.now() + waitMs;
  let killed = 0;
  for (;;) {
    const pids = processesUsing(dataPath);
    if (pids.length === 0 || Date.now() > until) return killed;
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
        killed++;
      } catch {} // already gone
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
