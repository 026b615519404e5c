import { likePrefix, paginateById, type Connection, type PageArgs, type Scope } from '@union/kit';
import { sql, type Kysely } from 'kysely';
import { staffPredicate } from '../access/org-scope';
import type { Database } from '../db/database';
import type { RiskLevel } from '../shared/risk-level';
import { toAssessment, type RiskAssessment } from './risk.table';

export interface RiskFilter {
  regionPrefix?: string | null;
  organizationId?: string | null;
  riskLevel?: RiskLevel | null;
  /** Only each organization's latest period. */
  latestOnly?: boolean | null;
}

/** No later period exists for the same organization (served by the unique (org_id, period) index). */
export const isLatestAssessment = (table: string) =>
  sql<boolean>`not exists (select 1 from risk_assessments later where later.org_id = ${sql.ref(
    `${table}.org_id`,
  )} and later.period > ${sql.ref(`${table}.period`)})`;

export function pageAssessments(
  db: Kysely<Database>,
  options: { scope: Scope; filter?: RiskFilter | null; args: PageArgs },
): Promise<Connection<RiskAssessment>> {
  const f = options.filter ?? {};
  const filtered = () => {
    let q = db.selectFrom('risk_assessments').where(staffPredicate(options.scope, 'risk_assessments'));
    if (f.regionPrefix) {
      const prefix = f.regionPrefix;
      q = q.where((eb) => likePrefix(eb, 'risk_assessments.region_code', prefix));
    }
    if (f.organizationId) q = q.where('org_id', '=', f.organizationId);
    if (f.riskLevel) q = q.where('risk_level', '=', f.riskLevel);
    if (f.latestOnly) q = q.where(isLatestAssessment('risk_assessments'));
    return q;
  };
  return paginateById(filtered, options.args, toAssessment);
}

/** Each organization's assessments, latest period first, one statement. */
export async function findAssessmentsByOrgIds(
  db: Kysely<Database>,
  orgIds: readonly string[],
  options: { scope: Scope; limit: number },
): Promise<RiskAssessment[]> {
  if (orgIds.length === 0 || options.limit === 0) return [];
  const inner = db
    .selectFrom('risk_assessments')
    .selectAll()
    .select(sql<number>`row_number() over (partition by org_id order by period desc)`.as('rn'))
    .where('org_id', 'in', [...orgIds])
    .where(staffPredicate(options.scope, 'risk_assessments'));
  const rows = await db
    .selectFrom(inner.as('r'))
    .selectAll()
    .where('rn', '<=', options.limit)
    .orderBy('period', 'desc')
    .execute();
  return rows.map((r) => toAssessment(r as any));
}
