import { scopePredicate, type Scope } from '@union/kit';
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';

/*
 * Programs are an offer, not personal data: staff see their jurisdiction's programs (provider
 * organization and region); a MEMBER sees every program that is not a DRAFT (docs/architecture.md §3.4).
 */
export function programScope(scope: Scope) {
  if (scope.kind === 'MEMBER')
    return (eb: ExpressionBuilder<any, any>): Expression<SqlBool> =>
      eb('service_programs.status', '!=', 'DRAFT');
  if (scope.kind === 'NONE') return () => sql<SqlBool>`1 = 0`;
  return scopePredicate(scope, { region: 'service_programs.region_code', org: 'service_programs.org_id' });
}
