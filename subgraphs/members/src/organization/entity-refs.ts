/*
 * References to entities the organizations subgraph owns (docs/architecture.md §3.5): members adds
 * fields to Organization and Region but holds only their keys. These are the parent values of those
 * fields and what members' resolvers return for them; the gateway asks the owner for the rest.
 */

/** An Organization as members knows it: its key. */
export interface OrganizationRef {
  __typename?: 'Organization';
  id: string;
}

/** A Region as members knows it: its code. */
export interface RegionRef {
  __typename?: 'Region';
  code: string;
}

export function organizationRef(id: string): OrganizationRef {
  return { __typename: 'Organization', id };
}

export function regionRef(code: string): RegionRef {
  return { __typename: 'Region', code };
}
