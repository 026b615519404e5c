import type { Gender } from '../program/program.table';

/** What services needs to know about a member, owned by the members subgraph. */
export interface MemberFacts {
  id: string;
  orgId: string;
  regionCode: string;
  isMigrantWorker: boolean;
  gender: Gender;
  age: number;
  /** ACTIVE, TRANSFERRING, LAPSED, WITHDRAWN or DECEASED (members' MemberStatus). */
  status: string;
}

/** What services needs to know about an organization, owned by the organizations subgraph. */
export interface OrganizationFacts {
  id: string;
  regionCode: string;
  status: string;
}

/** A region of GB/T 2260, owned by the organizations subgraph. */
export interface RegionFacts {
  code: string;
}

/**
 * Facts owned by other subgraphs, asked through their `_entities` with a SERVICE identity
 * (docs/architecture.md §3.5) — never by reading their tables. Null when the owner does not know the key.
 */
export interface Facts {
  member(id: string): Promise<MemberFacts | null>;
  organization(id: string): Promise<OrganizationFacts | null>;
  region(code: string): Promise<RegionFacts | null>;
}
