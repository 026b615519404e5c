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
  todayIso,
  toDbTimestamp,
} from '@union/kit';
import type { Kysely } from 'kysely';
import type { Context } from '../context';
import type { Database } from '../db/database';
import { employerLink, organizationLink, regionLink } from '../access/link-checks';
import { ALLOWED_PARENT_KINDS, levelFor } from './organization-rules';
import { recordOrganizationEvent } from './organization-events.repository';
import {
  createOrganizationInput,
  dissolveOrganizationInput,
  updateOrganizationInput,
} from './organization.inputs';
import { findOrganizationsByIds } from './organization.repository';
import {
  toOrganization,
  type Organization,
  type OrganizationRow,
  type OrganizationUpdate,
} from './organization.table';
import { addDeltas, adjustCounts, homeDelta } from '../stats/organization-counts.repository';
import { removeWorkerHome } from '../worker-home/worker-home.repository';

const ALL = { kind: 'ALL' } as const;

/** Reads one organization for a write, unscoped: the write-access check decides, not visibility. */
export async function loadForWrite(db: Kysely<Database>, id: string, field: string): Promise<Organization> {
  const [org] = await findOrganizationsByIds(db, [id], ALL);
  if (!org) throw notFound('Organization', field);
  return org;
}

export async function createOrganization(ctx: Context, raw: unknown): Promise<Organization> {
  const input = parseInput(createOrganizationInput, raw);
  const region = await regionLink(ctx, input.regionCode, 'input.regionCode');

  let parent: Organization | null = null;
  if (input.parentId) {
    parent = await organizationLink(ctx, input.parentId, 'input.parentId');
  } else if (input.kind !== 'FEDERATION' || region.level !== 'PROVINCE') {
    throw badUserInput(
      'input.parentId',
      'input.parentId: required for every organization but a provincial federation',
    );
  }

  if (ctx.identity?.role === 'ORG_ADMIN') {
    // An organization's own administrator may found branches under it, nothing else.
    if (!parent || parent.id !== ctx.identity.org || input.kind !== 'BRANCH') throw forbidden();
  } else {
    assertStaffMayWrite(ctx.identity, { regionCode: region.code });
  }

  if (parent) {
    if (parent.status !== 'ACTIVE') throw conflict(`The parent organization is ${parent.status}`);
    if (!ALLOWED_PARENT_KINDS[input.kind].includes(parent.kind)) {
      throw badUserInput('input.kind', `input.kind: a ${input.kind} cannot sit under a ${parent.kind}`);
    }
    if (!region.code.startsWith(parent.regionCode)) {
      throw badUserInput('input.regionCode', "input.regionCode: must lie within the parent's region");
    }
    if (input.kind === 'FEDERATION' && region.code === parent.regionCode) {
      throw badUserInput(
        'input.regionCode',
        'input.regionCode: a federation serves a smaller region than its parent',
      );
    }
  }
  if (input.employerId) await employerLink(ctx, input.employerId, 'input.employerId');

  const id = newId();
  const now = toDbTimestamp();
  const row: OrganizationRow = {
    id,
    name: input.name,
    kind: input.kind,
    level: levelFor(input.kind, region.level),
    region_code: region.code,
    parent_id: parent?.id ?? null,
    path: `${parent?.path ?? '/'}${id}/`,
    employer_id: input.employerId ?? null,
    status: 'ACTIVE',
    successor_id: null,
    established_on: input.establishedOn ?? null,
    dissolved_on: null,
    chairperson: input.chairperson ?? null,
    version: 1,
    created_at: now,
    updated_at: now,
  };
  await inTransaction(ctx.db, async (trx) => {
    let sameName = trx
      .selectFrom('organizations')
      .select('id')
      .where('name', '=', input.name)
      .where('status', '=', 'ACTIVE');
    sameName = parent ? sameName.where('parent_id', '=', parent.id) : sameName.where('parent_id', 'is', null);
    if (await sameName.executeTakeFirst()) {
      throw conflict('An active organization with this name already exists under the same parent', {
        field: 'input.name',
      });
    }
    await trx.insertInto('organizations').values(row).execute();
    await adjustCounts(trx, { regionCode: region.code, kind: input.kind }, { active: 1 });
    await recordOrganizationEvent(trx, ctx, { id, regionCode: region.code }, 'CREATED', { kind: input.kind });
  });
  return toOrganization(row);
}

export async function updateOrganization(ctx: Context, raw: unknown): Promise<Organization> {
  const input = parseInput(updateOrganizationInput, raw);
  const org = await loadForWrite(ctx.db, input.id, 'input.id');
  assertStaffMayWrite(ctx.identity, { regionCode: org.regionCode, orgId: org.id });
  if (org.status !== 'ACTIVE') throw conflict(`Organization is ${org.status} and can no longer be edited`);
  if (input.employerId) await employerLink(ctx, input.employerId, 'input.employerId');

  const changes: OrganizationUpdate = {};
  if (input.name != null) changes.name = input.name;
  if (input.chairperson !== undefined) changes.chairperson = input.chairperson;
  if (input.establishedOn !== undefined) changes.established_on = input.establishedOn;
  if (input.employerId !== undefined) changes.employer_id = input.employerId;

  await inTransaction(ctx.db, async (trx) => {
    const result = await trx
      .updateTable('organizations')
      .set({ ...changes, version: input.expectedVersion + 1, updated_at: toDbTimestamp() })
      .where('id', '=', org.id)
      .where('version', '=', input.expectedVersion)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) {
      throw conflict('Organization was changed by someone else; reload it and try again', {
        field: 'input.expectedVersion',
      });
    }
    await recordOrganizationEvent(trx, ctx, org, 'UPDATED', { fields: Object.keys(changes) });
  });
  return loadForWrite(ctx.db, org.id, 'input.id');
}

export async function dissolveOrganization(ctx: Context, raw: unknown): Promise<Organization> {
  const input = parseInput(dissolveOrganizationInput, raw);
  const org = await loadForWrite(ctx.db, input.id, 'input.id');
  assertStaffMayWrite(ctx.identity, { regionCode: org.regionCode, orgId: org.id });
  if (org.status !== 'ACTIVE') throw invalidStateTransition('Organization', org.status, 'DISSOLVED');

  await inTransaction(ctx.db, async (trx) => {
    const active = await trx
      .selectFrom('organizations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('parent_id', '=', org.id)
      .where('status', '=', 'ACTIVE')
      .executeTakeFirstOrThrow();
    if (Number(active.n) > 0) {
      throw conflict(
        `Organization still has ${Number(active.n)} active child organizations; dissolve or merge them first`,
      );
    }
    if (input.expectedVersion != null && input.expectedVersion !== org.version) {
      throw conflict('Organization was changed by someone else; reload it and try again', {
        field: 'input.expectedVersion',
      });
    }
    const result = await trx
      .updateTable('organizations')
      .set({
        status: 'DISSOLVED',
        dissolved_on: input.dissolvedOn ?? todayIso(),
        version: org.version + 1,
        updated_at: toDbTimestamp(),
      })
      .where('id', '=', org.id)
      .where('version', '=', org.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1)
      throw conflict('Organization was changed concurrently; try again');
    const home = await removeWorkerHome(trx, org.id);
    await adjustCounts(trx, org, addDeltas({ active: -1 }, homeDelta(home, -1)));
    await recordOrganizationEvent(trx, ctx, org, 'DISSOLVED', { reason: input.reason });
  });
  return loadForWrite(ctx.db, org.id, 'input.id');
}
