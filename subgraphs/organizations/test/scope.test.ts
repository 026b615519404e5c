import { testDialects } from '@union/kit';
import { buildTree, type Tree } from './fixture';
import { as, expectError, startHarness, type Harness, type MemberRegister } from './harness';

const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Organization { id name } } }`;

describe.each(testDialects())('scope on %s', (dialect) => {
  let h: Harness;
  let t: Tree;
  const register: MemberRegister = new Map();
  const shenzhenAdmin = as('FEDERATION_ADMIN', { region: '4403' });
  beforeAll(async () => {
    h = await startHarness(dialect, register);
    t = await buildTree(h);
  });
  afterAll(() => h.close());

  it('lists only organizations inside the jurisdiction', async () => {
    const result = await h.gql(
      shenzhenAdmin,
      '{ organizations(first: 100) { totalCount nodes { name region { code } } } }',
    );
    const nodes = result.data.organizations.nodes;
    expect(nodes.map((n: any) => n.name)).toEqual([
      '深圳市总工会',
      '南山区总工会',
      '深圳市南山区海岸物流有限公司工会',
    ]);
    expect(nodes.every((n: any) => n.region.code.startsWith('4403'))).toBe(true);
    expect(result.data.organizations.totalCount).toBe(3);
  });

  it('cannot be widened with a regionPrefix filter', async () => {
    const result = await h.gql(
      shenzhenAdmin,
      '{ organizations(filter: { regionPrefix: "4401" }) { nodes { id } } }',
    );
    expect(result.data.organizations.nodes).toEqual([]);
  });

  it('answers FORBIDDEN for a single organization outside it, and null for one that does not exist', async () => {
    const result = await h.gql(shenzhenAdmin, 'query($id: ID!) { organization(id: $id) { name } }', {
      id: t.factory,
    });
    expect(result.data.organization).toBeNull();
    expectError(result, 'FORBIDDEN');
    const missing = await h.gql(shenzhenAdmin, 'query($id: ID!) { organization(id: $id) { name } }', {
      id: '01900000-0000-7000-8000-000000000000',
    });
    expect(missing).toMatchObject({ data: { organization: null } });
    expect(missing.errors).toBeUndefined();
  });

  it('enforces scope on _entities (an organization reached through another subgraph)', async () => {
    const reps = [
      { __typename: 'Organization', id: t.shop },
      { __typename: 'Organization', id: t.factory },
    ];
    const result = await h.gql(shenzhenAdmin, ENTITIES, { reps });
    expect(result.data._entities[0]).toEqual({ id: t.shop, name: '深圳市南山区海岸物流有限公司工会' });
    expect(result.data._entities[1]).toBeNull();
    expect(expectError(result, 'FORBIDDEN').path).toEqual(['_entities', 1]);
  });

  it('gives an ORG_ADMIN its own organization and employer only', async () => {
    const admin = as('ORG_ADMIN', { org: t.factory });
    const own = await h.gql(
      admin,
      'query($id: ID!) { organization(id: $id) { name employer { name } parent { id } ancestors { id } } }',
      { id: t.factory },
    );
    expect(own.data.organization).toMatchObject({
      name: '广州市天河区恒信电子科技有限公司工会',
      employer: { name: '广州市天河区恒信电子科技有限公司' },
    });
    expect(own.data.organization.parent).toBeNull();
    expectError(own, 'FORBIDDEN');
    expect(own.data.organization.ancestors).toEqual([]);
    const list = await h.gql(admin, '{ organizations { nodes { id } } employers { nodes { id } } }');
    expect(list.data.organizations.nodes).toEqual([{ id: t.factory }]);
    expect(list.data.employers.nodes).toEqual([{ id: t.factoryEmployer }]);
  });

  it('shows ancestors and descendants only within the caller scope', async () => {
    const cityAdmin = as('FEDERATION_ADMIN', { region: '4401' });
    const result = await h.gql(
      cityAdmin,
      'query($id: ID!) { organization(id: $id) { ancestors { name } } }',
      { id: t.factory },
    );
    // The provincial federation (region 44) lies above the city's jurisdiction.
    expect(result.data.organization.ancestors.map((a: any) => a.name)).toEqual([
      '广州市总工会',
      '天河区总工会',
    ]);
    const province = await h.gql(
      as('FEDERATION_ADMIN', { region: '44' }),
      'query($id: ID!) { organization(id: $id) { descendants(first: 100) { totalCount } } }',
      { id: t.province },
    );
    expect(province.data.organization.descendants.totalCount).toBe(6);
  });

  it('lets a MEMBER read only its own organization, as the register names it', async () => {
    register.set('m-1', t.shop);
    const member = as('MEMBER', { member: 'm-1' });
    const result = await h.gql(member, '{ organizations { nodes { id } } }');
    expect(result.data.organizations.nodes).toEqual([{ id: t.shop }]);
    // A context claiming another union for the member is not believed: the register wins.
    const claimsOther = as('MEMBER', { member: 'm-1', org: t.province });
    const still = await h.gql(claimsOther, '{ organizations { nodes { id } } }');
    expect(still.data.organizations.nodes).toEqual([{ id: t.shop }]);
    // A member the register does not know sees no organization at all, whatever it claims.
    const unknown = as('MEMBER', { member: 'm-unknown', org: t.shop });
    const nothing = await h.gql(unknown, '{ organizations { nodes { id } } }');
    expect(nothing.data.organizations.nodes).toEqual([]);
    const auditor = as('AUDITOR');
    const none = await h.gql(auditor, '{ organizations { nodes { id } } }');
    expect(none.data.organizations.nodes).toEqual([]);
  });
});
