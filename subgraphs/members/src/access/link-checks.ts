import { assertLinked, staffMayWrite, type LinkRule } from '@union/kit';
import type { Context } from '../context';
import type { MemberRow } from '../member/member.table';
import { loadMemberRow } from '../member/member-write';
import type { OrganizationFacts } from '../organization/organization-directory';

/*
 * Rows a members write names (docs/security.md), judged by kit assertLinked against the caller: missing →
 * NOT_FOUND, outside its scope → FORBIDDEN, naming the input field, before anything is stored.
 * Organizations are owned by the organizations subgraph and asked of it through `_entities`
 * (OrganizationDirectory, kit EntityLinks) — never taken from the input.
 */

/**
 * The union an application or a transfer names may lie anywhere in the federation: anyone may apply
 * to any union (网上申请入会), and 会员关系接转 exists to move a member across jurisdictions — the
 * receiving union decides. Only that it exists (and takes members) is checked.
 */
const ANY_UNION: LinkRule = () => true;

export async function receivingOrganizationLink(
  ctx: Context,
  id: string,
  field: string,
): Promise<OrganizationFacts> {
  const org = await ctx.organizations.find(id);
  assertLinked(ctx.identity, org ? { ...org, orgId: org.id } : null, {
    field,
    entity: 'Organization',
    rule: ANY_UNION,
  });
  return org!;
}

/** The member a write is about: the member itself, or staff of its organization or region. */
export async function memberLink(ctx: Context, id: string, field: string): Promise<MemberRow> {
  const row = await loadMemberRow(ctx.db, id, field);
  assertLinked(
    ctx.identity,
    { id: row.id, regionCode: row.region_code, orgId: row.org_id, memberId: row.id },
    {
      field,
      entity: 'Member',
      rule: (identity, target) =>
        (identity?.role === 'MEMBER' && identity.member === target.id) || staffMayWrite(identity, target),
      message: 'names a member outside your jurisdiction',
    },
  );
  return row;
}
