import { EntityLinks } from '@union/kit';
import type {
  Facts,
  HardshipCaseFact,
  MemberFact,
  OrganizationFact,
  RegionFact,
  ServiceRequestFact,
} from './facts';

type OrganizationEntity = {
  id: string;
  kind: string;
  status: string;
  region: { code: string } | null;
  employer: { id: string } | null;
};
type MemberEntity = { id: string; organization: { id: string } | null; region: { code: string } | null };
type ServiceRequestEntity = {
  id: string;
  category: string;
  organization: { id: string } | null;
  region: { code: string } | null;
};
type HardshipCaseEntity = {
  id: string;
  status: string;
  member: { id: string } | null;
  organization: { id: string } | null;
  region: { code: string } | null;
};
type RegionEntity = { code: string; level: string };

/**
 * Facts asked of organizations, members and services through `_entities` as SERVICE (kit
 * EntityLinks: batched, briefly cached — 5 s, regions included). Whether a caller may link what they describe is decided
 * afterwards against the caller's own identity (kit assertLinked).
 */
export function entitiesFacts(options: {
  organizationsUrl: string;
  membersUrl: string;
  /** Defaults to the services subgraph's local port. */
  servicesUrl?: string;
  subgraphSecret: string;
}): Facts {
  const organizations = new EntityLinks<OrganizationFact & { orgId: string }, OrganizationEntity>({
    url: options.organizationsUrl,
    subgraphSecret: options.subgraphSecret,
    typename: 'Organization',
    selection: 'id kind status region { code } employer { id }',
    toTarget: (org) =>
      org.region
        ? {
            id: org.id,
            orgId: org.id,
            kind: org.kind,
            status: org.status,
            regionCode: org.region.code,
            employerId: org.employer?.id ?? null,
          }
        : null,
  });
  const members = new EntityLinks<MemberFact, MemberEntity>({
    url: options.membersUrl,
    subgraphSecret: options.subgraphSecret,
    typename: 'Member',
    selection: 'id organization { id } region { code }',
    toTarget: (m) =>
      m.organization && m.region ? { id: m.id, orgId: m.organization.id, regionCode: m.region.code } : null,
  });
  const requests = new EntityLinks<ServiceRequestFact, ServiceRequestEntity>({
    url: options.servicesUrl ?? 'http://127.0.0.1:4003/graphql',
    subgraphSecret: options.subgraphSecret,
    typename: 'ServiceRequest',
    selection: 'id category organization { id } region { code }',
    toTarget: (r) =>
      r.organization && r.region
        ? { id: r.id, category: r.category, orgId: r.organization.id, regionCode: r.region.code }
        : null,
  });
  const hardshipCases = new EntityLinks<HardshipCaseFact, HardshipCaseEntity>({
    url: options.servicesUrl ?? 'http://127.0.0.1:4003/graphql',
    subgraphSecret: options.subgraphSecret,
    typename: 'HardshipCase',
    selection: 'id status member { id } organization { id } region { code }',
    toTarget: (c) =>
      c.member && c.organization && c.region
        ? {
            id: c.id,
            status: c.status,
            memberId: c.member.id,
            orgId: c.organization.id,
            regionCode: c.region.code,
          }
        : null,
  });
  // Region is public reference data: organizations answers any caller, null for a code it lacks.
  const regions = new EntityLinks<RegionFact & { id: string; regionCode: string }, RegionEntity>({
    url: options.organizationsUrl,
    subgraphSecret: options.subgraphSecret,
    typename: 'Region',
    keyField: 'code',
    selection: 'code level',
    toTarget: (r) => ({ id: r.code, regionCode: r.code, code: r.code, level: r.level }),
  });
  return {
    async organization(id): Promise<OrganizationFact | null> {
      const org = await organizations.find(id);
      if (!org) return null;
      const { orgId: _self, ...fact } = org;
      return fact;
    },
    members: (ids) => members.findMany(ids),
    serviceRequest: (id) => requests.find(id),
    hardshipCase: (id) => hardshipCases.find(id),
    async region(code): Promise<RegionFact | null> {
      const region = await regions.find(code);
      return region ? { code: region.code, level: region.level } : null;
    },
  };
}
