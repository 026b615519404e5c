import { EntityLinks } from '@union/kit';
import type { Gender } from '../program/program.table';
import type { Facts, MemberFacts, OrganizationFacts } from './facts';

/*
 * The production Facts (facts.ts holds the interfaces; tests pass their own): the members and
 * organizations subgraphs asked through `_entities` as SERVICE (docs/architecture.md §3.5), named
 * like labor-relations' entitiesFacts.
 */

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
export function entitiesFacts(options: {
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
