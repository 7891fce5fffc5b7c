/**
 * A CPU profile of one stretch of a bench (the timed pass, not start-up or warm-up), with
 * V8's sampling profiler through node:inspector: the same profile `node --cpu-prof` writes
 * for a whole process, read by profile-stages.ts.
 */
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';

export async function startProfile() {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  // The default interval (1 ms) misses most of a turn that takes a fraction of that.
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  return {
    async stop(file: string) {
      const { profile } = await session.post('Profiler.stop');
      await writeFile(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}
