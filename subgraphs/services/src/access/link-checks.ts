import { assertAllLinked, assertLinked, staffMayWrite, type Identity, type LinkRule } from '@union/kit';
import type { Context } from '../context';
import type { MemberFacts, OrganizationFacts } from '../facts/facts';
import { loadCaseForWrite } from '../hardship/hardship.service';
import type { HardshipCase } from '../hardship/hardship.table';
import { loadProgramForWrite } from '../program/program.service';
import type { ServiceProgram } from '../program/program.table';

/*
 * Rows a services write names (docs/security.md), judged by kit assertLinked against the CALLER: missing
 * → NOT_FOUND, outside its scope → FORBIDDEN, naming the input field, before anything is stored.
 * Members, organizations and regions belong to other subgraphs: their facts (region, organization)
 * are asked of the owner through `_entities` as SERVICE (ctx.facts, kit EntityLinks), never read
 * from the input. Programs and cases are read here; the facts judged (their region and
 * organization) are fixed when the row is created, so reading them before the write's
 * transaction is as good as inside it.
 */

/** An organization a write names (a program's provider, a grant's payer): the caller could write for it. */
export async function organizationLink(ctx: Context, id: string, field: string): Promise<OrganizationFacts> {
  const org = await ctx.facts.organization(id);
  assertLinked(ctx.identity, org ? { ...org, orgId: org.id } : null, {
    field,
    entity: 'Organization',
    message: 'names an organization outside your jurisdiction',
  });
  return org!;
}

/** A member named by staff: by default staff of the member's organization or region. */
export async function memberLink(
  ctx: Context,
  id: string,
  field: string,
  rule: LinkRule = 'WRITE',
): Promise<MemberFacts> {
  return assertLinked(ctx.identity, await ctx.facts.member(id), {
    field,
    entity: 'Member',
    rule,
    message: 'names a member outside your jurisdiction',
  });
}

/** A list of members (a check-in list): every one known, every one allowed, refused by position. */
export function memberLinks(
  ctx: Context,
  ids: readonly string[],
  field: (index: number) => string,
  rule: LinkRule,
): Promise<MemberFacts[]> {
  return assertAllLinked(ctx.identity, ids, (keys) => Promise.all(keys.map((k) => ctx.facts.member(k))), {
    field,
    entity: 'Member',
    rule,
    message: 'names a member outside the program and your jurisdiction',
  });
}

/** Staff who run the program (a FEDERATION_ADMIN over its region, its provider's ORG_ADMIN). */
export async function programLink(ctx: Context, id: string, field: string): Promise<ServiceProgram> {
  const program = await loadProgramForWrite(ctx.db, id, field);
  assertLinked(ctx.identity, program, {
    field,
    entity: 'ServiceProgram',
    message: 'names a program outside your jurisdiction',
  });
  return program;
}

/**
 * The program a request is for: one the caller may see (a MEMBER: any that is not a DRAFT; staff:
 * their jurisdiction's), or one that covers the member's region (staff enrolling their member in a
 * wider program). A DRAFT of someone else is no more the caller's to name than to read.
 */
export function assertRequestedProgram(
  ctx: Context,
  program: ServiceProgram,
  field: string,
  member: { regionCode: string },
): void {
  const visible = (identity: Identity | null) =>
    identity?.role === 'MEMBER' ? program.status !== 'DRAFT' : staffMayWrite(identity, program);
  assertLinked(ctx.identity, program, {
    field,
    entity: 'ServiceProgram',
    rule: (identity) =>
      visible(identity) ||
      (program.status !== 'DRAFT' && member.regionCode.startsWith(program.coveredRegion)),
    message: 'names a program outside your jurisdiction',
  });
}

/** A hardship case a write names: staff of the case's organization or region. */
export async function caseLink(ctx: Context, id: string, field: string): Promise<HardshipCase> {
  const hardship = await loadCaseForWrite(ctx, id, field);
  assertLinked(ctx.identity, hardship, {
    field,
    entity: 'HardshipCase',
    message: 'names a hardship case outside your jurisdiction',
  });
  return hardship;
}

/**
 * The region a program covers: known to the organizations subgraph, and inside the caller's
 * jurisdiction (a FEDERATION_ADMIN's region; an ORG_ADMIN's provider region).
 */
export async function coveredRegionLink(
  ctx: Context,
  code: string,
  providerRegion: string,
  field = 'input.coveredRegion',
): Promise<void> {
  const region = await ctx.facts.region(code);
  const jurisdiction = ctx.identity?.role === 'FEDERATION_ADMIN' ? ctx.identity.region : providerRegion;
  assertLinked(ctx.identity, region ? { id: region.code, regionCode: region.code } : null, {
    field,
    entity: 'Region',
    rule: (_, target) => Boolean(jurisdiction) && target.regionCode.startsWith(jurisdiction!),
    message: 'names a region outside your jurisdiction',
  });
}
