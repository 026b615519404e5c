/*
 * Type tests, run by `npm run typecheck` (tsc over src and test), not by jest: the generated resolver
 * types (docs/architecture.md §1.1) turn an SDL/resolver mismatch into a tsc error. Every
 * `@ts-expect-error` below must meet an error, or tsc fails on the unused directive.
 */
import { mutation, payload } from '@union/kit';
import type { Resolvers, SubgraphResolvers } from '../src/generated/resolvers-types';
import { grantAssistance } from '../src/hardship/grant.service';
import { createProgram } from '../src/program/program.service';
import { resolvers } from '../src/resolvers';

// The real map is complete.
resolvers satisfies SubgraphResolvers;

// A field the domain type cannot answer needs a resolver: ServiceProgram has `taken`, not `placesTaken`.
const { placesTaken: _placesTaken, ...programWithoutPlacesTaken } = resolvers.ServiceProgram;
// @ts-expect-error ServiceProgram.placesTaken is missing
({ ...resolvers, ServiceProgram: programWithoutPlacesTaken }) satisfies SubgraphResolvers;

// A reference to another subgraph's entity needs one: ServiceRequest has `memberId`, not `member`.
const { member: _member, ...requestWithoutMember } = resolvers.ServiceRequest;
// @ts-expect-error ServiceRequest.member is missing
({ ...resolvers, ServiceRequest: requestWithoutMember }) satisfies SubgraphResolvers;

// Every field of a type whose parent is a handle, not a row: ServiceStats is `{ holder, year }`.
const { membersServed: _membersServed, ...statsWithoutMembersServed } = resolvers.ServiceStats;
// @ts-expect-error ServiceStats.membersServed is missing
({ ...resolvers, ServiceStats: statsWithoutMembersServed }) satisfies SubgraphResolvers;

// Every root field needs one.
const { hardshipCases: _hardshipCases, ...queryWithoutHardshipCases } = resolvers.Query;
// @ts-expect-error Query.hardshipCases is missing
({ ...resolvers, Query: queryWithoutHardshipCases }) satisfies SubgraphResolvers;
const { grantAssistance: _grant, ...mutationWithoutGrant } = resolvers.Mutation;
// @ts-expect-error Mutation.grantAssistance is missing
({ ...resolvers, Mutation: mutationWithoutGrant }) satisfies SubgraphResolvers;

// A field the domain type answers needs none: ServiceProgram.name is read from the parent.
const { name: _name, ...programHasName } = { ...resolvers.ServiceProgram, name: () => 'x' };
({ ...resolvers, ServiceProgram: programHasName }) satisfies SubgraphResolvers;

// An entity needs `__resolveReference` when the reference `{ id }` is not a whole row.
const { __resolveReference: _reference, ...caseWithoutReference } = resolvers.HardshipCase;
// @ts-expect-error HardshipCase.__resolveReference is missing
({ ...resolvers, HardshipCase: caseWithoutReference }) satisfies SubgraphResolvers;

// Every custom scalar needs its implementation.
const { Cents: _cents, ...withoutCents } = resolvers;
// @ts-expect-error Cents is missing
withoutCents satisfies SubgraphResolvers;

// A resolver returning the wrong shape.
// @ts-expect-error ServiceProgram.placesTaken is an Int
({ ServiceProgram: { placesTaken: () => '3' } }) satisfies Resolvers;
// @ts-expect-error Query.servicePrograms returns a connection, not a list
({ Query: { servicePrograms: () => [] } }) satisfies Resolvers;
// @ts-expect-error ServiceRequest.organization is an Organization reference `{ id }`, not a code
({ ServiceRequest: { organization: () => ({ code: '4401' }) } }) satisfies Resolvers;
({
  ServiceStats: {
    // @ts-expect-error CategoryCount.category is a ServiceCategory, not any string
    membersServedByCategory: () => [{ category: 'GARDENING', members: 1 }],
  },
}) satisfies Resolvers;

// A resolver for a field the SDL does not have.
// @ts-expect-error ServiceProgram.nickname is not in the SDL
({ ServiceProgram: { nickname: () => 'x' } }) satisfies Resolvers;

// A payload under the wrong key, or a whole-payload service under a key.
// @ts-expect-error ServiceProgramPayload has `program`, not `serviceProgram`
({ Mutation: { createServiceProgram: payload('serviceProgram', createProgram) } }) satisfies Resolvers;
// @ts-expect-error GrantAssistancePayload is `{ grant, replayed }`, which grantAssistance returns whole
({ Mutation: { grantAssistance: payload('grant', grantAssistance) } }) satisfies Resolvers;
({ Mutation: { grantAssistance: mutation(grantAssistance) } }) satisfies Resolvers;

// Arguments come typed from the SDL.
({
  Query: {
    // @ts-expect-error Query.assistanceTotals' `year` is a number
    assistanceTotals: (_, args) => (args.year satisfies string, null!),
  },
  Member: {
    // @ts-expect-error Member.serviceRequests' `status` is a ServiceRequestStatus
    serviceRequests: (_, args) => (args.status satisfies 'DONE' | null | undefined, []),
  },
}) satisfies Resolvers;
