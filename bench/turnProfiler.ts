// A V8 CPU profile of a bench bot over the load only (start-up left out), taken in the bot's
// own process through node:inspector and written as a .cpuprofile for profileSummary.ts.
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';

let session: Session | undefined;

function post(method: string, params?: object): Promise<any> {
  return new Promise((resolve, reject) => session!.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))));
}

export async function startProfiling(): Promise<void> {
  session = new Session();
  session.connect();
  await post('Profiler.enable');
  // A single turn takes a few ms: BENCH_PROFILE_INTERVAL_US=100 samples it finely enough to read.
  await post('Profiler.setSamplingInterval', { interval: Number(process.env.BENCH_PROFILE_INTERVAL_US ?? 1000) });
  await post('Profiler.start');
}

export async function stopProfiling(file: string): Promise<void> {
  if (!session) return;
  const { profile } = (await post('Profiler.stop')) as { profile: object };
  writeFileSync(file, JSON.stringify(profile));
  session.disconnect();
  session = undefined;
}
