import { scopePredicate, type Scope } from '@union/kit';
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';

/** Rows about a member (requests, participations, cases, grants): the member, its organization, its region. */
export function memberRowScope(scope: Scope, table: string) {
  return scopePredicate(scope, {
    region: `${table}.region_code`,
    org: `${table}.org_id`,
    member: `${table}.member_id`,
  });
}

/*
 * Requests are also visible to the staff of the organization that provides the program
 * (an ORG_ADMIN runs its own programs' intake even for members of other organizations).
 */
export function requestScope(scope: Scope) {
  if (scope.kind !== 'ORG') return memberRowScope(scope, 'service_requests');
  return (eb: ExpressionBuilder<any, any>): Expression<SqlBool> =>
    eb.or([
      eb('service_requests.org_id', '=', scope.orgId),
      eb('service_requests.provider_org_id', '=', scope.orgId),
    ]);
}

/*
 * Programs are an offer, not personal data: staff see their jurisdiction's programs (provider
 * organization and region); a MEMBER sees every program that is not a DRAFT.
 */
export function programScope(scope: Scope) {
  if (scope.kind === 'MEMBER')
    return (eb: ExpressionBuilder<any, any>): Expression<SqlBool> =>
      eb('service_programs.status', '!=', 'DRAFT');
  if (scope.kind === 'NONE') return () => sql<SqlBool>`1 = 0`;
  return scopePredicate(scope, { region: 'service_programs.region_code', org: 'service_programs.org_id' });
}
