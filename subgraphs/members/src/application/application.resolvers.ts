import { forbidden, type PageArgs } from '@union/kit';
import type { Context } from '../context';
import { memberOrForbidden } from '../member/member.resolvers';
import { pagePiiAccess, type PiiAccessFilter } from '../audit/pii-access.repository';
import { findApplicationInScope } from './application.repository';
import type { Application } from './application.table';
import type { Transfer } from '../transfer/transfer.table';

export const applicationResolvers = {
  Query: {
    membershipApplication: (_: unknown, args: { id: string }, ctx: Context) =>
      findApplicationInScope(ctx.db, args.id, ctx.scope),
    piiAccessLog: (_: unknown, args: PageArgs & { filter?: PiiAccessFilter | null }, ctx: Context) => {
      if (ctx.identity?.role !== 'AUDITOR') throw forbidden('The PII access log is for auditors');
      return pagePiiAccess(ctx.db, ctx.scope, args.filter, args);
    },
  },
  MembershipApplication: {
    organization: (a: Application) => ({ __typename: 'Organization', id: a.orgId }),
    member: (a: Application, _: unknown, ctx: Context) => memberOrForbidden(ctx, a.memberId),
  },
  MemberTransfer: {
    member: (t: Transfer, _: unknown, ctx: Context) => memberOrForbidden(ctx, t.memberId),
    fromOrganization: (t: Transfer) => ({ __typename: 'Organization', id: t.fromOrgId }),
    toOrganization: (t: Transfer) => ({ __typename: 'Organization', id: t.toOrgId }),
  },
};
