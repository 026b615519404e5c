import { badUserInput, conflict } from '@union/kit';
import type { OrganizationFact } from './facts';
import type { Context } from '../context';

/** The organization a new row is about, asked of its owner; unknown → BAD_USER_INPUT on the field. */
export async function requireActiveOrganization(
  ctx: Context,
  id: string,
  field: string,
): Promise<OrganizationFact> {
  const org = await ctx.facts.organization(id);
  if (!org) throw badUserInput(field, `${field}: no such organization`);
  if (org.status !== 'ACTIVE') throw conflict(`The organization is ${org.status}`, { field });
  return org;
}
