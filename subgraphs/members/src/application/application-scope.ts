import { scopePredicate, type Scope } from '@union/kit';

/** Applications belong to their organization; a MEMBER token sees none. */
export function applicationScope(scope: Scope, table = 'membership_applications') {
  return scopePredicate(scope, { region: `${table}.region_code`, org: `${table}.org_id` });
}
