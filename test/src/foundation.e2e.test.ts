import { CONTEXT_HEADER, testDialects } from '@union/kit';
import { errorWith, startStack, type Stack } from './support/stack';

const CREATE = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id name level } } }`;

describe.each(testDialects())('the foundation through the gateway on %s', (dialect) => {
  let stack: Stack;
  let provinceAdmin: string;
  let guangzhouAdmin: string;
  beforeAll(async () => {
    stack = await startStack({ dialect });
    provinceAdmin = await stack.token({ role: 'FEDERATION_ADMIN', region: '44' });
    guangzhouAdmin = await stack.token({ role: 'FEDERATION_ADMIN', region: '4401' });
  });
  afterAll(() => stack?.close());

  it('answers the region tree anonymously: the 21 cities of Guangdong', async () => {
    const result = await stack.gql(null, '{ region(code: "44") { name children { code name } } }');
    expect(result.status).toBe(200);
    expect(result.data.region.name).toBe('广东省');
    expect(result.data.region.children).toHaveLength(21);
    expect(result.data.region.children[0]).toEqual({ code: '4401', name: '广州市' });
  });

  it('traverses the hierarchy of the seeded federation', async () => {
    const result = await stack.gql(
      provinceAdmin,
      `{ organizations(first: 1, filter: { regionPrefix: "4401", kind: GRASSROOTS, status: ACTIVE }) {
          nodes { name level region { fullName } employer { creditCode } parent { name }
                  ancestors { name level } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const union = result.data.organizations.nodes[0];
    expect(union.level).toBe('GRASSROOTS');
    expect(union.region.fullName).toMatch(/^广东省 广州市 /);
    expect(union.employer.creditCode).toHaveLength(18);
    expect(union.ancestors.slice(0, 2).map((a: any) => a.name)).toEqual(['广东省总工会', '广州市总工会']);
    expect(union.ancestors.slice(0, 2).map((a: any) => a.level)).toEqual(['PROVINCE', 'CITY']);
  });

  it('pages through descendants with cursors and the totalCount agrees', async () => {
    const find = await stack.gql(
      guangzhouAdmin,
      '{ organizations(first: 1, filter: { kind: FEDERATION, level: CITY }) { nodes { id } } }',
    );
    const city = find.data.organizations.nodes[0].id;
    const query = `query($id: ID!, $after: String) { organization(id: $id) { descendants(first: 100, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id region { code } } } } }`;
    const ids: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let i = 0; i < 50; i++) {
      const page: any = await stack.gql(guangzhouAdmin, query, { id: city, after });
      const d = page.data.organization.descendants;
      total = d.totalCount;
      ids.push(...d.nodes.map((n: any) => n.id));
      expect(d.nodes.every((n: any) => n.region.code.startsWith('4401'))).toBe(true);
      if (!d.pageInfo.hasNextPage) break;
      after = d.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(100);
    expect(ids).toHaveLength(total);
    expect(new Set(ids).size).toBe(total);
  });

  it('refuses a write outside the caller region with FORBIDDEN', async () => {
    const find = await stack.gql(
      provinceAdmin,
      '{ organizations(first: 1, filter: { regionPrefix: "4403", kind: FEDERATION, level: CITY }) { nodes { id } } }',
    );
    const shenzhen = find.data.organizations.nodes[0].id;
    const result = await stack.gql(guangzhouAdmin, CREATE, {
      input: { name: '越界区总工会', kind: 'FEDERATION', regionCode: '440305', parentId: shenzhen },
    });
    expect(result.data).toBeNull();
    errorWith(result, 'FORBIDDEN');
    const check = await stack.gql(
      provinceAdmin,
      '{ organizations(filter: { nameContains: "越界" }) { totalCount } }',
    );
    expect(check.data.organizations.totalCount).toBe(0);
  });

  it('answers UNAUTHENTICATED to expired, forged and malformed tokens', async () => {
    const expired = await stack.token({ role: 'FEDERATION_ADMIN', region: '44' }, '-1m');
    const tokens = [expired, `${provinceAdmin.slice(0, -4)}AAAA`, 'not-a-jwt'];
    for (const token of tokens) {
      const result = await stack.gql(token, '{ region(code: "44") { name } }');
      expect(result.status).toBe(401);
      errorWith(result, 'UNAUTHENTICATED');
    }
    const anonymous = await stack.gql(null, '{ organizations { totalCount } }');
    errorWith(anonymous, 'UNAUTHENTICATED');
  });

  it('closes every subgraph to direct calls without the signed context (HTTP 401)', async () => {
    for (const url of Object.values(stack.subgraphUrls)) {
      for (const query of [
        '{ _service { sdl } }',
        '{ _entities(representations: [{ __typename: "Region", code: "44" }]) { ... on Region { name } } }',
        '{ region(code: "44") { name } }',
      ]) {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [CONTEXT_HEADER]: 'forged' },
          body: JSON.stringify({ query }),
        });
        expect(response.status).toBe(401);
        const plain = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        expect(plain.status).toBe(401);
      }
    }
  });

  it('reports health and readiness of the gateway and every subgraph', async () => {
    const base = stack.gatewayUrl.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    for (const url of Object.values(stack.subgraphUrls)) {
      expect((await fetch(url.replace(/\/graphql$/, '/readyz'))).status).toBe(200);
    }
  });
});
