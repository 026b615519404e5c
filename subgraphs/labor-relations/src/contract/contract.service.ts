import {
  assertLinked,
  badUserInput,
  conflict,
  inTransaction,
  newId,
  notFound,
  parseInput,
  toDbTimestamp,
  isUniqueViolation,
  assertStaffMayWrite,
} from '@union/kit';
import type { Kysely } from 'kysely';
import { WRITE_DENIED } from '../access/write-denied';
import type { Context } from '../context';
import type { Database } from '../db/database';
import { requireActiveOrganization } from '../facts/require-organization';
import { withContractCounters } from '../stats/labor-counters';
import { CONTRACT_WORKFLOW, type ContractStatus, type StoredContractStatus } from './contract-status';
import {
  contractMoveInput,
  createContractInput,
  fileContractInput,
  recordRoundInput,
  signContractInput,
  terminateContractInput,
} from './contract.inputs';
import { findContractsByIds } from './contract.repository';
import {
  toRound,
  type CollectiveContract,
  type NewContractRound,
  type CollectiveContractUpdate,
  type NewCollectiveContract,
  type NegotiationRound,
} from './contract.table';

const ALL = { kind: 'ALL' } as const;
/** Who signs a contract covering many employers: a local or community federation, or an industry union. */
const SIGNATORY_KINDS: Record<'REGIONAL' | 'INDUSTRY', readonly string[]> = {
  REGIONAL: ['FEDERATION', 'COMMUNITY_FEDERATION'],
  INDUSTRY: ['INDUSTRY_UNION', 'FEDERATION'],
};
/** A collective contract runs for one to three years (Labor Contract Law / 集体合同规定 art. 38). */
const MAX_TERM_DAYS = 3 * 366;

async function loadForWrite(ctx: Context, id: string, field: string): Promise<CollectiveContract> {
  const [contract] = await findContractsByIds(ctx.db, [id], ALL, ctx.today);
  if (!contract) throw notFound('CollectiveContract', field);
  return assertLinked(ctx.identity, contract, {
    field,
    entity: 'CollectiveContract',
    message: 'names a contract outside your jurisdiction',
  });
}

function assertVersion(contract: CollectiveContract, expected: number | null | undefined): void {
  if (expected != null && expected !== contract.version) {
    throw conflict('The contract was changed by someone else; reload it and try again', {
      field: 'input.expectedVersion',
    });
  }
}

/** Compare-and-set on (status, version): a concurrent move of the same contract gets CONFLICT. */
async function applyMove(
  db: Kysely<Database>,
  contract: CollectiveContract,
  to: StoredContractStatus,
  changes: CollectiveContractUpdate,
): Promise<void> {
  const result = await db
    .updateTable('collective_contracts')
    .set({ ...changes, status: to, version: contract.version + 1, updated_at: toDbTimestamp() })
    .where('id', '=', contract.id)
    .where('version', '=', contract.version)
    .where('status', '=', contract.storedStatus)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw conflict('The contract was changed concurrently; try again');
}

async function reread(ctx: Context, id: string): Promise<CollectiveContract> {
  const [contract] = await findContractsByIds(ctx.db, [id], ALL, ctx.today);
  return contract!;
}

async function move(
  ctx: Context,
  raw: { id: string; expectedVersion?: number | null },
  to: ContractStatus & StoredContractStatus,
  changes: (contract: CollectiveContract) => CollectiveContractUpdate,
): Promise<CollectiveContract> {
  const contract = await loadForWrite(ctx, raw.id, 'input.id');
  CONTRACT_WORKFLOW.assert(contract.status, to);
  assertVersion(contract, raw.expectedVersion);
  await withContractCounters(ctx.db, contract.orgId, (trx) =>
    applyMove(trx, contract, to, changes(contract)),
  );
  return reread(ctx, contract.id);
}

export async function createContract(ctx: Context, raw: unknown): Promise<CollectiveContract> {
  const input = parseInput(createContractInput, raw);
  const org = await requireActiveOrganization(ctx, input.organizationId, 'input.organizationId');
  assertStaffMayWrite(ctx.identity, { regionCode: org.regionCode, orgId: org.id }, WRITE_DENIED);
  const coverage = input.coverage ?? 'ENTERPRISE';
  if (coverage === 'ENTERPRISE' && !org.employerId) {
    throw badUserInput(
      'input.coverage',
      'input.coverage: an enterprise contract needs a grassroots union with an employer',
    );
  }
  if (coverage !== 'ENTERPRISE' && !SIGNATORY_KINDS[coverage].includes(org.kind)) {
    throw badUserInput(
      'input.organizationId',
      `input.organizationId: a ${coverage} contract is signed by a ${SIGNATORY_KINDS[coverage].join(' or ')}`,
    );
  }
  if (coverage === 'ENTERPRISE' && input.coveredOrganizations != null && input.coveredOrganizations !== 1) {
    throw badUserInput(
      'input.coveredOrganizations',
      'input.coveredOrganizations: an enterprise contract covers one',
    );
  }
  const now = toDbTimestamp();
  const row: NewCollectiveContract = {
    id: newId(),
    org_id: org.id,
    region_code: org.regionCode,
    employer_id: coverage === 'ENTERPRISE' ? org.employerId : null,
    coverage,
    covered_organizations: coverage === 'ENTERPRISE' ? 1 : (input.coveredOrganizations ?? 1),
    kind: input.kind,
    title: input.title,
    status: 'DRAFT',
    signed_on: null,
    filed_on: null,
    effective_from: null,
    effective_to: null,
    covered_employees: input.coveredEmployees ?? 0,
    wage_increase_bp: input.wageIncreaseBasisPoints ?? null,
    terminated_on: null,
    termination_reason: null,
    version: 1,
    created_at: now,
    updated_at: now,
  };
  await withContractCounters(ctx.db, row.org_id, (trx) =>
    trx.insertInto('collective_contracts').values(row).execute(),
  );
  return reread(ctx, row.id);
}

