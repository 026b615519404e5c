import { ageBand, ageOn, forbidden, hasPerm, unwrapLookup, type PageArgs } from '@union/kit';
import type { Context } from '../context';
import { findMemberByIdIndex, pageMembers, type MemberFilter } from './member.repository';
import { PII_READ } from './member-pii.resolvers';
import { nationalId } from './member.inputs';
import type { Member } from './member.table';
import { badUserInput, rowInScope } from '@union/kit';

type PageQuery = PageArgs & { filter?: MemberFilter | null };

export async function memberOrForbidden(ctx: Context, id: string | null): Promise<Member | null> {
  return id ? unwrapLookup(await ctx.loaders.member.load(id)) : null;
}

async function memberByIdNumber(ctx: Context, idNumber: string): Promise<Member | null> {
  if (!hasPerm(ctx.identity, PII_READ))
    throw forbidden('Looking members up by ID number needs the pii:read grant');
  const parsed = nationalId.safeParse(idNumber);
  if (!parsed.success) throw badUserInput('idNumber', `idNumber: ${parsed.error.issues[0]!.message}`);
  const member = await findMemberByIdIndex(ctx.db, ctx.pii.blindIndex('id', parsed.data.normalized));
  if (!member) return null;
  if (!rowInScope(ctx.scope, { regionCode: member.regionCode, orgId: member.orgId, memberId: member.id })) {
    throw forbidden();
  }
  // The look-up itself reveals whose number this is: audited like a read of the number.
  await ctx.audit.load({ memberId: member.id, regionCode: member.regionCode, field: 'ID_NUMBER' });
  return member;
}

export const memberResolvers = {
  Query: {
    me: (_: unknown, __: unknown, ctx: Context) =>
      ctx.identity?.role === 'MEMBER' && ctx.identity.member
        ? memberOrForbidden(ctx, ctx.identity.member)
        : null,
    member: (_: unknown, args: { id: string }, ctx: Context) => memberOrForbidden(ctx, args.id),
    members: (_: unknown, args: PageQuery, ctx: Context) =>
      pageMembers(ctx.db, { scope: ctx.scope, filter: args.filter, args }),
    memberByIdNumber: (_: unknown, args: { idNumber: string }, ctx: Context) =>
      memberByIdNumber(ctx, args.idNumber),
  },
  Member: {
    __resolveReference: (ref: { id: string }, ctx: Context) => memberOrForbidden(ctx, ref.id),
    age: (m: Member) => ageOn(m.birthDate),
    ageBand: (m: Member) => ageBand(m.birthDate),
    organization: (m: Member) => ({ __typename: 'Organization', id: m.orgId }),
    region: (m: Member) => ({ __typename: 'Region', code: m.regionCode }),
    history: async (m: Member, args: { first?: number | null }, ctx: Context) => {
      const first = Math.min(Math.max(args.first ?? 20, 0), 100);
      const rows = await ctx.loaders.history.load({ memberId: m.id, first });
      return rows.map((h) => ({
        action: h.action,
        fields: JSON.parse(h.fields) as string[],
        actor: h.actor,
        at: h.created_at,
      }));
    },
    transfers: (m: Member, _: unknown, ctx: Context) => ctx.loaders.transfers.load(m.id),
  },
};
