import { EntitiesClient } from '@union/kit';
import type { Facts, MemberFact, OrganizationFact } from './facts';

type OrganizationEntity = {
  id: string;
  kind: string;
  status: string;
  region: { code: string } | null;
  employer: { id: string } | null;
};
type MemberEntity = { id: string; organization: { id: string } | null };

/** Facts asked of organizations and members through `_entities` as SERVICE (batched, briefly cached). */
export function entitiesFacts(options: {
  organizationsUrl: string;
  membersUrl: string;
  subgraphSecret: string;
}): Facts {
  const organizations = new EntitiesClient<OrganizationEntity>({
    url: options.organizationsUrl,
    subgraphSecret: options.subgraphSecret,
    typename: 'Organization',
    selection: 'id kind status region { code } employer { id }',
  });
  const members = new EntitiesClient<MemberEntity>({
    url: options.membersUrl,
    subgraphSecret: options.subgraphSecret,
    typename: 'Member',
    selection: 'id organization { id }',
  });
  return {
    async organization(id): Promise<OrganizationFact | null> {
      const org = await organizations.load({ id });
      if (!org?.region) return null;
      return {
        id: org.id,
        kind: org.kind,
        status: org.status,
        regionCode: org.region.code,
        employerId: org.employer?.id ?? null,
      };
    },
    async members(ids): Promise<(MemberFact | null)[]> {
      const found = await Promise.all(ids.map((id) => members.load({ id })));
      return found.map((m) => (m?.organization ? { id: m.id, orgId: m.organization.id } : null));
    },
  };
}
