/*
 * Facts owned by other subgraphs that a write here needs (docs/architecture.md §3.5): the region and employer of
 * an organization, the organization of a member. Copied onto the rows at write time, so every
 * later read is scoped by a local indexed predicate.
 */
export interface OrganizationFact {
  id: string;
  kind: string;
  status: string;
  regionCode: string;
  employerId: string | null;
}

export interface MemberFact {
  id: string;
  orgId: string;
  /** The region of the member's organization (members copies it at write time). */
  regionCode: string;
}

/** A service request, owned by the services subgraph (a dispute may name its legal-aid request). */
export interface ServiceRequestFact {
  id: string;
  category: string;
  orgId: string;
  regionCode: string;
}

/** A hardship case, owned by the services subgraph (an appeal may be handled through one). */
export interface HardshipCaseFact {
  id: string;
  status: string;
  memberId: string;
  orgId: string;
  regionCode: string;
}

/** A region of the GB/T 2260 directory, owned by the organizations subgraph (public reference data). */
export interface RegionFact {
  code: string;
  level: string;
}

export interface Facts {
  /** The organization, or null when its owner does not know it. */
  organization(id: string): Promise<OrganizationFact | null>;
  /** Each member in order, or null for one the members subgraph does not know. */
  members(ids: readonly string[]): Promise<(MemberFact | null)[]>;
  /** The service request, or null when the services subgraph does not know it. */
  serviceRequest(id: string): Promise<ServiceRequestFact | null>;
  /** The hardship case, or null when the services subgraph does not know it. */
  hardshipCase(id: string): Promise<HardshipCaseFact | null>;
  /** The region, or null when the organizations subgraph's directory has no such code. */
  region(code: string): Promise<RegionFact | null>;
}
