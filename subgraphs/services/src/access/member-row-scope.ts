import { scopePredicate, type Scope } from '@union/kit';

/*
 * Rows about a member (requests, participations, cases, grants): the member, its organization, its
 * region (docs/architecture.md §3.4). Every feature's own scope file starts from this one.
 */
export function memberRowScope(scope: Scope, table: string) {
  return scopePredicate(scope, {
    region: `${table}.region_code`,
    org: `${table}.org_id`,
    member: `${table}.member_id`,
  });
}