export function startNegotiation(ctx: Context, raw: unknown): Promise<CollectiveContract> {
  const input = parseInput(contractMoveInput, raw);
  return move(ctx, input, 'NEGOTIATING', () => ({}));
}

/** A round of collective bargaining (集体协商), numbered 1, 2, … per contract; only while NEGOTIATING. */
export async function recordRound(
  ctx: Context,
  raw: unknown,
): Promise<{ contract: CollectiveContract; round: NegotiationRound }> {
  const input = parseInput(recordRoundInput, raw);
  const contract = await loadForWrite(ctx, input.contractId, 'input.contractId');
  if (contract.status !== 'NEGOTIATING') {
    throw conflict(`Negotiation rounds are recorded while NEGOTIATING; the contract is ${contract.status}`, {
      field: 'input.contractId',
    });
  }
  if (input.heldOn > ctx.today) throw badUserInput('input.heldOn', 'input.heldOn: must not be in the future');
  const round = await inTransaction(ctx.db, async (trx) => {
    const last = await trx
      .selectFrom('contract_rounds')
      .select((eb) => eb.fn.max('round_number').as('n'))
      .where('contract_id', '=', contract.id)
      .executeTakeFirst();
    const row: NewContractRound = {
      id: newId(),
      contract_id: contract.id,
      org_id: contract.orgId,
      region_code: contract.regionCode,
      round_number: Number(last?.n ?? 0) + 1,
      held_on: input.heldOn,
      summary: input.summary,
      created_at: toDbTimestamp(),
    };
    try {
      await trx.insertInto('contract_rounds').values(row).execute();
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('Another round was recorded at the same time; try again');
      throw error;
    }
    return toRound(row);
  });
  return { contract, round };
}

export function signContract(ctx: Context, raw: unknown): Promise<CollectiveContract> {
  const input = parseInput(signContractInput, raw);
  if (input.effectiveTo <= input.effectiveFrom) {
    throw badUserInput('input.effectiveTo', 'input.effectiveTo: must be after effectiveFrom');
  }
  const term = (Date.parse(input.effectiveTo) - Date.parse(input.effectiveFrom)) / 86_400_000;
  if (term > MAX_TERM_DAYS)
    throw badUserInput('input.effectiveTo', 'input.effectiveTo: a term is at most three years');
  if (input.signedOn > ctx.today)
    throw badUserInput('input.signedOn', 'input.signedOn: must not be in the future');
  return move(ctx, input, 'SIGNED', (contract) => {
    const bp = input.wageIncreaseBasisPoints ?? contract.wageIncreaseBasisPoints;
    if (contract.kind === 'WAGE_SPECIAL' && bp == null) {
      throw badUserInput(
        'input.wageIncreaseBasisPoints',
        'input.wageIncreaseBasisPoints: required for a wage agreement',
      );
    }
    return {
      signed_on: input.signedOn,
      effective_from: input.effectiveFrom,
      effective_to: input.effectiveTo,
      covered_employees: input.coveredEmployees,
      wage_increase_bp: bp ?? null,
    };
  });
}

/** Filed (报备) with the human resources and social security department. */
export function fileContract(ctx: Context, raw: unknown): Promise<CollectiveContract> {
  const input = parseInput(fileContractInput, raw);
  return move(ctx, input, 'FILED', (contract) => {
    if (contract.signedOn && input.filedOn < contract.signedOn) {
      throw badUserInput('input.filedOn', 'input.filedOn: must not be before the contract was signed');
    }
    if (input.filedOn > ctx.today)
      throw badUserInput('input.filedOn', 'input.filedOn: must not be in the future');
    return { filed_on: input.filedOn };
  });
}

export function terminateContract(ctx: Context, raw: unknown): Promise<CollectiveContract> {
  const input = parseInput(terminateContractInput, raw);
  return move(ctx, input, 'TERMINATED', () => ({
    terminated_on: input.terminatedOn ?? ctx.today,
    termination_reason: input.reason,
  }));
}
