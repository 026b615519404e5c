import { likePrefix, type Scope } from '@union/kit';
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';

/*
 * Dispute details name people, so a MEMBER sees only the disputes in which it is a claimant
 * (a semi-join on dispute_claimants' (member_id, dispute_id) index); staff see their scope.
 */
export function disputeScope(scope: Scope, table = 'labor_disputes') {
  return (eb: ExpressionBuilder<any, any>): Expression<SqlBool> => {
    switch (scope.kind) {
      case 'ALL':
        return sql<SqlBool>`1 = 1`;
      case 'REGION':
        return likePrefix(eb, `${table}.region_code`, scope.prefix);
      case 'ORG':
        return eb(eb.ref(`${table}.org_id`), '=', scope.orgId);
      case 'MEMBER':
        return eb(
          eb.ref(`${table}.id`),
          'in',
          eb
            .selectFrom('dispute_claimants')
            .select('dispute_claimants.dispute_id')
            .where('dispute_claimants.member_id', '=', scope.memberId),
        );
      case 'NONE':
        return sql<SqlBool>`1 = 0`;
    }
  };
}
