import { scopePredicate, type Scope } from '@union/kit';

/*
 * For organization rows the organization is the row itself (org_id = id). A MEMBER token that
 * names its organization may read that one organization's directory entry (and its workers' home).
 */
export function directoryScope(scope: Scope): Scope {
  if (scope.kind !== 'MEMBER') return scope;
  return scope.orgId ? { kind: 'ORG', orgId: scope.orgId } : { kind: 'NONE' };
}

export function organizationScope(scope: Scope, table = 'organizations') {
  return scopePredicate(directoryScope(scope), { region: `${table}.region_code`, org: `${table}.id` });
}
