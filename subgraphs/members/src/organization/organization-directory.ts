import { EntityLinks } from '@union/kit';

/** What members needs to know about an organization at write time (owned by the organizations subgraph). */
export interface OrganizationFacts {
  id: string;
  kind: string;
  status: string;
  regionCode: string;
}

export interface OrganizationDirectory {
  /** The organization, or null when the organizations subgraph does not know it. */
  find(id: string): Promise<OrganizationFacts | null>;
}

type Answer = { id: string; kind: string; status: string; region: { code: string } | null };

/**
 * Facts from their owner through `_entities` with a SERVICE context (docs/architecture.md §3.5): kit EntityLinks,
 * batched per tick and cached briefly. Never a read of the organizations database.
 */
export function entitiesOrganizationDirectory(options: {
  url: string;
  subgraphSecret: string;
  ttlMs?: number;
}): OrganizationDirectory {
  const links = new EntityLinks<OrganizationFacts & { orgId: string }, Answer>({
    url: options.url,
    subgraphSecret: options.subgraphSecret,
    typename: 'Organization',
    selection: 'id kind status region { code }',
    ttlMs: options.ttlMs ?? 30_000,
    toTarget: (o) =>
      o.region ? { id: o.id, orgId: o.id, kind: o.kind, status: o.status, regionCode: o.region.code } : null,
  });
  return {
    async find(id) {
      const org = await links.find(id);
      if (!org) return null;
      return { id: org.id, kind: org.kind, status: org.status, regionCode: org.regionCode };
    },
  };
}

/** Members join grassroots unions and their branches; both must be ACTIVE. */
export function acceptsMembers(org: OrganizationFacts): boolean {
  return org.status === 'ACTIVE' && (org.kind === 'GRASSROOTS' || org.kind === 'BRANCH');
}
