import { forbidden, hasPerm, rowInScope } from '@union/kit';
import type { PiiField } from '../audit/pii-access.table';
import type { Context } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import type { Member } from './member.table';

export const PII_READ = 'pii:read';

/**
 * A full personal value (docs/architecture.md §4): only with pii:read and inside scope, and only after its audit
 * row is written (a failed write fails the read). Otherwise null with FORBIDDEN.
 */
async function readPersonal(ctx: Context, member: Member, field: PiiField, reveal: () => string | null) {
  const inScope = rowInScope(ctx.scope, {
    regionCode: member.regionCode,
    orgId: member.orgId,
    memberId: member.id,
  });
  if (!hasPerm(ctx.identity, PII_READ) || !inScope) {
    throw forbidden('Reading personal information needs the pii:read grant within your jurisdiction');
  }
  const value = reveal();
  if (value === null) return null;
  await ctx.audit.load({ memberId: member.id, regionCode: member.regionCode, field });
  return value;
}

export const memberPiiResolvers = {
  Member: {
    idNumber: (m, _, ctx) => readPersonal(ctx, m, 'ID_NUMBER', () => ctx.pii.decrypt(m.idNumberEnc)),
    phone: (m, _, ctx) =>
      readPersonal(ctx, m, 'PHONE', () => (m.phoneEnc ? ctx.pii.decrypt(m.phoneEnc) : null)),
    birthDate: (m, _, ctx) => readPersonal(ctx, m, 'BIRTH_DATE', () => m.birthDate),
  },
} satisfies Resolvers;
