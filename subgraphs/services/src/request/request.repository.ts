import { likePrefix, paginateById, type Connection, type PageArgs, type Scope } from '@union/kit';
import type { Kysely } from 'kysely';
import { requestScope } from './request-scope';
import type { Database } from '../db/database';
import type { ServiceCategory } from '../program/program.table';
import { toRequest, type RequestStatus, type ServiceRequest } from './request.table';

export interface RequestFilter {
  status?: RequestStatus | null;
  programId?: string | null;
  memberId?: string | null;
  organizationId?: string | null;
  regionPrefix?: string | null;
  category?: ServiceCategory | null;
}

export async function findRequestsByIds(
  db: Kysely<Database>,
  ids: readonly string[],
  scope: Scope,
): Promise<ServiceRequest[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('service_requests')
    .selectAll()
    .where('id', 'in', [...ids])
    .where(requestScope(scope))
    .execute();
  return rows.map(toRequest);
}

/** Requests of many members in one statement (served by service_requests_member_idx). */
export async function findRequestsByMembers(
  db: Kysely<Database>,
  memberIds: readonly string[],
  scope: Scope,
): Promise<ServiceRequest[]> {
  if (memberIds.length === 0) return [];
  const rows = await db
    .selectFrom('service_requests')
    .selectAll()
    .where('member_id', 'in', [...memberIds])
    .where(requestScope(scope))
    .orderBy('id')
    .execute();
  return rows.map(toRequest);
}

export function pageRequests(
  db: Kysely<Database>,
  options: { scope: Scope; filter?: RequestFilter | null; args: PageArgs },
): Promise<Connection<ServiceRequest>> {
  const filtered = () => {
    let q = db.selectFrom('service_requests').where(requestScope(options.scope));
    const f = options.filter ?? {};
    if (f.status) q = q.where('status', '=', f.status);
    if (f.programId) q = q.where('program_id', '=', f.programId);
    if (f.memberId) q = q.where('member_id', '=', f.memberId);
    if (f.organizationId) q = q.where('org_id', '=', f.organizationId);
    if (f.category) q = q.where('category', '=', f.category);
    if (f.regionPrefix) {
      const prefix = f.regionPrefix;
      q = q.where((eb) => likePrefix(eb, 'service_requests.region_code', prefix));
    }
    return q;
  };
  return paginateById(filtered, options.args, toRequest);
}
