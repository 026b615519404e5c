import { performance } from 'node:perf_hooks';

export interface LoadOptions {
  /** Requests to send in all. */
  iterations: number;
  /** Requests in flight at once. */
  concurrency: number;
  /** Stop starting new requests after this long, whatever `iterations` says. */
  maxMs: number;
}

export interface LoadResult {
  /** Latency of every successful request, in completion order. */
  latenciesMs: number[];
  /** Wall time from the first request sent to the last answer received. */
  elapsedMs: number;
  errors: number;
  firstError: string | null;
  /** True when the time cap, not the iteration count, ended the loop. */
  cappedByTime: boolean;
}

/**
 * Closed-loop load: `concurrency` workers each send the next request as soon as their previous one
 * is answered, until `iterations` have been started or the time cap passes. Bounded both ways, so
 * a slow or hanging server cannot keep the bench running (each request has its own timeout too).
 */
export async function runLoad(
  task: (iteration: number) => Promise<void>,
  options: LoadOptions,
): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let next = 0;
  const started = performance.now();
  const deadline = started + options.maxMs;

  const worker = async () => {
    while (next < options.iterations && performance.now() < deadline) {
      const iteration = next++;
      const sent = performance.now();
      try {
        await task(iteration);
        latenciesMs.push(performance.now() - sent);
      } catch (error) {
        errors += 1;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency, options.iterations));
  await Promise.all(Array.from({ length: workers }, worker));
  return {
    latenciesMs,
    elapsedMs: performance.now() - started,
    errors,
    firstError,
    cappedByTime: next < options.iterations,
  };
}
