import { likePrefix, staffMayWrite, type Identity, type Scope } from '@union/kit';
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { WorkerAppeal } from './appeal.table';

/*
 * Who reads an appeal (docs/architecture.md §3.4), as one indexed predicate:
 * - FEDERATION_ADMIN / AUDITOR of R: appeals whose region lies in R. The handler's region is kept
 *   a prefix of the appeal's region (intake at the city line, dispatch down, escalation up), so a
 *   jurisdiction covering the handler covers the appeal;
 * - ORG_ADMIN of O: appeals O currently handles;
 * - MEMBER m: its own appeals only.
 */
export function appealScope(scope: Scope, table = 'worker_appeals') {
  return (eb: ExpressionBuilder<any, any>): Expression<SqlBool> => {
    switch (scope.kind) {
      case 'ALL':
        return sql<SqlBool>`1 = 1`;
      case 'REGION':
        return likePrefix(eb, `${table}.region_code`, scope.prefix);
      case 'ORG':
        return eb(eb.ref(`${table}.handler_org_id`), '=', scope.orgId);
      case 'MEMBER':
        return eb(eb.ref(`${table}.member_id`), '=', scope.memberId);
      case 'NONE':
        return sql<SqlBool>`1 = 0`;
    }
  };
}

/** The same rule in JS, for a row already read. */
export function appealInScope(
  scope: Scope,
  a: Pick<WorkerAppeal, 'regionCode' | 'handlerOrgId' | 'memberId'>,
) {
  switch (scope.kind) {
    case 'ALL':
      return true;
    case 'REGION':
      return a.regionCode.startsWith(scope.prefix);
    case 'ORG':
      return a.handlerOrgId === scope.orgId;
    case 'MEMBER':
      return a.memberId === scope.memberId;
    case 'NONE':
      return false;
  }
}

/**
 * Who may work on an appeal: staff who could write for its current handler — a FEDERATION_ADMIN
 * whose region covers the handler's region, or the ORG_ADMIN of the handling organization.
 */
export function mayHandle(
  identity: Identity | null,
  a: Pick<WorkerAppeal, 'handlerRegionCode' | 'handlerOrgId'>,
) {
  return staffMayWrite(identity, { regionCode: a.handlerRegionCode, orgId: a.handlerOrgId });
}

export function isStaff(identity: Identity | null): boolean {
  return (
    identity?.role === 'FEDERATION_ADMIN' || identity?.role === 'ORG_ADMIN' || identity?.role === 'AUDITOR'
  );
}
