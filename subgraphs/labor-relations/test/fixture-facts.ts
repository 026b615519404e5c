import { newId } from '@union/kit';
import type {
  Facts,
  HardshipCaseFact,
  MemberFact,
  OrganizationFact,
  RegionFact,
  ServiceRequestFact,
} from '../src/lib';

/*
 * The facts organizations and members would answer through `_entities`, for subgraph tests that
 * are about this subgraph's own rules. Built with the same ids the tests use.
 */
export class FixtureFacts implements Facts {
  readonly orgs = new Map<string, OrganizationFact>();
  readonly memberOrgs = new Map<string, string>();
  readonly serviceRequests = new Map<string, ServiceRequestFact>();
  readonly hardshipCases = new Map<string, HardshipCaseFact>();
  /**
   * organizations' region directory knows every GB/T 2260 code the tests use; a test lists the
   * codes it wants unknown here, or sets `regionsDown` to make the look-up fail like an outage.
   */
  readonly unknownRegions = new Set<string>();
  regionsDown = false;
  /** Region look-ups asked, in order (to show nothing is asked when an organization is named). */
  readonly regionLookups: string[] = [];

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

  /** A hardship case as the services subgraph would describe it (organization and region of its member). */
  addHardshipCase(orgId: string, memberId: string = newId(), status = 'OPEN'): string {
    const id = newId();
    this.hardshipCases.set(id, {
      id,
      status,
      memberId,
      orgId,
      regionCode: this.orgs.get(orgId)?.regionCode ?? '',
    });
    return id;
  }

  async hardshipCase(id: string): Promise<HardshipCaseFact | null> {
    return this.hardshipCases.get(id) ?? null;
  }

  async region(code: string): Promise<RegionFact | null> {
    this.regionLookups.push(code);
    if (this.regionsDown) throw new Error('Region look-up failed with HTTP 503');
    if (this.unknownRegions.has(code)) return null;
    const level = { 2: 'PROVINCE', 4: 'CITY', 6: 'COUNTY', 9: 'TOWN' }[code.length];
    return level ? { code, level } : null;
  }
}
