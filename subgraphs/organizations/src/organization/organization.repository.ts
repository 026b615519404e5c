import {
  likeContains,
  likePrefix,
  paginateById,
  type Connection,
  type PageArgs,
  type Scope,
} from '@union/kit';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { organizationScope } from './organization-scope';
import {
  toOrganization,
  type Organization,
  type OrganizationKind,
  type OrganizationLevel,
  type OrganizationStatus,
} from './organization.table';

export interface OrganizationFilter {
  regionPrefix?: string | null;
  kind?: OrganizationKind | null;
  level?: OrganizationLevel | null;
  status?: OrganizationStatus | null;
  nameContains?: string | null;
}

export async function findOrganizationsByIds(
  db: Kysely<Database>,
  ids: readonly string[],
  scope: Scope,
): Promise<Organization[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('organizations')
    .selectAll()
    .where('id', 'in', [...ids])
    .where(organizationScope(scope))
    .execute();
  return rows.map(toOrganization);
}

export async function findChildOrganizations(
  db: Kysely<Database>,
  parentIds: readonly string[],
  scope: Scope,
): Promise<Organization[]> {
  if (parentIds.length === 0) return [];
  const rows = await db
    .selectFrom('organizations')
    .selectAll()
    .where('parent_id', 'in', [...parentIds])
    .where(organizationScope(scope))
    .orderBy('id')
    .execute();
  return rows.map(toOrganization);
}

/** A page of organizations in scope, optionally only those below `underPath` (descendants). */
export function pageOrganizations(
  db: Kysely<Database>,
  options: { scope: Scope; filter?: OrganizationFilter | null; underPath?: string; args: PageArgs },
): Promise<Connection<Organization>> {
  const filtered = () => {
    let q = db.selectFrom('organizations').where(organizationScope(options.scope));
    const f = options.filter ?? {};
    if (options.underPath) {
      const under = options.underPath;
      q = q.where((eb) => likePrefix(eb, 'organizations.path', under)).where('path', '!=', under);
    }
    if (f.regionPrefix) {
      const prefix = f.regionPrefix;
      q = q.where((eb) => likePrefix(eb, 'organizations.region_code', prefix));
    }
    if (f.kind) q = q.where('kind', '=', f.kind);
    if (f.level) q = q.where('level', '=', f.level);
    if (f.status) q = q.where('status', '=', f.status);
    if (f.nameContains) {
      const text = f.nameContains;
      q = q.where((eb) => likeContains(eb, 'organizations.name', text));
    }
    return q;
  };
  return paginateById(filtered, options.args, toOrganization);
}
