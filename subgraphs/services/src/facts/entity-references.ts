import type { Gender } from '../program/program.table';

/*
 * A Member as services' resolvers receive it: the kit's reference (its key) plus the @requires facts
 * the gateway hands over (docs/architecture.md §3.5); Organization and Region are the kit's plain
 * references. The mapped parent type of Member in the generated resolver types (resolver-types.json).
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

/** Whether the gateway sent the @requires facts (it sends them together, for the fields that need them). */
export function hasRequiredFacts(member: MemberReference): member is RequiredMemberFacts {
  return Boolean(member.region?.code);
}
