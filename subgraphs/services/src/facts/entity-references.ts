import type { Gender } from '../program/program.table';

/*
 * Entities owned by other subgraphs as services' resolvers receive and return them: the reference
 * the gateway hands over (its key, plus the @requires facts), never a row of ours
 * (docs/architecture.md §3.5). They are the mapped parent types of the generated resolver types
 * (resolver-types.json, docs/architecture.md §1.1).
 */

/** The member facts the gateway hands over through @requires (owned by the members subgraph). */
export interface RequiredMemberFacts {
  id: string;
  isMigrantWorker: boolean;
  gender: Gender;
  age: number;
  region: { code: string };
}

/** A Member: its key, and the @requires facts when a field that needs them is selected. */
export type MemberReference = { __typename?: 'Member'; id: string } & Partial<
  Omit<RequiredMemberFacts, 'id'>
>;

/** An Organization: its key. */
export interface OrganizationReference {
  __typename?: 'Organization';
  id: string;
}

/** A Region: its key. */
export interface RegionReference {
  __typename?: 'Region';
  code: string;
}

/** Whether the gateway sent the @requires facts (it sends them together, for the fields that need them). */
export function hasRequiredFacts(member: MemberReference): member is RequiredMemberFacts {
  return Boolean(member.region?.code);
}
