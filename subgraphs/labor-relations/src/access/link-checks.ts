import { assertAllLinked, assertLinked, badUserInput } from '@union/kit';
import type { Context } from '../context';
import type { MemberFact, ServiceRequestFact } from '../facts/facts';

/*
 * Rows a labor-relations write names that other subgraphs own (docs/security.md): their facts are asked
 * of the owner through `_entities` as SERVICE (ctx.facts, kit EntityLinks) and judged by kit
 * assertLinked against the CALLER — unknown → NOT_FOUND, outside the caller's scope → FORBIDDEN,
 * both naming the input field — before anything is stored. (Organizations: requireActiveOrganization.)
 */

/**
 * The claimants of a dispute: each one a member the caller may act for (staff of its organization
 * or region), and a member of the organization the dispute is about.
 */
export async function claimantLinks(
  ctx: Context,
  memberIds: readonly string[],
  orgId: string,
): Promise<MemberFact[]> {
  const field = (i: number) => `input.claimantMemberIds.${i}`;
  const claimants = await assertAllLinked(ctx.identity, memberIds, (ids) => ctx.facts.members(ids), {
    field,
    entity: 'Member',
    message: 'names a member outside your jurisdiction',
  });
  claimants.forEach((member, i) => {
    if (member.orgId !== orgId) throw badUserInput(field(i), `${field(i)}: not a member of the organization`);
  });
  return claimants;
}

/** The legal-aid request a dispute is attached to: a LEGAL_AID request the caller may act on. */
export async function legalAidRequestLink(ctx: Context, id: string): Promise<ServiceRequestFact> {
  const field = 'input.legalAidRequestId';
  const request = assertLinked(ctx.identity, await ctx.facts.serviceRequest(id), {
    field,
    entity: 'ServiceRequest',
    message: 'names a service request outside your jurisdiction',
  });
  if (request.category !== 'LEGAL_AID') throw badUserInput(field, `${field}: not a legal-aid request`);
  return request;
}
