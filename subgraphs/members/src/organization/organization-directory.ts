import { EntitiesClient } from '@union/kit';

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
 * Facts from their owner through `_entities` with a SERVICE context (DESIGN §3.5): batched per tick
 * and cached briefly by the kit client. Never a read of the organizations database.
 */
export function entitiesOrganizationDirectory(options: {
  url: string;
  subgraphSecret: string;
  ttlMs?: number;
}): OrganizationDirectory {
  const client = new EntitiesClient<Answer>({
    url: options.url,
    subgraphSecret: options.subgraphSecret,
    typename: 'Organization',
    selection: 'id kind status region { code }',
    ttlMs: options.ttlMs ?? 30_000,
  });
  return {
    async find(id) {
      const answer = await client.load({ id });
      if (!answer?.region) return null;
      return { id: answer.id, kind: answer.kind, status: answer.status, regionCode: answer.region.code };
    },
  };
}

/** Members join grassroots unions and their branches; both must be ACTIVE. */
export function acceptsMembers(org: OrganizationFacts): boolean {
  return org.status === 'ACTIVE' && (org.kind === 'GRASSROOTS' || org.kind === 'BRANCH');
}
