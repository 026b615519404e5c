import { forbidden } from '@union/kit';
import type { Resolvers } from '../generated/resolvers-types';
import { memberOrForbidden } from '../member/member.resolvers';
import { organizationRef } from '../organization/entity-refs';
import { pagePiiAccess } from '../audit/pii-access.repository';
import { findApplicationInScope } from './application.repository';

export const applicationResolvers = {
  Query: {
    membershipApplication: (_, args, ctx) => findApplicationInScope(ctx.db, args.id, ctx.scope),
    piiAccessLog: (_, args, ctx) => {
      if (ctx.identity?.role !== 'AUDITOR') throw forbidden('The PII access log is for auditors');
      return pagePiiAccess(ctx.db, ctx.scope, args.filter, args);
    },
  },
  MembershipApplication: {
    organization: (a) => organizationRef(a.orgId),
    member: (a, _, ctx) => memberOrForbidden(ctx, a.memberId),
  },
  MemberTransfer: {
    member: (t, _, ctx) => memberOrForbidden(ctx, t.memberId),
    fromOrganization: (t) => organizationRef(t.fromOrgId),
    toOrganization: (t) => organizationRef(t.toOrgId),
  },
} satisfies Resolvers;
