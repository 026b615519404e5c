import type { Scope } from '@union/kit';
import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import { memberRowScope } from '../access/member-row-scope';

/*
 * Requests are rows about a member, also visible to the staff of the organization that provides the
 * program (an ORG_ADMIN runs its own programs' intake even for members of other organizations).
 */
export function requestScope(scope: Scope) {
  if (scope.kind !== 'ORG') return memberRowScope(scope, 'service_requests');
  return (eb: ExpressionBuilder<any, any>): Expression<SqlBool> =>
    eb.or([
      eb('service_requests.org_id', '=', scope.orgId),
      eb('service_requests.provider_org_id', '=', scope.orgId),
    ]);
}
