import DataLoader from 'dataloader';
import { signContextToken } from '../identity/context-token';
import { CONTEXT_HEADER } from '../identity/context-token';
import { SERVICE_IDENTITY } from '../identity/identity';
import { newId } from '../ids/ids';
import { currentRequestId } from '../observability/request-context';
import { inClientSpan, injectTraceHeaders } from '../observability/tracing';

export interface EntitiesClientOptions {
  /** GraphQL URL of the owning subgraph. */
  url: string;
  subgraphSecret: string;
  typename: string;
  /** Fields to fetch, e.g. 'id regionCode'. The key fields must be among them. */
  selection: string;
  /** How long an answer is reused (docs/architecture.md §3.5: "briefly cached"). */
  ttlMs?: number;
  timeoutMs?: number;
  maxBatchSize?: number;
}

/**
 * Asks another subgraph for facts it owns through its standard `_entities` interface with a
 * SERVICE context. Look-ups made in the same tick are sent as one request; answers are cached briefly.
 */
export class EntitiesClient<T extends Record<string, unknown>> {
  private readonly loader: DataLoader<string, T | null>;
  private readonly cache = new Map<string, { expires: number; value: Promise<T | null> }>();
  private readonly ttlMs: number;

  constructor(private readonly options: EntitiesClientOptions) {
    this.ttlMs = options.ttlMs ?? 5000;
    this.loader = new DataLoader((keys) => this.fetchBatch(keys), {
      cache: false,
      maxBatchSize: options.maxBatchSize ?? 100,
    });
  }

  /** The entity for a key representation (without __typename), or null when the owner does not know it. */
  load(key: Record<string, unknown>): Promise<T | null> {
    const cacheKey = JSON.stringify(key);
    const now = Date.now();
    const hit = this.cache.get(cacheKey);
    if (hit && hit.expires > now) return hit.value;
    const value = this.loader.load(cacheKey);
    this.cache.set(cacheKey, { expires: now + this.ttlMs, value });
    value.catch(() => this.cache.delete(cacheKey));
    if (this.cache.size > 10_000) this.evictExpired(now);
    return value;
  }

  clear(): void {
    this.cache.clear();
  }

  private evictExpired(now: number): void {
    for (const [k, v] of this.cache) if (v.expires <= now) this.cache.delete(k);
  }

  /*
   * A batch runs in the context of the load() that opened it (DataLoader schedules the dispatch
   * there), so it is signed with that request's id and traced under its span. A batch shared by
   * several concurrent requests therefore carries the id and trace of the first of them; the other
   * requests' lines name the look-up only through their own spans and logs. A cached answer makes
   * no request at all. Outside any request (start-up, scripts) a fresh id is signed, as before.
   */
  private fetchBatch(keys: readonly string[]): Promise<(T | null | Error)[]> {
    return inClientSpan(
      `_entities ${this.options.typename}`,
      { 'union.entities.typename': this.options.typename, 'union.entities.keys': keys.length },
      () => this.sendBatch(keys),
    );
  }

  private async sendBatch(keys: readonly string[]): Promise<(T | null | Error)[]> {
    const representations = keys.map((k) => ({ __typename: this.options.typename, ...JSON.parse(k) }));
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${this.options.typename} { ${this.options.selection} } } }`;
    const token = await signContextToken(
      { identity: SERVICE_IDENTITY, requestId: currentRequestId() ?? newId() },
      this.options.subgraphSecret,
    );
    const headers: Record<string, string> = { 'content-type': 'application/json', [CONTEXT_HEADER]: token };
    injectTraceHeaders((name, value) => (headers[name] = value));
    const response = await fetch(this.options.url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables: { representations } }),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000),
    });
    if (!response.ok) throw new Error(`${this.options.typename} look-up failed with HTTP ${response.status}`);
    const body = (await response.json()) as {
      data?: { _entities?: (T | null)[] };
      errors?: { path?: (string | number)[] }[];
    };
    const entities = body.data?._entities;
    if (!entities || entities.length !== keys.length)
      throw new Error(`${this.options.typename} look-up failed`);
    // A null with an error at ['_entities', i] is a failure, not "unknown": reject it, so it is never cached.
    const failed = new Set((body.errors ?? []).map((e) => e.path?.[1]).filter((i) => typeof i === 'number'));
    return entities.map((e, i) =>
      failed.has(i)
        ? new Error(`${this.options.typename} look-up failed`)
        : e && Object.keys(e).length > 0
          ? e
          : null,
    );
  }
}
