/*
 * The generated cache policies (schema/client/type-policies.ts) in a real Apollo Client
 * InMemoryCache, with the generated typed documents: a Region is one normalized object by its code
 * (without the policy Apollo Client cannot normalize it), and an organization's id-less figures
 * merge across operations instead of replacing each other.
 */
import { InMemoryCache } from '@apollo/client';
import {
  GrassrootsUnionsDocument,
  OrganizationMembershipDocument,
  RegionTreeDocument,
  UnionsAcrossDepartmentsDocument,
} from '../../schema/client/graphql';
import { typePolicies } from '../../schema/client/type-policies';

const tianhe = { __typename: 'Region', code: '440106', fullName: '广东省 广州市 天河区' } as const;
const union = (region: typeof tianhe) => ({
  __typename: 'Organization' as const,
  id: 'org-1',
  name: '某某科技有限公司工会',
  region,
  employer: null,
  parent: null,
});

function writeBoth(cache: InMemoryCache, fullName: string) {
  cache.writeQuery({
    query: GrassrootsUnionsDocument,
    variables: { regionPrefix: '4401' },
    data: { organizations: { __typename: 'OrganizationConnection', totalCount: 1, nodes: [union(tianhe)] } },
  });
  cache.writeQuery({
    query: RegionTreeDocument,
    variables: { code: '440106' },
    data: {
      region: {
        __typename: 'Region',
        code: '440106',
        name: '天河区',
        fullName,
        level: 'COUNTY',
        children: [],
      },
    },
  });
}

describe('generated type policies in an Apollo Client cache', () => {
  it('normalizes Region by code: one object whichever operation wrote it', () => {
    const cache = new InMemoryCache({ typePolicies });
    writeBoth(cache, '广东省广州市天河区（新）');
    expect(cache.extract()['Region:{"code":"440106"}']).toMatchObject({ code: '440106', name: '天河区' });
    const read = cache.readQuery({ query: GrassrootsUnionsDocument, variables: { regionPrefix: '4401' } });
    expect(read?.organizations.nodes[0].region.fullName).toBe('广东省广州市天河区（新）');
  });

  it('cannot normalize Region without the policy (the problem the policy solves)', () => {
    const cache = new InMemoryCache();
    writeBoth(cache, '广东省广州市天河区（新）');
    expect(Object.keys(cache.extract()).filter((key) => key.startsWith('Region'))).toEqual([]);
    const read = cache.readQuery({ query: GrassrootsUnionsDocument, variables: { regionPrefix: '4401' } });
    expect(read?.organizations.nodes[0].region.fullName).toBe('广东省 广州市 天河区'); // a stale copy
  });

  it("merges an organization's memberStats selected by two operations instead of replacing it", () => {
    const cache = new InMemoryCache({ typePolicies });
    const wide = {
      __typename: 'Organization' as const,
      id: 'org-1',
      name: '某某科技有限公司工会',
      employer: null,
      memberStats: { __typename: 'MemberStats' as const, total: 120, active: 110, migrantWorkers: 60 },
      serviceStats: { __typename: 'ServiceStats' as const, openHardshipCases: 2 },
      laborRelations: null,
    };
    cache.writeQuery({
      query: UnionsAcrossDepartmentsDocument,
      variables: { regionPrefix: '4401', regionCode: '4401' },
      data: {
        organizations: { __typename: 'OrganizationConnection', nodes: [wide] },
        region: null,
      },
    });
    cache.writeQuery({
      query: OrganizationMembershipDocument,
      variables: { id: 'org-1' },
      data: {
        organization: {
          __typename: 'Organization',
          id: 'org-1',
          memberStats: { __typename: 'MemberStats', total: 121, active: 111 },
          pendingApplications: { __typename: 'MembershipApplicationConnection', nodes: [] },
          members: { __typename: 'MemberConnection', nodes: [] },
          incomingTransfers: [],
        },
      },
    });
    const read = cache.readQuery({
      query: UnionsAcrossDepartmentsDocument,
      variables: { regionPrefix: '4401', regionCode: '4401' },
    });
    expect(read?.organizations.nodes[0].memberStats).toEqual({
      __typename: 'MemberStats',
      total: 121,
      active: 111,
      migrantWorkers: 60,
    });
  });
});
