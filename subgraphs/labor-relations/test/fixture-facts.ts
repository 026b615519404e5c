import { newId } from '@union/kit';
import type { Facts, MemberFact, OrganizationFact, ServiceRequestFact } from '../src/lib';

/*
 * The facts organizations and members would answer through `_entities`, for subgraph tests that
 * are about this subgraph's own rules. Built with the same ids the tests use.
 */
export class FixtureFacts implements Facts {
  readonly orgs = new Map<string, OrganizationFact>();
  readonly memberOrgs = new Map<string, string>();
  readonly serviceRequests = new Map<string, ServiceRequestFact>();

  addOrg(regionCode: string, options: Partial<OrganizationFact> = {}): string {
    const id = options.id ?? newId();
    this.orgs.set(id, {
      id,
      kind: 'GRASSROOTS',
      status: 'ACTIVE',
      regionCode,
      employerId: newId(),
      ...options,
    });
    return id;
  }

  addMembers(orgId: string, n: number): string[] {
    return Array.from({ length: n }, () => {
      const id = newId();
      this.memberOrgs.set(id, orgId);
      return id;
    });
  }

  async organization(id: string): Promise<OrganizationFact | null> {
    return this.orgs.get(id) ?? null;
  }

  /** A service request as the services subgraph would describe it (region from its organization). */
  addServiceRequest(orgId: string, category = 'LEGAL_AID'): string {
    const id = newId();
    this.serviceRequests.set(id, { id, category, orgId, regionCode: this.orgs.get(orgId)?.regionCode ?? '' });
    return id;
  }

  async members(ids: readonly string[]): Promise<(MemberFact | null)[]> {
    return ids.map((id) => {
      const orgId = this.memberOrgs.get(id);
      return orgId ? { id, orgId, regionCode: this.orgs.get(orgId)?.regionCode ?? '' } : null;
    });
  }

  async serviceRequest(id: string): Promise<ServiceRequestFact | null> {
    return this.serviceRequests.get(id) ?? null;
  }
}
