import { assertLinked, conflict } from '@union/kit';
import type { OrganizationFact } from './facts';
import type { Context } from '../context';

/**
 * The organization a new row is about, asked of its owner and judged against the caller (issue 9
 * §2, kit assertLinked): unknown → NOT_FOUND, one the caller may not record work for → FORBIDDEN,
 * both naming the field; then it must be ACTIVE.
 */
export async function requireActiveOrganization(
  ctx: Context,
  id: string,
  field: string,
): Promise<OrganizationFact> {
  const org = await ctx.facts.organization(id);
  assertLinked(ctx.identity, org ? { ...org, orgId: org.id } : null, {
    field,
    entity: 'Organization',
    message: 'names an organization outside your jurisdiction',
  });
  if (org!.status !== 'ACTIVE') throw conflict(`The organization is ${org!.status}`, { field });
  return org!;
}
