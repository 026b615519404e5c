/*
 * Type tests, run by `npm run typecheck` (tsc over src and test), not by jest: the generated resolver
 * types (docs/architecture.md §1.1) turn an SDL/resolver mismatch into a tsc error. Every
 * `@ts-expect-error` below must meet an error, or tsc fails on the unused directive.
 */
import { payload } from '@union/kit';
import { createContract } from '../src/contract/contract.service';
import type { Resolvers, SubgraphResolvers } from '../src/generated/resolvers-types';
import { resolvers } from '../src/resolvers';

// The real map is complete.
resolvers satisfies SubgraphResolvers;

// A reference to another subgraph's entity needs a resolver: CollectiveContract has `orgId`, not `organization`.
const { organization: _organization, ...contractWithoutOrganization } = resolvers.CollectiveContract;
// @ts-expect-error CollectiveContract.organization is missing
({ ...resolvers, CollectiveContract: contractWithoutOrganization }) satisfies SubgraphResolvers;

// Every field of a type whose parent is a handle, not a row: LaborStats is `{ code }`.
const { openDisputes: _openDisputes, ...statsWithoutOpenDisputes } = resolvers.LaborStats;
// @ts-expect-error LaborStats.openDisputes is missing
({ ...resolvers, LaborStats: statsWithoutOpenDisputes }) satisfies SubgraphResolvers;

// A field added to another subgraph's entity: Organization here is only `{ id }`.
const { disputes: _disputes, ...organizationWithoutDisputes } = resolvers.Organization;
// @ts-expect-error Organization.disputes is missing
({ ...resolvers, Organization: organizationWithoutDisputes }) satisfies SubgraphResolvers;

// Every root field needs one.
const { laborDisputes: _laborDisputes, ...queryWithoutLaborDisputes } = resolvers.Query;
// @ts-expect-error Query.laborDisputes is missing
({ ...resolvers, Query: queryWithoutLaborDisputes }) satisfies SubgraphResolvers;
const { reportLaborDispute: _report, ...mutationWithoutReport } = resolvers.Mutation;
// @ts-expect-error Mutation.reportLaborDispute is missing
({ ...resolvers, Mutation: mutationWithoutReport }) satisfies SubgraphResolvers;

// A field the domain type answers needs none: CollectiveContract.title is read from the parent.
const { title: _title, ...contractHasTitle } = { ...resolvers.CollectiveContract, title: () => 'x' };
({ ...resolvers, CollectiveContract: contractHasTitle }) satisfies SubgraphResolvers;

// An entity needs `__resolveReference` when the reference `{ id }` is not a whole LaborDispute…
const { __resolveReference: _reference, ...disputeWithoutReference } = resolvers.LaborDispute;
// @ts-expect-error LaborDispute.__resolveReference is missing
({ ...resolvers, LaborDispute: disputeWithoutReference }) satisfies SubgraphResolvers;
// …and none when the reference is the parent: a Member here is its id.
const { __resolveReference: _memberReference, ...memberWithoutReference } = resolvers.Member;
({ ...resolvers, Member: memberWithoutReference }) satisfies SubgraphResolvers;

// Every custom scalar needs its implementation.
const { Cents: _cents, ...withoutCents } = resolvers;
// @ts-expect-error Cents is missing
withoutCents satisfies SubgraphResolvers;

// A resolver returning the wrong shape.
// @ts-expect-error LaborDispute.headcount is an Int
({ LaborDispute: { headcount: () => 'ten' } }) satisfies Resolvers;
// @ts-expect-error Query.laborDisputes returns a connection, not a list
({ Query: { laborDisputes: () => [] } }) satisfies Resolvers;
// @ts-expect-error CollectiveContract.allowedTransitions lists CollectiveContractStatus values
({ CollectiveContract: { allowedTransitions: () => ['OPEN'] } }) satisfies Resolvers;

// A resolver for a field the SDL does not have.
// @ts-expect-error LaborDispute.nickname is not in the SDL
({ LaborDispute: { nickname: () => 'x' } }) satisfies Resolvers;

// A payload under the wrong key.
({
  Mutation: {
    // @ts-expect-error CollectiveContractPayload has `contract`, not `collectiveContract`
    createCollectiveContract: payload('collectiveContract', createContract),
  },
}) satisfies Resolvers;

// Arguments come typed from the SDL.
({
  Query: {
    // @ts-expect-error Query.laborDispute's `id` is a string
    laborDispute: (_, args) => (args.id satisfies number, null),
  },
}) satisfies Resolvers;
