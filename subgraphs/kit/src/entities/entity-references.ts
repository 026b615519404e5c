/*
 * Entities owned by another subgraph as a subgraph that extends them holds them: the reference the
 * gateway hands over, its key and nothing else (docs/architecture.md §3.5); the owner answers the rest.
 * They are the parent values of the fields a subgraph adds to them, and what its resolvers return
 * for a reference, so generated resolver types map Member, Organization and Region to these
 * (resolver-types.json: "@union/kit#OrganizationReference").
 */

/** A Member: its key. */
export interface MemberReference {
  __typename?: 'Member';
  id: string;
}

/** An Organization: its key. */
export interface OrganizationReference {
  __typename?: 'Organization';
  id: string;
}

/** A Region: its code. */
export interface RegionReference {
  __typename?: 'Region';
  code: string;
}

export function memberReference(id: string): MemberReference {
  return { __typename: 'Member', id };
}

export function organizationReference(id: string): OrganizationReference {
  return { __typename: 'Organization', id };
}

export function regionReference(code: string): RegionReference {
  return { __typename: 'Region', code };
}
