import { existingIds, groupBy, scopedLoader, type Scope } from '@union/kit';
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { loaderFamily } from '../shared/loader-family';
import type { ContractStatus } from './contract-status';
import { findContractsByIds, findContractsByOrgIds, findRoundsByContractIds } from './contract.repository';

export function createContractLoaders(db: Kysely<Database>, scope: Scope, asOf: string) {
  return {
    contract: scopedLoader({
      fetchInScope: (ids) => findContractsByIds(db, ids, scope, asOf),
      keyOf: (c) => c.id,
      existing: (ids) => existingIds(db, 'collective_contracts', ids),
    }),
    rounds: new DataLoader(async (contractIds: readonly string[]) =>
      groupBy(contractIds, await findRoundsByContractIds(db, contractIds), (r) => r.contractId),
    ),
    contractsOfOrg: loaderFamily(
      (args: { limit: number; status: ContractStatus | null }) =>
        new DataLoader(async (orgIds: readonly string[]) =>
          groupBy(orgIds, await findContractsByOrgIds(db, orgIds, { scope, asOf, ...args }), (c) => c.orgId),
        ),
    ),
  };
}
