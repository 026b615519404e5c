import {
  ageBand,
  ageOn,
  badUserInput,
  forbidden,
  hasPerm,
  organizationReference,
  regionReference,
  rowInScope,
  unwrapLookup,
} from '@union/kit';
import type { Context } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { toHistoryEntry } from '../history/history.table';
import { findMemberByIdIndex, pageMembers } from './member.repository';
import { PII_READ } from './member-pii.resolvers';
import { nationalId } from './member.inputs';
import type { Member } from './member.table';

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
    me: (_, __, ctx) =>
      ctx.identity?.role === 'MEMBER' && ctx.identity.member
        ? memberOrForbidden(ctx, ctx.identity.member)
        : null,
    member: (_, args, ctx) => memberOrForbidden(ctx, args.id),
    members: (_, args, ctx) => pageMembers(ctx.db, { scope: ctx.scope, filter: args.filter, args }),
    memberByIdNumber: (_, args, ctx) => memberByIdNumber(ctx, args.idNumber),
  },
  Member: {
    __resolveReference: (ref, ctx) => memberOrForbidden(ctx, ref.id),
    age: (m) => ageOn(m.birthDate),
    ageBand: (m) => ageBand(m.birthDate),
    organization: (m) => organizationReference(m.orgId),
    region: (m) => regionReference(m.regionCode),
    history: async (m, args, ctx) => {
      const first = Math.min(Math.max(args.first ?? 20, 0), 100);
      const rows = await ctx.loaders.history.load({ memberId: m.id, first });
      return rows.map(toHistoryEntry);
    },
    transfers: (m, _, ctx) => ctx.loaders.transfers.load(m.id),
  },
} satisfies Resolvers;
