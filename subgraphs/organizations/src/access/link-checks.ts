import { assertLinked, type Identity, type LinkRule } from '@union/kit';
import type { Kysely } from 'kysely';
import type { Context } from '../context';
import type { Database } from '../db/database';
import type { Employer } from '../employer/employer.table';
import { findEmployerForLink } from '../employer/employer.repository';
import { findOrganizationsByIds } from '../organization/organization.repository';
import type { Organization } from '../organization/organization.table';
import { findRegionsByCodes } from '../region/region.repository';
import type { Region } from '../region/region.table';

/*
 * Every row a write of this subgraph names is read here, unscoped, and judged against the caller
 * (docs/security.md, kit assertLinked): missing → NOT_FOUND, outside the caller's jurisdiction →
 * FORBIDDEN, both naming the input field, before anything is stored. The facts judged (an
 * organization's or employer's region, a region's existence) never change once written, so reading
 * them before the write's transaction is as good as inside it.
 */

const ALL = { kind: 'ALL' } as const;

/**
 * The region a caller answers for: a FEDERATION_ADMIN's jurisdiction, an ORG_ADMIN's own
 * organization's region (null for every other caller: it links nothing).
 */
export async function jurisdictionRegion(
  db: Kysely<Database>,
  identity: Identity | null,
): Promise<string | null> {
  if (identity?.role === 'FEDERATION_ADMIN') return identity.region ?? null;
  if (identity?.role === 'ORG_ADMIN' && identity.org) {
    const [own] = await findOrganizationsByIds(db, [identity.org], ALL);
    return own?.regionCode ?? null;
  }
  return null;
}

/** A link rule: the row lies inside the caller's jurisdiction region. */
export function insideRegion(jurisdiction: string | null): LinkRule {
  return (_identity, target) => jurisdiction !== null && target.regionCode.startsWith(jurisdiction);
}

/** An organization a write names (parent, merge source or target, a workers' home's organization): the caller must be able to write it. */
export async function organizationLink(ctx: Context, id: string, field: string): Promise<Organization> {
  const [org] = await findOrganizationsByIds(ctx.db, [id], ALL);
  assertLinked(ctx.identity, org ? { ...org, orgId: org.id } : null, {
    field,
    entity: 'Organization',
    message: 'names an organization outside your jurisdiction',
  });
  return org!;
}

/**
 * The employer an organization is linked to: registered inside the caller's jurisdiction (an
 * ORG_ADMIN: inside its own organization's region), so a union can never adopt, and show its
 * members, an employer of another city.
 */
export async function employerLink(ctx: Context, id: string, field = 'input.employerId'): Promise<Employer> {
  const employer = await findEmployerForLink(ctx.db, id);
  return assertLinked(ctx.identity, employer, {
    field,
    entity: 'Employer',
    rule: insideRegion(await jurisdictionRegion(ctx.db, ctx.identity)),
    message: 'names an employer outside your jurisdiction',
  });
}

/** A region a write places a row in: it exists, and lies inside the caller's jurisdiction. */
export async function regionLink(ctx: Context, code: string, field = 'input.regionCode'): Promise<Region> {
  const [region] = await findRegionsByCodes(ctx.db, [code]);
  const target = region ? { id: region.code, regionCode: region.code } : null;
  assertLinked(ctx.identity, target, {
    field,
    entity: 'Region',
    rule: insideRegion(await jurisdictionRegion(ctx.db, ctx.identity)),
    message: 'names a region outside your jurisdiction',
  });
  return region!;
}
