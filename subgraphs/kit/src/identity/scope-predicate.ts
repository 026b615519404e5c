import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { likePrefix } from '../db/like';
import type { Scope } from './scope';

/** Column names (optionally table-qualified) a table uses for the scope check. */
export interface ScopeColumns {
  region: string;
  org?: string;
  member?: string;
}

/**
 * The scope as a kysely `where` predicate (docs/architecture.md §3.4): a local, indexed comparison.
 * A scope the table cannot express (e.g. MEMBER on a table with no member column) matches nothing.
 */
export function scopePredicate(scope: Scope, columns: ScopeColumns) {
  return (eb: ExpressionBuilder<any, any>): Expression<SqlBool> => {
    switch (scope.kind) {
      case 'ALL':
        return sql<SqlBool>`1 = 1`;
      case 'REGION':
        return likePrefix(eb, columns.region, scope.prefix);
      case 'ORG':
        return columns.org ? eb(eb.ref(columns.org), '=', scope.orgId) : sql<SqlBool>`1 = 0`;
      case 'MEMBER':
        return columns.member ? eb(eb.ref(columns.member), '=', scope.memberId) : sql<SqlBool>`1 = 0`;
      case 'NONE':
        return sql<SqlBool>`1 = 0`;
    }
  };
}
