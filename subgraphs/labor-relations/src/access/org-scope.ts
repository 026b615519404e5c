import { scopePredicate, type Scope } from '@union/kit';

/*
 * Rows about an organization as a whole (contracts, congresses, the labor-relations summary):
 * staff by region or organization; a MEMBER reads its own organization's, because collective
 * contracts and workers' congress results are disclosed to the workforce (厂务公开).
 */
export function orgWideScope(scope: Scope): Scope {
  if (scope.kind !== 'MEMBER') return scope;
  return scope.orgId ? { kind: 'ORG', orgId: scope.orgId } : { kind: 'NONE' };
}

export function orgWidePredicate(scope: Scope, table: string) {
  return scopePredicate(orgWideScope(scope), { region: `${table}.region_code`, org: `${table}.org_id` });
}

/** Risk screening is internal to the unions: staff only, never a MEMBER. */
export function staffPredicate(scope: Scope, table: string) {
  return scopePredicate(scope, { region: `${table}.region_code`, org: `${table}.org_id` });
}
