import {
  assertStaffMayWrite,
  badUserInput,
  conflict,
  forbidden,
  inTransaction,
  invalidStateTransition,
  newId,
  notFound,
  parseInput,
  stateMachine,
  toDbTimestamp,
} from '@union/kit';
import type { Kysely } from 'kysely';
import { coveredRegionLink, organizationLink } from '../access/link-checks';
import type { Context } from '../context';
import type { Database } from '../db/database';
import { createProgramInput, programIdInput, updateProgramInput } from './program.inputs';
import { findProgramsByIds } from './program.repository';
import {
  toProgram,
  type ProgramStatus,
  type ServiceProgram,
  type ServiceProgramRow,
  type ServiceProgramUpdate,
} from './program.table';

const ALL = { kind: 'ALL' } as const;

/** Reads one program for a write, unscoped: the write-access check decides, not visibility. */
export async function loadProgramForWrite(
  db: Kysely<Database>,
  id: string,
  field = 'input.id',
): Promise<ServiceProgram> {
  const [program] = await findProgramsByIds(db, [id], ALL);
  if (!program) throw notFound('ServiceProgram', field);
  return program;
}

function checkRanges(p: {
  minAge: number | null;
  maxAge: number | null;
  opensOn: string | null;
  closesOn: string | null;
}) {
  if (p.minAge !== null && p.maxAge !== null && p.minAge > p.maxAge)
    throw badUserInput('input.eligibility.maxAge', 'input.eligibility.maxAge: must not be below minAge');
  if (p.opensOn !== null && p.closesOn !== null && p.closesOn < p.opensOn)
    throw badUserInput('input.closesOn', 'input.closesOn: must not be before opensOn');
}

function checkCovered(covered: string, providerRegion: string) {
  if (!covered.startsWith(providerRegion))
    throw badUserInput('input.coveredRegion', "input.coveredRegion: must lie within the provider's region");
}

export async function createProgram(ctx: Context, raw: unknown): Promise<ServiceProgram> {
  const input = parseInput(createProgramInput, raw);
  const identity = ctx.identity;
  let orgId = input.organizationId ?? null;
  if (identity?.role === 'ORG_ADMIN') orgId ??= identity.org ?? null;
  if (!orgId) throw badUserInput('input.organizationId', 'input.organizationId: required');
  if (identity?.role !== 'ORG_ADMIN' && identity?.role !== 'FEDERATION_ADMIN') throw forbidden();
  const org = await organizationLink(ctx, orgId, 'input.organizationId');
  if (org.status !== 'ACTIVE')
    throw badUserInput('input.organizationId', 'input.organizationId: the organization is not active');
  if (input.coveredRegion) await coveredRegionLink(ctx, input.coveredRegion, org.regionCode);
  const covered = input.coveredRegion ?? org.regionCode;
  checkCovered(covered, org.regionCode);
  const e = input.eligibility ?? {};
  checkRanges({
    minAge: e.minAge ?? null,
    maxAge: e.maxAge ?? null,
    opensOn: input.opensOn ?? null,
    closesOn: input.closesOn ?? null,
  });
  const now = toDbTimestamp();
  const row: ServiceProgramRow = {
    id: newId(),
    name: input.name,
    description: input.description ?? null,
    category: input.category,
    mode: input.mode,
    org_id: org.id,
    region_code: org.regionCode,
    covered_region: covered,
    migrant_only: e.migrantOnly ? 1 : 0,
    hardship_only: e.openHardshipCaseOnly ? 1 : 0,
    min_age: e.minAge ?? null,
    max_age: e.maxAge ?? null,
    gender: e.gender ?? null,
    capacity: input.capacity ?? null,
    taken: 0,
    opens_on: input.opensOn ?? null,
    closes_on: input.closesOn ?? null,
    status: 'DRAFT',
    version: 1,
    created_at: now,
    updated_at: now,
  };
  // One statement, still in inTransaction: a cluster's write conflict is retried (docs/architecture.md §9).
  await inTransaction(ctx.db, (trx) => trx.insertInto('service_programs').values(row).execute());
  return toProgram(row);
}

