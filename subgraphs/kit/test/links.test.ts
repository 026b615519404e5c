import { GraphQLError } from 'graphql';
import { assertAllLinked, assertLinked, EntityLinks, type Identity, type LinkTarget } from '../src';
import { SECRET, startTinySubgraph, type TinySubgraph } from './support/tiny-subgraph';

const who = (role: Identity['role'], extra: Partial<Identity> = {}): Identity => ({
  sub: 'x',
  role,
  perms: [],
  ...extra,
});
const guangzhou = who('FEDERATION_ADMIN', { region: '4401' });
const inGuangzhou: LinkTarget = { id: 'a', regionCode: '440106', orgId: 'org-a' };
const inShenzhen: LinkTarget = { id: 'b', regionCode: '440304', orgId: 'org-b' };

function codeAndField(fn: () => unknown): { code: unknown; field: unknown } {
  try {
    fn();
  } catch (error) {
    const e = error as GraphQLError;
    return { code: e.extensions.code, field: e.extensions.field };
  }
  throw new Error('expected an error');
}

describe('assertLinked', () => {
  const spec = { field: 'input.employerId', entity: 'Employer' };

  it('passes a target inside the caller’s write scope and returns it', () => {
    expect(assertLinked(guangzhou, inGuangzhou, spec)).toBe(inGuangzhou);
    expect(assertLinked(who('ORG_ADMIN', { org: 'org-a' }), inGuangzhou, spec)).toBe(inGuangzhou);
  });

  it('refuses a missing target with NOT_FOUND naming the field', () => {
    expect(codeAndField(() => assertLinked(guangzhou, null, spec))).toEqual({
      code: 'NOT_FOUND',
      field: 'input.employerId',
    });
  });

  it('refuses a target outside the caller’s scope with FORBIDDEN naming the field', () => {
    expect(codeAndField(() => assertLinked(guangzhou, inShenzhen, spec))).toEqual({
      code: 'FORBIDDEN',
      field: 'input.employerId',
    });
    expect(codeAndField(() => assertLinked(who('ORG_ADMIN', { org: 'org-a' }), inShenzhen, spec)).code).toBe(
      'FORBIDDEN',
    );
  });

  it('judges READ links by the read scope: an auditor may read but a write rule would refuse', () => {
    const auditor = who('AUDITOR', { region: '4401' });
    expect(assertLinked(auditor, inGuangzhou, { ...spec, rule: 'READ' })).toBe(inGuangzhou);
    expect(codeAndField(() => assertLinked(auditor, inGuangzhou, spec)).code).toBe('FORBIDDEN');
  });

  it('never lets SERVICE, members or anonymous callers link by the default rule', () => {
    for (const identity of [who('SERVICE'), who('MEMBER', { member: 'm', org: 'org-a' }), null])
      expect(codeAndField(() => assertLinked(identity, inGuangzhou, spec)).code).toBe('FORBIDDEN');
  });

  it('takes a rule of the subgraph’s own', () => {
    const sameCity = (_: Identity | null, t: LinkTarget) => t.regionCode.startsWith('4403');
    expect(assertLinked(guangzhou, inShenzhen, { ...spec, rule: sameCity })).toBe(inShenzhen);
  });
});

describe('assertAllLinked', () => {
  const table = new Map([inGuangzhou, inShenzhen].map((t) => [t.id, t]));
  const lookup = async (ids: readonly string[]) => ids.map((id) => table.get(id) ?? null);
  const spec = { entity: 'Member', field: (i: number) => `input.memberIds.${i}` };

  it('names the position of the missing id, before any scope refusal', async () => {
    await expect(assertAllLinked(guangzhou, ['a', 'b', 'zz'], lookup, spec)).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND', field: 'input.memberIds.2' },
    });
  });

  it('names the position of the out-of-scope id', async () => {
    await expect(assertAllLinked(guangzhou, ['a', 'b'], lookup, spec)).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN', field: 'input.memberIds.1' },
    });
  });

  it('returns the targets in order, and asks nothing for an empty list', async () => {
    const never = async () => {
      throw new Error('asked');
    };
    await expect(assertAllLinked(guangzhou, [], never, spec)).resolves.toEqual([]);
    await expect(assertAllLinked(guangzhou, ['a'], lookup, spec)).resolves.toEqual([inGuangzhou]);
  });
});

describe('EntityLinks', () => {
  let sg: TinySubgraph;
  const asked: (Identity | null)[] = [];
  beforeAll(async () => {
    sg = await startTinySubgraph({
      createContext: (base) => {
        asked.push(base.identity);
        return base;
      },
      resolvers: {
        Thing: {
          __resolveReference: (ref: { id: string }) =>
            ref.id === 'a' ? { id: 'a', name: 'a', regionCode: '440106' } : null,
        },
      },
    });
  });
  afterAll(() => sg.server.close());

  it('asks the owner as SERVICE, in one batch, and maps answers to link targets', async () => {
    const links = new EntityLinks<LinkTarget, { id: string; regionCode: string }>({
      url: sg.url,
      subgraphSecret: SECRET,
      typename: 'Thing',
      selection: 'id regionCode',
      toTarget: (t) => ({ id: t.id, regionCode: t.regionCode, orgId: null }),
    });
    asked.length = 0;
    await expect(links.findMany(['a', 'missing'])).resolves.toEqual([
      { id: 'a', regionCode: '440106', orgId: null },
      null,
    ]);
    expect(asked.map((i) => i?.role)).toEqual(['SERVICE']);
    // The SERVICE context read the facts; the caller's own scope still decides.
    const target = await links.find('a');
    expect(() =>
      assertLinked(who('FEDERATION_ADMIN', { region: '4403' }), target, {
        field: 'input.thingId',
        entity: 'Thing',
      }),
    ).toThrow(/outside your jurisdiction/);
  });
});
