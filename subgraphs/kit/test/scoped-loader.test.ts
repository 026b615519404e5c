import { GraphQLError } from 'graphql';
import { groupBy, scopedLoader, unwrapLookup, type Lookup } from '../src';

interface Row {
  id: string;
  regionCode: string;
}

const TABLE: Row[] = Array.from({ length: 30 }, (_, i) => ({
  id: `k${String(i).padStart(2, '0')}`,
  regionCode: i % 3 === 0 ? '4402' : '4401',
}));

/** A loader over TABLE scoped to region 4401, recording every batched call. */
function loader() {
  const calls: { fn: 'fetchInScope' | 'existing'; keys: string[] }[] = [];
  const l = scopedLoader<Row>({
    fetchInScope: async (keys) => {
      calls.push({ fn: 'fetchInScope', keys: [...keys] });
      // Deliberately returned in reverse to prove results are matched by key, not position.
      return TABLE.filter((r) => keys.includes(r.id) && r.regionCode === '4401').reverse();
    },
    keyOf: (r) => r.id,
    existing: async (keys) => {
      calls.push({ fn: 'existing', keys: [...keys] });
      return new Set(TABLE.filter((r) => keys.includes(r.id)).map((r) => r.id));
    },
  });
  return { l, calls };
}

describe('scopedLoader', () => {
  it('tells found, forbidden and missing apart with at most two batched calls', async () => {
    const { l, calls } = loader();
    const keys = [...TABLE.map((r) => r.id), 'ghost-1', 'ghost-2'];
    const results = await Promise.all(keys.map((k) => l.load(k)));
    expect(calls.map((c) => c.fn)).toEqual(['fetchInScope', 'existing']);
    expect(calls[0]!.keys).toEqual(keys);
    // Only the keys the scoped read missed are checked for existence.
    expect(calls[1]!.keys).toEqual([
      ...TABLE.filter((r) => r.regionCode === '4402').map((r) => r.id),
      'ghost-1',
      'ghost-2',
    ]);
    keys.forEach((k, i) => {
      const row = TABLE.find((r) => r.id === k);
      const expected: Lookup<Row> = !row
        ? null
        : row.regionCode === '4401'
          ? { found: row }
          : { forbidden: true };
      expect(results[i]).toEqual(expected);
    });
  });

  it('skips the existence check when every key is in scope', async () => {
    const { l, calls } = loader();
    await Promise.all(['k01', 'k02', 'k04'].map((k) => l.load(k)));
    expect(calls.map((c) => c.fn)).toEqual(['fetchInScope']);
  });

  it('caches per loader: a repeated key is not fetched again', async () => {
    const { l, calls } = loader();
    await l.load('k01');
    await l.load('k01');
    expect(calls).toHaveLength(1);
  });
});

describe('unwrapLookup', () => {
  it('returns the row, null for a missing one, and throws FORBIDDEN outside scope', () => {
    const row = TABLE[1]!;
    expect(unwrapLookup({ found: row })).toBe(row);
    expect(unwrapLookup(null)).toBeNull();
    let caught: unknown;
    try {
      unwrapLookup({ forbidden: true });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(GraphQLError);
    expect((caught as GraphQLError).extensions).toEqual({ code: 'FORBIDDEN' });
  });
});

describe('groupBy', () => {
  it('returns one group per key, in key order, keeping row order within a group', () => {
    const rows = [
      { org: 'o2', n: 1 },
      { org: 'o1', n: 2 },
      { org: 'o2', n: 3 },
      { org: 'o9', n: 4 },
      { org: null, n: 5 },
      { org: 'o1', n: 6 },
    ];
    const groups = groupBy(['o1', 'o3', 'o2'], rows, (r) => r.org);
    expect(groups.map((g) => g.map((r) => r.n))).toEqual([[2, 6], [], [1, 3]]);
  });

  it('gives a duplicated key the same group each time', () => {
    const groups = groupBy(['a', 'a'], [{ k: 'a' }], (r) => r.k);
    expect(groups).toEqual([[{ k: 'a' }], [{ k: 'a' }]]);
  });
});
