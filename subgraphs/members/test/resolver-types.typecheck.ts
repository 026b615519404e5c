/*
 * Type tests, run by `npm run typecheck` (tsc over src and test), not by jest: the generated resolver
 * types (docs/architecture.md §1.1) turn an SDL/resolver mismatch into a tsc error. Every
 * `@ts-expect-error` below must meet an error, or tsc fails on the unused directive.
 */
import { payload } from '@union/kit';
import type { Resolvers, SubgraphResolvers } from '../src/generated/resolvers-types';
import { updateMember } from '../src/member/member.service';
import { resolvers } from '../src/resolvers';

// The real map is complete.
resolvers satisfies SubgraphResolvers;

// A field the domain type cannot answer needs a resolver: Member has no `age` property.
const { age: _age, ...memberWithoutAge } = resolvers.Member;
// @ts-expect-error Member.age is missing
({ ...resolvers, Member: memberWithoutAge }) satisfies SubgraphResolvers;

// Nor a `region`: a member holds only its region's code.
const { region: _region, ...childWithoutRegion } = resolvers.ChildRegionMemberCount;
// @ts-expect-error ChildRegionMemberCount.region is missing
({ ...resolvers, ChildRegionMemberCount: childWithoutRegion }) satisfies SubgraphResolvers;

// Every root field needs one.
const { members: _members, ...queryWithoutMembers } = resolvers.Query;
// @ts-expect-error Query.members is missing
({ ...resolvers, Query: queryWithoutMembers }) satisfies SubgraphResolvers;

// A field members adds to an entity it does not own: Organization.members.
const { members: _orgMembers, ...organizationWithoutMembers } = resolvers.Organization;
// @ts-expect-error Organization.members is missing
({ ...resolvers, Organization: organizationWithoutMembers }) satisfies SubgraphResolvers;

// A field the domain type answers needs none: Member.name is read from the parent.
const { name: _name, ...memberHasName } = { ...resolvers.Member, name: () => 'x' };
({ ...resolvers, Member: memberHasName }) satisfies SubgraphResolvers;

// An entity needs `__resolveReference` when the reference `{ id }` is not a whole Member.
const { __resolveReference: _reference, ...memberWithoutReference } = resolvers.Member;
// @ts-expect-error Member.__resolveReference is missing
({ ...resolvers, Member: memberWithoutReference }) satisfies SubgraphResolvers;

// Every custom scalar needs its implementation.
const { DateTime: _dateTime, ...withoutDateTime } = resolvers;
// @ts-expect-error DateTime is missing
withoutDateTime satisfies SubgraphResolvers;

// A resolver returning the wrong shape.
// @ts-expect-error Member.age is an Int
({ Member: { age: () => 'forty' } }) satisfies Resolvers;
// @ts-expect-error Query.members returns a connection, not a list
({ Query: { members: () => [] } }) satisfies Resolvers;
// @ts-expect-error Member.organization is a reference with an id, not the id itself
({ Member: { organization: (m) => m.orgId } }) satisfies Resolvers;

// A resolver for a field the SDL does not have.
// @ts-expect-error Member.nickname is not in the SDL
({ Member: { nickname: () => 'x' } }) satisfies Resolvers;

// A payload under the wrong key.
// @ts-expect-error MemberPayload has `member`, not `updated`
({ Mutation: { updateMember: payload('updated', updateMember) } }) satisfies Resolvers;

// Arguments come typed from the SDL.
({
  Member: {
    // @ts-expect-error Member.history's `first` is a number
    history: (_, args) => (args.first satisfies string | null | undefined, []),
  },
}) satisfies Resolvers;
