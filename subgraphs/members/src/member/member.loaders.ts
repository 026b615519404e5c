import { existingIds, scopedLoader, type Scope } from '@union/kit';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { findMembersByIds } from './member.repository';
import { createOrganizationMembersLoader } from './organization-members.loader';

/** The member feature's DataLoaders, built per request (context.ts spreads them into `loaders`). */
export function createMemberLoaders(db: Kysely<Database>, scope: Scope) {
  return {
    member: scopedLoader({
      fetchInScope: (ids) => findMembersByIds(db, ids, scope),
      keyOf: (m) => m.id,
      existing: (ids) => existingIds(db, 'members', ids),
    }),
    organizationMembers: createOrganizationMembersLoader(db, scope),
  };
}
