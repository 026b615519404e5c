import { stateMachine } from '@union/kit';
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';

/** What is stored; EXPIRED is never written, it is read off the date. */
export type StoredContractStatus = 'DRAFT' | 'NEGOTIATING' | 'SIGNED' | 'FILED' | 'TERMINATED';
export type ContractStatus = StoredContractStatus | 'EXPIRED';

/*
 * The contract workflow (集体协商 → 签订 → 报备), as an explicit table. EXPIRED comes by date
 * alone, without a job: a SIGNED or FILED contract whose effectiveTo lies before today reads (and
 * filters) as EXPIRED. A terminated or expired contract is final; renewal is a new contract.
 */
export const CONTRACT_WORKFLOW = stateMachine<ContractStatus>('CollectiveContract', {
  DRAFT: ['NEGOTIATING', 'TERMINATED'],
  NEGOTIATING: ['SIGNED', 'TERMINATED'],
  SIGNED: ['FILED', 'TERMINATED'],
  FILED: ['TERMINATED'],
  EXPIRED: [],
  TERMINATED: [],
});

/** The status as of `asOf` ('YYYY-MM-DD'). */
export function effectiveContractStatus(
  stored: StoredContractStatus,
  effectiveTo: string | null,
  asOf: string,
): ContractStatus {
  if ((stored === 'SIGNED' || stored === 'FILED') && effectiveTo !== null && effectiveTo < asOf)
    return 'EXPIRED';
  return stored;
}

/** The effective status as a SQL predicate, so filters and counts agree with what a read shows. */
export function contractStatusIs(
  eb: ExpressionBuilder<any, any>,
  table: string,
  status: ContractStatus,
  asOf: string,
) {
  const s = eb.ref(`${table}.status`);
  const to = eb.ref(`${table}.effective_to`);
  switch (status) {
    case 'EXPIRED':
      return sql<SqlBool>`(${s} in ('SIGNED', 'FILED') and ${to} < ${asOf})`;
    case 'SIGNED':
    case 'FILED':
      return sql<SqlBool>`(${s} = ${status} and (${to} is null or ${to} >= ${asOf}))`;
    default:
      return sql<SqlBool>`${s} = ${status}`;
  }
}

/** In force on `asOf`: signed or filed, started and not yet expired. */
export function contractInForce(
  eb: ExpressionBuilder<any, any>,
  table: string,
  asOf: string,
): Expression<SqlBool> {
  return sql<SqlBool>`(${eb.ref(`${table}.status`)} in ('SIGNED', 'FILED') and ${eb.ref(
    `${table}.effective_from`,
  )} <= ${asOf} and ${eb.ref(`${table}.effective_to`)} >= ${asOf})`;
}
