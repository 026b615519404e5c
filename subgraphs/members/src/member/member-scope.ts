import { scopePredicate, type Scope } from '@union/kit';

/** Region admins see their prefix, an ORG_ADMIN its organization, a MEMBER itself (docs/architecture.md §3.4). */
export function memberScope(scope: Scope, table = 'members') {
  return scopePredicate(scope, {
    region: `${table}.region_code`,
    org: `${table}.org_id`,
    member: `${table}.id`,
  });
}
