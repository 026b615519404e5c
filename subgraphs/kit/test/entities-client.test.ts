import { EntitiesClient, type Identity } from '../src';
import { SECRET, startTinySubgraph, type TinySubgraph } from './support/tiny-subgraph';

interface Thing extends Record<string, unknown> {
  id: string;
  name: string;
  regionCode: string;
}

const KNOWN: Record<string, string> = { t1: '440106', t2: '440115', t3: '440203' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The owning subgraph: counts HTTP requests (one context each) and entity look-ups, records who asked. */
function owner() {
  const seen = { requests: 0, references: [] as string[], identities: [] as (Identity | null)[], flaky: 0 };
  const start = (port = 0) =>
    startTinySubgraph({
      port,
      createContext: (base) => {
        seen.requests++;
        seen.identities.push(base.identity);
        return base;
      },
      resolvers: {
        Thing: {
          __resolveReference: async (ref: { id: string }) => {
            seen.references.push(ref.id);
            // 'flaky' fails on its first look-up only, like an owner with a transient database error.
            if (ref.id === 'flaky' && seen.flaky++ === 0) throw new Error('deadlock in SELECT');
            if (ref.id === 'flaky') return { id: 'flaky', name: 'thing flaky', regionCode: '4401' };
            const regionCode = KNOWN[ref.id];
            return regionCode ? { id: ref.id, name: `thing ${ref.id}`, regionCode } : null;
          },
        },
      },
    });
  return { seen, start };
}

describe('EntitiesClient', () => {
  const own = owner();
  let sg: TinySubgraph;
  const client = (options: { ttlMs?: number; maxBatchSize?: number; url?: string; secret?: string } = {}) =>
    new EntitiesClient<Thing>({
      url: options.url ?? sg.url,
      subgraphSecret: options.secret ?? SECRET,
      typename: 'Thing',
      selection: 'id name regionCode',
      ...(options.ttlMs !== undefined ? { ttlMs: options.ttlMs } : {}),
      ...(options.maxBatchSize !== undefined ? { maxBatchSize: options.maxBatchSize } : {}),
    });

  beforeAll(async () => {
    sg = await own.start();
  });
  afterAll(() => sg.server.close());
  beforeEach(() => {
    own.seen.requests = 0;
    own.seen.references = [];
    own.seen.identities = [];
  });

  it('sends the look-ups of one tick as a single _entities request', async () => {
    const c = client();
    const results = await Promise.all([c.load({ id: 't1' }), c.load({ id: 't2' }), c.load({ id: 't3' })]);
    expect(results).toEqual([
      { id: 't1', name: 'thing t1', regionCode: '440106' },
      { id: 't2', name: 'thing t2', regionCode: '440115' },
      { id: 't3', name: 'thing t3', regionCode: '440203' },
    ]);
    expect(own.seen.requests).toBe(1);
    expect(own.seen.references).toEqual(['t1', 't2', 't3']);
  });

  it('asks once for a key requested twice in the same tick', async () => {
    const c = client();
    const [a, b] = await Promise.all([c.load({ id: 't1' }), c.load({ id: 't1' })]);
    expect(a).toEqual(b);
    expect(own.seen.references).toEqual(['t1']);
  });

  it('splits batches at maxBatchSize', async () => {
    const c = client({ maxBatchSize: 2 });
    await Promise.all(['t1', 't2', 't3'].map((id) => c.load({ id })));
    expect(own.seen.requests).toBe(2);
  });

  it('speaks to the owner as SERVICE', async () => {
    await client().load({ id: 't1' });
    expect(own.seen.identities).toEqual([{ sub: 'service', role: 'SERVICE', perms: [] }]);
  });

  it('serves a repeat look-up from its cache within the ttl and asks again after it', async () => {
    const c = client({ ttlMs: 300 });
    await c.load({ id: 't1' });
    await expect(c.load({ id: 't1' })).resolves.toMatchObject({ id: 't1' });
    expect(own.seen.requests).toBe(1);
    await sleep(350);
    await expect(c.load({ id: 't1' })).resolves.toMatchObject({ id: 't1' });
    expect(own.seen.requests).toBe(2);
  });

  it('clear() forgets cached answers', async () => {
    const c = client();
    await c.load({ id: 't2' });
    c.clear();
    await c.load({ id: 't2' });
    expect(own.seen.requests).toBe(2);
  });

  it('answers null for a key the owner does not know, alongside known ones', async () => {
    const c = client();
    await expect(Promise.all([c.load({ id: 'nope' }), c.load({ id: 't3' })])).resolves.toEqual([
      null,
      { id: 't3', name: 'thing t3', regionCode: '440203' },
    ]);
  });

  it('rejects (instead of answering null) when the owner fails on one entity, and does not cache it', async () => {
    const c = client();
    const [flaky, fine] = await Promise.allSettled([c.load({ id: 'flaky' }), c.load({ id: 't1' })]);
    expect(flaky.status).toBe('rejected');
    expect(fine).toEqual({ status: 'fulfilled', value: expect.objectContaining({ id: 't1' }) });
    await expect(c.load({ id: 'flaky' })).resolves.toMatchObject({ id: 'flaky' });
  });

  it('rejects when the owner refuses the context', async () => {
    const c = client({ secret: 'not-the-subgraph-secret-0123456789abcdef' });
    await expect(c.load({ id: 't1' })).rejects.toThrow('HTTP 401');
    expect(own.seen.requests).toBe(0);
  });

  it('rejects when the owner is down, and does not cache the failure', async () => {
    const down = await own.start();
    const port = Number(new URL(down.url).port);
    await down.server.close();
    const c = client({ url: down.url });
    await expect(c.load({ id: 't1' })).rejects.toThrow();

    const back = await own.start(port);
    try {
      await expect(c.load({ id: 't1' })).resolves.toMatchObject({ id: 't1' });
    } finally {
      await back.server.close();
    }
  });
});
