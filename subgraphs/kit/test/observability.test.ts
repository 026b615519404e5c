import {
  boundedOperationName,
  EntitiesClient,
  observabilityConfigFrom,
  runInRequestContext,
  statementKind,
  type RequestContextBase,
} from '../src';
import { SECRET, startTinySubgraph, type TinySubgraph } from './support/tiny-subgraph';

describe('boundedOperationName', () => {
  const registered = new Set(['UnionsAcrossDepartments', 'MyProfile']);
  it('keeps registered names and folds every other name, so a client cannot mint label values', () => {
    expect(boundedOperationName('UnionsAcrossDepartments', registered)).toBe('UnionsAcrossDepartments');
    expect(boundedOperationName(undefined, registered)).toBe('anonymous');
    expect(boundedOperationName('', registered)).toBe('anonymous');
    expect(boundedOperationName('Whatever_I_Like_123', registered)).toBe('other');
  });
  it("counts the gateway's subgraph operations under the client operation's name", () => {
    expect(boundedOperationName('UnionsAcrossDepartments__members__1', registered)).toBe(
      'UnionsAcrossDepartments',
    );
    expect(boundedOperationName('MyProfile__labor-relations__12', registered)).toBe('MyProfile');
    expect(boundedOperationName('Unknown__members__1', registered)).toBe('other');
  });
});

describe('statementKind', () => {
  it('labels statements by their first keyword only', () => {
    expect(statementKind('select * from members where id = ?')).toBe('select');
    expect(statementKind('  INSERT into x values (?)')).toBe('insert');
    expect(statementKind('with recursive t as (select 1) select * from t')).toBe('select');
    expect(statementKind('(select 1) union (select 2)')).toBe('select');
    expect(statementKind('pragma journal_mode = WAL')).toBe('other');
  });
});

describe('observabilityConfigFrom', () => {
  it('hides /metrics on the public port in production; METRICS_PORT and the per-subgraph port', () => {
    expect(observabilityConfigFrom({}, true).metrics).toEqual({ onMainPort: false });
    expect(observabilityConfigFrom({ METRICS_PORT: '9464' }, false).metrics).toEqual({
      port: 9464,
      onMainPort: true,
    });
    expect(
      observabilityConfigFrom({ METRICS_PORT: '9464', MEMBERS_METRICS_PORT: '9465' }, true, 'MEMBERS')
        .metrics,
    ).toEqual({ port: 9465, onMainPort: false });
    expect(() => observabilityConfigFrom({ METRICS_PORT: '-1' }, false)).toThrow(/METRICS_PORT/);
  });
});

describe('EntitiesClient inside a request', () => {
  let sg: TinySubgraph;
  const seen: string[] = [];
  beforeAll(async () => {
    sg = await startTinySubgraph({
      createContext: (base: RequestContextBase) => {
        seen.push(base.requestId);
        return base;
      },
      resolvers: {
        Thing: {
          __resolveReference: async (ref: { id: string }) => ({ id: ref.id, name: 'x', regionCode: '4401' }),
        },
      },
    });
  });
  afterAll(() => sg?.server.close());

  it('signs the current request id; a batch shared by two requests carries the first one; outside any request, a fresh id', async () => {
    const client = new EntitiesClient<Record<string, unknown>>({
      url: sg.url,
      subgraphSecret: SECRET,
      typename: 'Thing',
      selection: 'id name regionCode',
    });
    seen.length = 0;
    const first = '00000000-0000-4000-8000-000000000001';
    const second = '00000000-0000-4000-8000-000000000002';
    await Promise.all([
      runInRequestContext({ requestId: first }, () => client.load({ id: 'a' })),
      runInRequestContext({ requestId: second }, () => client.load({ id: 'b' })),
    ]);
    expect(seen).toEqual([first]);
    await runInRequestContext({ requestId: second }, () => client.load({ id: 'c' }));
    expect(seen).toEqual([first, second]);
    await client.load({ id: 'd' });
    expect(seen).toHaveLength(3);
    expect([first, second]).not.toContain(seen[2]);
  });
});
