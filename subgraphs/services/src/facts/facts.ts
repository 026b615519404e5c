import { EntityLinks } from '@union/kit';
import type { Gender } from '../program/program.table';

/** What services needs to know about a member, owned by the members subgraph. */
export interface MemberFacts {
  id: string;
  orgId: string;
  regionCode: string;
  isMigrantWorker: boolean;
  gender: Gender;
  age: number;
  /** ACTIVE, TRANSFERRING, LAPSED, WITHDRAWN or DECEASED (members' MemberStatus). */
  status: string;
}

/** What services needs to know about an organization, owned by the organizations subgraph. */
export interface OrganizationFacts {
  id: string;
  regionCode: string;
  status: string;
}

/** A region of GB/T 2260, owned by the organizations subgraph. */
export interface RegionFacts {
  code: string;
}

/**
 * Facts owned by other subgraphs, asked through their `_entities` with a SERVICE identity
 * (docs/architecture.md §3.5) — never by reading their tables. Null when the owner does not know the key.
 */
export interface Facts {
  member(id: string): Promise<MemberFacts | null>;
  organization(id: string): Promise<OrganizationFacts | null>;
  region(code: string): Promise<RegionFacts | null>;
}

interface MemberEntity extends Record<string, unknown> {
  id: string;
  gender: Gender;
  age: number;
  isMigrantWorker: boolean;
  status: string;
  organization: { id: string } | null;
  region: { code: string } | null;
}

interface OrganizationEntity extends Record<string, unknown> {
  id: string;
  status: string;
  region: { code: string } | null;
}

/** The production Facts: batched, briefly cached `_entities` calls (kit EntityLinks over EntitiesClient). */
export function entityFacts(options: {
  membersUrl: string;
  organizationsUrl: string;
  subgraphSecret: string;
}): Facts {
  const members = new EntityLinks<MemberFacts, MemberEntity>({
    url: options.membersUrl,
    subgraphSecret: options.subgraphSecret,
    typename: 'Member',
    selection: 'id gender age isMigrantWorker status organization { id } region { code }',
    toTarget: (m) =>
      m.organization && m.region
        ? {
            id: m.id,
            orgId: m.organization.id,
            regionCode: m.region.code,
            isMigrantWorker: Boolean(m.isMigrantWorker),
            gender: m.gender,
            age: Number(m.age),
            status: m.status,
          }
        : null,
  });
  const organizations = new EntityLinks<OrganizationFacts, OrganizationEntity>({
    url: options.organizationsUrl,
    subgraphSecret: options.subgraphSecret,
    typename: 'Organization',
    selection: 'id status region { code }',
    toTarget: (o) => (o.region ? { id: o.id, regionCode: o.region.code, status: o.status } : null),
  });
  const regions = new EntityLinks<{ id: string; regionCode: string }, { code: string }>({
    url: options.organizationsUrl,
    subgraphSecret: options.subgraphSecret,
    typename: 'Region',
    keyField: 'code',
    selection: 'code',
    ttlMs: 60_000,
    toTarget: (r) => ({ id: r.code, regionCode: r.code }),
  });
  return {
    member: (id) => members.find(id),
    organization: (id) => organizations.find(id),
    async region(code) {
      const region = await regions.find(code);
      return region ? { code: region.regionCode } : null;
    },
  };
}
