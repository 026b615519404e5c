import v8 from 'node:v8';
import vm from 'node:vm';

/** Peak memory of this process (the subgraph and the load generator share it). */
export interface MemoryPeak {
  rssBytes: number;
  heapUsedBytes: number;
}

export interface MemorySampler {
  /** Peaks since the previous call (or since start), then starts a new phase. */
  takePhase(): MemoryPeak;
  /** Collects garbage, then starts a new phase: its peak is then that phase's own, not earlier garbage. */
  settle(): void;
  /** Peaks over the whole run so far. */
  overall(): MemoryPeak;
  stop(): void;
}

/**
 * Samples process.memoryUsage() on a short interval, since RSS and heap rise and fall within a
 * phase and a single reading at its end would miss the peak. The timer is unref'd: it never keeps
 * the process alive.
 */
export function startMemorySampler(intervalMs = 50): MemorySampler {
  const empty = (): MemoryPeak => ({ rssBytes: 0, heapUsedBytes: 0 });
  let phase = empty();
  const total = empty();
  const sample = () => {
    const { rss, heapUsed } = process.memoryUsage();
    for (const peak of [phase, total]) {
      peak.rssBytes = Math.max(peak.rssBytes, rss);
      peak.heapUsedBytes = Math.max(peak.heapUsedBytes, heapUsed);
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    takePhase() {
      sample();
      const done = phase;
      phase = empty();
      sample();
      return done;
    },
    settle() {
      collectGarbage();
      phase = empty();
      sample();
    },
    overall() {
      sample();
      return { ...total };
    },
    stop: () => clearInterval(timer),
  };
}

export const mib = (bytes: number) => bytes / (1024 * 1024);

let gc: (() => void) | null | undefined;

/**
 * A full collection between phases, without requiring `node --expose-gc` on the command line: the
 * flag can be set at run time, and a fresh context then exposes `gc`. Skipped if that fails.
 */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      gc = vm.runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
