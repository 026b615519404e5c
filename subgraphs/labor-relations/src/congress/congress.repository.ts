import { likePrefix, paginateById, type Connection, type PageArgs, type Scope } from '@union/kit';
import { sql, type Kysely } from 'kysely';
import { orgWidePredicate } from '../access/org-scope';
import type { Database } from '../db/database';
import { toCongress, type WorkersCongress } from './congress.table';

export interface CongressFilter {
  regionPrefix?: string | null;
  organizationId?: string | null;
}

export function pageCongresses(
  db: Kysely<Database>,
  options: { scope: Scope; filter?: CongressFilter | null; args: PageArgs },
): Promise<Connection<WorkersCongress>> {
  const f = options.filter ?? {};
  const filtered = () => {
    let q = db.selectFrom('workers_congresses').where(orgWidePredicate(options.scope, 'workers_congresses'));
    if (f.regionPrefix) {
      const prefix = f.regionPrefix;
      q = q.where((eb) => likePrefix(eb, 'workers_congresses.region_code', prefix));
    }
    if (f.organizationId) q = q.where('org_id', '=', f.organizationId);
    return q;
  };
  return paginateById(filtered, options.args, toCongress);
}

/** The newest `limit` congresses of each organization by date held, one statement. */
export async function findCongressesByOrgIds(
  db: Kysely<Database>,
  orgIds: readonly string[],
  options: { scope: Scope; limit: number },
): Promise<WorkersCongress[]> {
  if (orgIds.length === 0 || options.limit === 0) return [];
  const inner = db
    .selectFrom('workers_congresses')
    .selectAll()
    .select(sql<number>`row_number() over (partition by org_id order by held_on desc, id desc)`.as('rn'))
    .where('org_id', 'in', [...orgIds])
    .where(orgWidePredicate(options.scope, 'workers_congresses'));
  const rows = await db
    .selectFrom(inner.as('w'))
    .selectAll()
    .where('rn', '<=', options.limit)
    .orderBy('held_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => toCongress(r as any));
}
