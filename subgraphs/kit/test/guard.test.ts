import { GraphQLError, GraphQLScalarType } from 'graphql';
import { DateScalar, guardResolvers, mergeResolvers, type Identity, type ResolverMap } from '../src';

const anonymous = { identity: null, requestId: 'r-anon' };
const member: { identity: Identity; requestId: string } = {
  identity: { sub: 'm', role: 'MEMBER', member: 'm', perms: [] },
  requestId: 'r-member',
};

function resolvers(): ResolverMap {
  return {
    Query: {
      me: (_p: unknown, _a: unknown, ctx: { requestId: string }) => `me:${ctx.requestId}`,
      regions: () => ['44'],
    },
    Mutation: {
      updateMember: () => 'updated',
      submitMembershipApplication: (_p: unknown, args: { input: string }) => `submitted:${args.input}`,
    },
    Member: {
      __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
      name: (parent: { id: string }) => `name of ${parent.id}`,
    },
    Region: {
      __resolveReference: (ref: { code: string }) => ({ code: ref.code }),
      name: () => 'Guangzhou',
    },
    Date: DateScalar,
  };
}

function expectUnauthenticated(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(GraphQLError);
    expect((e as GraphQLError).extensions.code).toBe('UNAUTHENTICATED');
    return;
  }
  throw new Error('expected UNAUTHENTICATED');
}

describe('guardResolvers', () => {
  const guarded = guardResolvers(resolvers(), ['Mutation.submitMembershipApplication', 'Region']);

  it('blocks anonymous callers on root fields and entity references', () => {
    expectUnauthenticated(() => guarded.Query!.me(undefined, {}, anonymous, {}));
    expectUnauthenticated(() => guarded.Query!.regions(undefined, {}, anonymous, {}));
    expectUnauthenticated(() => guarded.Mutation!.updateMember(undefined, {}, anonymous, {}));
    expectUnauthenticated(() => guarded.Member!.__resolveReference({ id: 'm1' }, anonymous, {}));
  });

  it('blocks a call with no context at all', () => {
    expectUnauthenticated(() => guarded.Query!.me(undefined, {}, undefined, {}));
  });

  it('does not run the inner resolver for a blocked call', () => {
    const inner = jest.fn();
    const g = guardResolvers({ Query: { secret: inner } });
    expect(() => g.Query!.secret(undefined, {}, anonymous, {})).toThrow();
    expect(inner).not.toHaveBeenCalled();
  });

  it('lets identified callers through with all arguments intact', () => {
    expect(guarded.Query!.me(undefined, {}, member, {})).toBe('me:r-member');
    expect(guarded.Mutation!.updateMember(undefined, {}, member, {})).toBe('updated');
    expect(guarded.Member!.__resolveReference({ id: 'm1' }, member, {})).toEqual({ id: 'm1' });
  });

  it('leaves fields listed as public open, by Type.field or by whole Type', () => {
    expect(guarded.Mutation!.submitMembershipApplication(undefined, { input: 'x' }, anonymous, {})).toBe(
      'submitted:x',
    );
    expect(guarded.Region!.__resolveReference({ code: '4401' }, anonymous, {})).toEqual({ code: '4401' });
  });

  it('does not make a sibling field public', () => {
    const g = guardResolvers(resolvers(), ['Query.regions']);
    expect(g.Query!.regions(undefined, {}, anonymous, {})).toEqual(['44']);
    expectUnauthenticated(() => g.Query!.me(undefined, {}, anonymous, {}));
  });

  it('leaves nested fields untouched', () => {
    const original = resolvers();
    const g = guardResolvers(original);
    expect(g.Member!.name).toBe(original.Member!.name);
    expect(g.Member!.name({ id: 'm1' }, {}, anonymous, {})).toBe('name of m1');
  });

  it('keeps scalars as GraphQLScalarType instances', () => {
    const g = guardResolvers(resolvers());
    expect(g.Date).toBe(DateScalar);
    expect(g.Date).toBeInstanceOf(GraphQLScalarType);
  });

  it('does not mutate the map it was given', () => {
    const original = resolvers();
    const me = original.Query!.me;
    guardResolvers(original);
    expect(original.Query!.me).toBe(me);
  });
});

describe('mergeResolvers', () => {
  it('merges the fields each feature contributes, type by type', () => {
    const merged = mergeResolvers(
      { Query: { members: () => 1 }, Member: { name: () => 'n' } },
      { Query: { applications: () => 2 }, Member: { organization: () => 'o' } },
      { Date: DateScalar },
    );
    expect(Object.keys(merged.Query!).sort()).toEqual(['applications', 'members']);
    expect(Object.keys(merged.Member!).sort()).toEqual(['name', 'organization']);
    expect(merged.Date).toBe(DateScalar);
  });

  it('lets a later map override the same field and leaves inputs unchanged', () => {
    const first = { Query: { a: () => 1 } };
    const merged = mergeResolvers(first, { Query: { a: () => 2 } });
    expect(merged.Query!.a()).toBe(2);
    expect(first.Query.a()).toBe(1);
  });
});
