import {
  badUserInput,
  conflict,
  inTransaction,
  linkForbidden,
  isUniqueViolation,
  newId,
  parseInput,
  todayIso,
  toDbTimestamp,
} from '@union/kit';
import { caseLink, organizationLink } from '../access/link-checks';
import type { Context } from '../context';
import { addGrant, applyServiceCounters } from '../stats/service-counters';
import { toGrant, type AssistanceGrant, type AssistanceGrantRow } from './grant.table';
import { grantInput } from './hardship.inputs';

export interface GrantResult {
  grant: AssistanceGrant;
  /** True when this idempotency key had already paid: the earlier grant is returned, nothing is paid again. */
  replayed: boolean;
}

type GrantInput = ReturnType<typeof grantInput.parse>;

async function findByKey(ctx: Context, key: string): Promise<AssistanceGrant | null> {
  const row = await ctx.db
    .selectFrom('assistance_grants')
    .selectAll()
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
  return row ? toGrant(row) : null;
}

/** A retry must describe the same grant; a different grant under a used key is a client error. */
function replay(existing: AssistanceGrant, input: GrantInput): GrantResult {
  if (
    existing.caseId !== input.caseId ||
    existing.amountCents !== input.amountCents ||
    existing.kind !== input.kind
  )
    throw conflict('This idempotency key was already used for a different grant', {
      field: 'input.idempotencyKey',
    });
  return { grant: existing, replayed: true };
}

/**
 * Pays assistance on an open case. The idempotency key is a unique column: of any number of
 * concurrent or retried calls with the same key exactly one inserts, the others get that grant back.
 */
export async function grantAssistance(ctx: Context, raw: unknown): Promise<GrantResult> {
  const input = parseInput(grantInput, raw);
  const hardship = await caseLink(ctx, input.caseId, 'input.caseId');
  const earlier = await findByKey(ctx, input.idempotencyKey);
  if (earlier) return replay(earlier, input);
  if (hardship.status !== 'OPEN')
    throw conflict(`Assistance is paid on OPEN cases only (this one is ${hardship.status})`, {
      field: 'input.caseId',
    });

  const identity = ctx.identity!;
  const grantingId =
    input.grantingOrganizationId ?? (identity.role === 'ORG_ADMIN' ? identity.org : undefined);
  if (!grantingId)
    throw badUserInput('input.grantingOrganizationId', 'input.grantingOrganizationId: required');
  const granting = await organizationLink(ctx, grantingId, 'input.grantingOrganizationId');
  if (!hardship.regionCode.startsWith(granting.regionCode) && granting.id !== hardship.orgId)
    throw linkForbidden(
      'input.grantingOrganizationId',
      "names an organization that does not serve the member's region",
    );

  const grantedOn = input.grantedOn ?? todayIso();
  const row: AssistanceGrantRow = {
    id: newId(),
    case_id: hardship.id,
    member_id: hardship.memberId,
    org_id: hardship.orgId,
    region_code: hardship.regionCode,
    granting_org_id: granting.id,
    granting_region_code: granting.regionCode,
    amount_cents: input.amountCents,
    kind: input.kind,
    granted_on: grantedOn,
    granted_year: Number(grantedOn.slice(0, 4)),
    idempotency_key: input.idempotencyKey,
    note: input.note ?? null,
    created_by: identity.sub,
    created_at: toDbTimestamp(),
  };
  try {
    // In a transaction of its own so a cluster's lost certification (1213 at COMMIT) is retried;
    // the retry then meets the winner's key as a unique violation and replays it (docs/architecture.md §9).
    await inTransaction(ctx.db, async (trx) => {
      await trx.insertInto('assistance_grants').values(row).execute();
      await applyServiceCounters(trx, addGrant(new Map(), row));
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await findByKey(ctx, input.idempotencyKey);
    if (!winner) throw error;
    return replay(winner, input);
  }
  return { grant: toGrant(row), replayed: false };
}
