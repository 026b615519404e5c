import {
  badUserInput,
  likePrefix,
  paginateByColumnAndId,
  paginateById,
  type Connection,
  type PageArgs,
  type Scope,
} from '@union/kit';
import { sql, type Kysely } from 'kysely';
import { orgWidePredicate } from '../access/org-scope';
import type { Database } from '../db/database';
import { addDays } from '../shared/dates';
import type { ContractStatus } from './contract-status';
import { contractStatusIs } from './contract-status.repository';
import {
  toContract,
  toRound,
  type CollectiveContract,
  type ContractKind,
  type NegotiationRound,
} from './contract.table';

export interface ContractFilter {
  regionPrefix?: string | null;
  organizationId?: string | null;
  status?: ContractStatus | null;
  kind?: ContractKind | null;
  /** In force and ending between today and today + N days. */
  expiringWithinDays?: number | null;
}

export async function findContractsByIds(
  db: Kysely<Database>,
  ids: readonly string[],
  scope: Scope,
  asOf: string,
): Promise<CollectiveContract[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('collective_contracts')
    .selectAll()
    .where('id', 'in', [...ids])
    .where(orgWidePredicate(scope, 'collective_contracts'))
    .execute();
  return rows.map((r) => toContract(r, asOf));
}

/** CREATED: oldest first (by id); EXPIRY: soonest end date first, contracts with an end date only. */
export type ContractOrder = 'CREATED' | 'EXPIRY';

/** Root list: served by (region_code, id), (org_id, id) or (region_code, effective_to) per filter. */
export function pageContracts(
  db: Kysely<Database>,
  options: {
    scope: Scope;
    filter?: ContractFilter | null;
    args: PageArgs;
    asOf: string;
    orderBy?: ContractOrder | null;
  },
): Promise<Connection<CollectiveContract>> {
  const f = options.filter ?? {};
  const days = f.expiringWithinDays;
  if (days != null && (!Number.isInteger(days) || days < 0 || days > 3660)) {
    throw badUserInput('filter.expiringWithinDays', 'filter.expiringWithinDays must be between 0 and 3660');
  }
  const filtered = () => {
    let q = db
      .selectFrom('collective_contracts')
      .where(orgWidePredicate(options.scope, 'collective_contracts'));
    if (f.regionPrefix) {
      const prefix = f.regionPrefix;
      q = q.where((eb) => likePrefix(eb, 'collective_contracts.region_code', prefix));
    }
    if (f.organizationId) q = q.where('org_id', '=', f.organizationId);
    if (f.kind) q = q.where('kind', '=', f.kind);
    if (f.status) {
      const status = f.status;
      q = q.where((eb) => contractStatusIs(eb, 'collective_contracts', status, options.asOf));
    }
    if (days != null) {
      q = q
        .where('status', 'in', ['SIGNED', 'FILED'])
        .where('effective_to', '>=', options.asOf)
        .where('effective_to', '<=', addDays(options.asOf, days));
    }
    return q;
  };
  const map = (row: any) => toContract(row, options.asOf);
  if (options.orderBy === 'EXPIRY') {
    // Soonest end first; contracts without an end date (DRAFT, NEGOTIATING) have no place in it.
    const dated = () => filtered().where('effective_to', 'is not', null);
    return paginateByColumnAndId(dated, { column: 'effective_to' }, options.args, map);
  }
  return paginateById(filtered, options.args, map);
}

/** The newest `limit` contracts of each organization, in one statement (window function). */
export async function findContractsByOrgIds(
  db: Kysely<Database>,
  orgIds: readonly string[],
  options: { scope: Scope; asOf: string; limit: number; status?: ContractStatus | null },
): Promise<CollectiveContract[]> {
  if (orgIds.length === 0 || options.limit === 0) return [];
  let inner = db
    .selectFrom('collective_contracts')
    .selectAll()
    .select(sql<number>`row_number() over (partition by org_id order by id desc)`.as('rn'))
    .where('org_id', 'in', [...orgIds])
    .where(orgWidePredicate(options.scope, 'collective_contracts'));
  if (options.status) {
    const status = options.status;
    inner = inner.where((eb) => contractStatusIs(eb, 'collective_contracts', status, options.asOf));
  }
  const rows = await db
    .selectFrom(inner.as('c'))
    .selectAll()
    .where('rn', '<=', options.limit)
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => toContract(r as any, options.asOf));
}

/** Rounds of contracts the caller already read in scope, oldest first. */
export async function findRoundsByContractIds(
  db: Kysely<Database>,
  contractIds: readonly string[],
): Promise<NegotiationRound[]> {
  if (contractIds.length === 0) return [];
  const rows = await db
    .selectFrom('contract_rounds')
    .selectAll()
    .where('contract_id', 'in', [...contractIds])
    .orderBy('contract_id')
    .orderBy('round_number')
    .execute();
  return rows.map(toRound);
}
