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
import { employerScope } from './employer-scope';
import { toEmployer, type Employer, type NewEmployer, type Ownership } from './employer.table';

export interface EmployerFilter {
  regionPrefix?: string | null;
  industryCode?: string | null;
  ownership?: Ownership | null;
  nameContains?: string | null;
}

export async function findEmployersByIds(
  db: Kysely<Database>,
  ids: readonly string[],
  scope: Scope,
): Promise<Employer[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('employers')
    .selectAll()
    .where('id', 'in', [...ids])
    .where(employerScope(scope))
    .execute();
  return rows.map(toEmployer);
}

/** One employer by id, unscoped: a link check judges it against the caller afterwards (docs/architecture.md §3.6). */
export async function findEmployerForLink(db: Kysely<Database>, id: string): Promise<Employer | null> {
  const row = await db.selectFrom('employers').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toEmployer(row) : null;
}

export async function findEmployerByCreditCode(
  db: Kysely<Database>,
  creditCode: string,
  scope: Scope,
): Promise<Employer | null> {
  const row = await db
    .selectFrom('employers')
    .selectAll()
    .where('credit_code', '=', creditCode)
    .where(employerScope(scope))
    .executeTakeFirst();
  return row ? toEmployer(row) : null;
}

export async function employerExistsWithCreditCode(
  db: Kysely<Database>,
  creditCode: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('employers')
    .select('id')
    .where('credit_code', '=', creditCode)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertEmployer(db: Kysely<Database>, row: NewEmployer): Promise<void> {
  await db.insertInto('employers').values(row).execute();
}

export function pageEmployers(
  db: Kysely<Database>,
  options: { scope: Scope; filter?: EmployerFilter | null; args: PageArgs },
): Promise<Connection<Employer>> {
  const filtered = () => {
    let q = db.selectFrom('employers').where(employerScope(options.scope));
    const f = options.filter ?? {};
    if (f.regionPrefix) {
      const prefix = f.regionPrefix;
      q = q.where((eb) => likePrefix(eb, 'employers.region_code', prefix));
    }
    if (f.industryCode) q = q.where('industry_code', '=', f.industryCode);
    if (f.ownership) q = q.where('ownership', '=', f.ownership);
    if (f.nameContains) {
      const text = f.nameContains;
      q = q.where((eb) => likeContains(eb, 'employers.name', text));
    }
    return q;
  };
  return paginateById(filtered, options.args, toEmployer);
}
