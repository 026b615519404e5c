/*
 * Type tests, run by `npm run typecheck` (tsc over src and test), not by jest: the generated resolver
 * types (docs/architecture.md §1.1) turn an SDL/resolver mismatch into a tsc error. Every
 * `@ts-expect-error` below must meet an error, or tsc fails on the unused directive.
 */
import { payload } from '@union/kit';
import type { Resolvers, SubgraphResolvers } from '../src/generated/resolvers-types';
import { createOrganization } from '../src/organization/organization.service';
import { resolvers } from '../src/resolvers';

// The real map is complete.
resolvers satisfies SubgraphResolvers;

// A field the domain type cannot answer needs a resolver: Region has no `fullName` property.
const { fullName: _fullName, ...regionWithoutFullName } = resolvers.Region;
// @ts-expect-error Region.fullName is missing
({ ...resolvers, Region: regionWithoutFullName }) satisfies SubgraphResolvers;

// Every root field needs one.
const { employers: _employers, ...queryWithoutEmployers } = resolvers.Query;
// @ts-expect-error Query.employers is missing
({ ...resolvers, Query: queryWithoutEmployers }) satisfies SubgraphResolvers;

// A field the domain type answers needs none: Region.name is read from the parent.
const { name: _name, ...regionHasName } = { ...resolvers.Region, name: () => 'x' };
({ ...resolvers, Region: regionHasName }) satisfies SubgraphResolvers;

// An entity needs `__resolveReference` when the reference `{ id }` is not a whole Organization.
const { __resolveReference: _reference, ...organizationWithoutReference } = resolvers.Organization;
// @ts-expect-error Organization.__resolveReference is missing
({ ...resolvers, Organization: organizationWithoutReference }) satisfies SubgraphResolvers;

// Every custom scalar needs its implementation.
const { Date: _date, ...withoutDate } = resolvers;
// @ts-expect-error Date is missing
withoutDate satisfies SubgraphResolvers;

// A resolver returning the wrong shape.
// @ts-expect-error Organization.name is a String
({ Organization: { name: () => 42 } }) satisfies Resolvers;
// @ts-expect-error Query.organizations returns a connection, not a list
({ Query: { organizations: () => [] } }) satisfies Resolvers;

// A resolver for a field the SDL does not have.
// @ts-expect-error Organization.nickname is not in the SDL
({ Organization: { nickname: () => 'x' } }) satisfies Resolvers;

// A payload under the wrong key.
// @ts-expect-error CreateOrganizationPayload has `organization`, not `org`
({ Mutation: { createOrganization: payload('org', createOrganization) } }) satisfies Resolvers;

// Arguments come typed from the SDL.
({
  Query: {
    // @ts-expect-error Query.organization's `id` is a string
    organization: (_, args) => (args.id satisfies number, null),
  },
}) satisfies Resolvers;
