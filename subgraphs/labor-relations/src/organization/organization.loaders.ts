import { forbidden, rowInScope, type Scope } from '@union/kit';
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import { orgWideScope } from '../access/org-scope';
import type { Database } from '../db/database';
import { laborSummaries, regionsOfOrgs, type LaborRelationsSummary } from './labor-summary.repository';

export function createOrganizationLoaders(db: Kysely<Database>, scope: Scope, asOf: string) {
  return {
    /*
     * An organization outside the caller's organization-wide scope answers FORBIDDEN: at once for
     * ORG/MEMBER scopes (the organization is known); for a region scope, organizations without a
     * figure in scope are looked up once more (one batched statement) and are FORBIDDEN when their
     * rows lie outside the region. An organization with no rows at all has an empty summary.
     */
    laborSummary: new DataLoader(
      async (orgIds: readonly string[]): Promise<(LaborRelationsSummary | Error)[]> => {
        const own = orgWideScope(scope);
        const visible = orgIds.filter((id) =>
          own.kind === 'ORG' ? own.orgId === id : own.kind === 'ALL' || own.kind === 'REGION',
        );
        const { summaries, seen } = await laborSummaries(db, visible, scope, asOf, { congress: false });
        const unseen = own.kind === 'REGION' ? visible.filter((id) => !seen.has(id)) : [];
        const regions = await regionsOfOrgs(db, unseen);
        return orgIds.map((id) => {
          const region = regions.get(id);
          if (!summaries.has(id) || (region !== undefined && !rowInScope(own, { regionCode: region })))
            return forbidden();
          return summaries.get(id)!;
        });
      },
    ),
  };
}
