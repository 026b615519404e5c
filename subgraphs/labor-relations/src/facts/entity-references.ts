/*
 * Entities owned by other subgraphs as labor relations' resolvers receive and return them: the
 * reference the gateway hands over (its key), never a row of ours (docs/architecture.md §3.5); each
 * field labor relations adds scopes its own rows. They are the mapped parent types of the generated
 * resolver types (resolver-types.json, docs/architecture.md §1.1), named as in services.
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

/** A Region: its key. */
export interface RegionReference {
  __typename?: 'Region';
  code: string;
}
