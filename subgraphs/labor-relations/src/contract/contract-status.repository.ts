import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { ContractStatus } from './contract-status';

/*
 * The contract workflow's effective status (contract-status.ts) as SQL predicates, so filters and
 * counts agree with what a read shows: EXPIRED is read off effective_to, never stored.
 */

/** The effective status as a SQL predicate over `table`'s status and effective_to. */
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