export async function updateProgram(ctx: Context, raw: unknown): Promise<ServiceProgram> {
  const input = parseInput(updateProgramInput, raw);
  const program = await loadProgramForWrite(ctx.db, input.id);
  assertStaffMayWrite(ctx.identity, program);
  if (program.status === 'CLOSED') throw conflict('A CLOSED program can no longer be changed');
  const e = { ...program.eligibility, ...stripNullish(input.eligibility ?? {}) };
  const next = {
    opensOn: input.opensOn !== undefined ? input.opensOn : program.opensOn,
    closesOn: input.closesOn !== undefined ? input.closesOn : program.closesOn,
  };
  checkRanges({
    minAge: e.minAge,
    maxAge: e.maxAge,
    opensOn: next.opensOn ?? null,
    closesOn: next.closesOn ?? null,
  });
  if (input.coveredRegion) {
    await coveredRegionLink(ctx, input.coveredRegion, program.regionCode);
    checkCovered(input.coveredRegion, program.regionCode);
  }
  if (input.capacity != null && input.capacity < program.taken)
    throw badUserInput('input.capacity', 'input.capacity: below the places already taken');

  const changes: ServiceProgramUpdate = {
    migrant_only: e.migrantOnly ? 1 : 0,
    hardship_only: e.openHardshipCaseOnly ? 1 : 0,
    min_age: e.minAge,
    max_age: e.maxAge,
    gender: e.gender,
    opens_on: next.opensOn ?? null,
    closes_on: next.closesOn ?? null,
  };
  if (input.name) changes.name = input.name;
  if (input.description !== undefined) changes.description = input.description ?? null;
  if (input.coveredRegion) changes.covered_region = input.coveredRegion;
  const result = await inTransaction(ctx.db, (trx) =>
    trx
      .updateTable('service_programs')
      .set({ ...changes, version: input.expectedVersion + 1, updated_at: toDbTimestamp() })
      .where('id', '=', program.id)
      .where('version', '=', input.expectedVersion)
      // Capacity may only shrink to what is taken at the moment of writing (atomic with intake).
      .$if(input.capacity != null, (q) =>
        q.set({ capacity: input.capacity! }).where('taken', '<=', input.capacity!),
      )
      .executeTakeFirst(),
  );
  if (Number(result.numUpdatedRows) !== 1) {
    throw conflict('Program was changed by someone else; reload it and try again', {
      field: 'input.expectedVersion',
    });
  }
  return loadProgramForWrite(ctx.db, program.id);
}

function stripNullish<T extends Record<string, unknown>>(value: T): Partial<T> {
  // Only fields given explicitly change; `null` clears an optional rule (min/max age, gender).
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The program state machine: DRAFT → OPEN → CLOSED, or DRAFT → CLOSED. */
const PROGRAM_WORKFLOW = stateMachine<ProgramStatus>('ServiceProgram', {
  DRAFT: ['OPEN', 'CLOSED'],
  OPEN: ['CLOSED'],
  CLOSED: [],
});

/** DRAFT → OPEN: the program starts taking requests. */
export function openProgram(ctx: Context, raw: unknown): Promise<ServiceProgram> {
  return moveProgram(ctx, raw, 'OPEN');
}

/** DRAFT or OPEN → CLOSED (final). */
export function closeProgram(ctx: Context, raw: unknown): Promise<ServiceProgram> {
  return moveProgram(ctx, raw, 'CLOSED');
}

async function moveProgram(ctx: Context, raw: unknown, to: ProgramStatus): Promise<ServiceProgram> {
  const input = parseInput(programIdInput, raw);
  const program = await loadProgramForWrite(ctx.db, input.id);
  assertStaffMayWrite(ctx.identity, program);
  PROGRAM_WORKFLOW.assert(program.status, to);
  const result = await inTransaction(ctx.db, (trx) =>
    trx
      .updateTable('service_programs')
      .set({ status: to, version: program.version + 1, updated_at: toDbTimestamp() })
      .where('id', '=', program.id)
      .where('status', '=', program.status)
      .executeTakeFirst(),
  );
  if (Number(result.numUpdatedRows) !== 1) {
    const now = await loadProgramForWrite(ctx.db, program.id);
    throw invalidStateTransition('ServiceProgram', now.status, to);
  }
  return loadProgramForWrite(ctx.db, program.id);
}
