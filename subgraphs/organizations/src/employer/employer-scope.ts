import { scopePredicate, type Scope } from '@union/kit';
import { type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database } from '../db/database';
import { directoryScope } from '../organization/organization-scope';

/*
 * Employers carry a region; an ORG_ADMIN (or a MEMBER naming its organization) sees only the
 * employer its own organization is linked to.
 */
export function employerScope(scope: Scope) {
  return (eb: ExpressionBuilder<Database, 'employers'>): Expression<SqlBool> => {
    const effective = directoryScope(scope);
    if (effective.kind === 'ORG') {
      return eb(
        'employers.id',
        'in',
        eb
          .selectFrom('organizations')
          .select('organizations.employer_id')
          .where('organizations.id', '=', effective.orgId),
      );
    }
    return scopePredicate(effective, { region: 'employers.region_code' })(eb);
  };
}
