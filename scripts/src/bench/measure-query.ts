import { signContextToken, type Identity } from '@union/kit';
import type { GraphqlClient } from './graphql-client';
import { runLoad, type LoadResult } from './load-loop';
import type { MemoryPeak, MemorySampler } from './memory';
import { summarize, type LatencySummary } from './percentiles';
import type { BenchQuery } from './queries';
import type { SqlCounter } from './sql-counter';

export interface MeasureSettings {
  iterations: number;
  warmup: number;
  concurrency: number;
  /** Cap on each loop (warm-up and measured), whatever the counts say. */
  maxSeconds: number;
  subgraphSecret: string;
}

export interface QueryMeasurement {
  query: BenchQuery;
  load: LoadResult;
  latency: LatencySummary;
  requestsPerSecond: number;
  statementsPerRequest: number;
  memory: MemoryPeak;
}

export interface MeasureDeps {
  client: GraphqlClient;
  counter: SqlCounter;
  memory: MemorySampler;
}

/** What the gateway would forward for a federation administrator of `region` (docs/architecture.md §3.3). */
export function federationAdminToken(region: string, secret: string, ttlSeconds: number): Promise<string> {
  const identity: Identity = { sub: `bench-admin-${region}`, role: 'FEDERATION_ADMIN', region, perms: [] };
  return signContextToken({ identity, requestId: `bench-${region}` }, secret, ttlSeconds);
}

/**
 * Warm-up (answers checked, so a wrong or failing query cannot pass for a fast one), then the measured
 * loop. Statements are counted over the measured loop only; with nothing else using the database they
 * all belong to these requests, so their mean per request is exact even at concurrency > 1.
 */
export async function measureQuery(
  query: BenchQuery,
  settings: MeasureSettings,
  deps: MeasureDeps,
): Promise<QueryMeasurement> {
  const token = await federationAdminToken(
    query.region,
    settings.subgraphSecret,
    2 * settings.maxSeconds + 60,
  );
  const send = (i: number) => deps.client.request(query.document, query.variables(i), token);

  const warm = await runLoad(async (i) => query.check(await send(i)), {
    iterations: settings.warmup,
    concurrency: settings.concurrency,
    maxMs: settings.maxSeconds * 1000,
  });
  if (warm.errors > 0) throw new Error(`${query.label}: warm-up failed: ${warm.firstError}`);

  deps.memory.settle();
  deps.counter.reset();
  // The measured loop continues the iteration sequence, so it does not repeat the warm-up's keys.
  const load = await runLoad((i) => send(settings.warmup + i), {
    iterations: settings.iterations,
    concurrency: settings.concurrency,
    maxMs: settings.maxSeconds * 1000,
  });
  const statements = deps.counter.count();
  const memory = deps.memory.takePhase();
  const sent = load.latenciesMs.length + load.errors;
  return {
    query,
    load,
    latency: summarize(load.latenciesMs),
    requestsPerSecond: load.latenciesMs.length / (load.elapsedMs / 1000),
    statementsPerRequest: sent > 0 ? statements / sent : 0,
    memory,
  };
}
