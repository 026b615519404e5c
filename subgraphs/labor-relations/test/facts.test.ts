import {
  CONTEXT_HEADER,
  createLogger,
  createTestDatabase,
  makeCreditCode,
  migrateToLatest,
  newId,
  signContextToken,
  type Identity,
} from '@union/kit';
import * as organizations from '@union/organizations';
import { entitiesFacts } from '../src/lib';

const SECRET = 'facts-test-secret-0123456789abcdef';
const ADMIN: Identity = { sub: 'admin', role: 'FEDERATION_ADMIN', region: '44', perms: [] };

/*
 * The production Facts adapter against the real organizations subgraph (SQLite is enough: this
 * is about the `_entities` contract, not the database): region and employer of an organization
 * come back through `_entities` with a SERVICE identity, unknown ids as null.
 */
describe('entitiesFacts against the organizations subgraph', () => {
  let url: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const tdb = await createTestDatabase<any>('sqlite', 'facts');
    await migrateToLatest(tdb.db, organizations.migrations);
    const server = await organizations.createServer({
      db: tdb.db,
      subgraphSecret: SECRET,
      logger: createLogger('test', 'silent'),
    });
    url = await server.listen(0);
    close = async () => {
      await server.close();
      await tdb.destroy();
    };
  });
  afterAll(() => close());

  async function gql(query: string, input: Record<string, unknown>) {
    const token = await signContextToken({ identity: ADMIN, requestId: newId() }, SECRET);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CONTEXT_HEADER]: token },
      body: JSON.stringify({ query, variables: { input } }),
    });
    return ((await response.json()) as any).data;
  }

  it('answers the region and employer of an organization, and null for an unknown one', async () => {
    const province = await gql(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }`,
      { name: '广东省总工会', kind: 'FEDERATION', regionCode: '44' },
    );
    const employer = await gql(
      `mutation($input: RegisterEmployerInput!) { registerEmployer(input: $input) { employer { id } } }`,
      {
        name: '广州市天河区恒信电子科技有限公司',
        creditCode: makeCreditCode({ regionCode: '440106', serial: 424242 }),
        industryCode: 'C',
        ownership: 'PRIVATE',
        employeeCount: 320,
        regionCode: '440106',
      },
    );
    const union = await gql(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }`,
      {
        name: '恒信电子工会',
        kind: 'GRASSROOTS',
        regionCode: '440106',
        parentId: province.createOrganization.organization.id,
        employerId: employer.registerEmployer.employer.id,
      },
    );
    const facts = entitiesFacts({ organizationsUrl: url, membersUrl: url, subgraphSecret: SECRET });
    const id = union.createOrganization.organization.id;
    expect(await facts.organization(id)).toEqual({
      id,
      kind: 'GRASSROOTS',
      status: 'ACTIVE',
      regionCode: '440106',
      employerId: employer.registerEmployer.employer.id,
    });
    expect(await facts.organization(newId())).toBeNull();
  });

  it('answers a region of the directory (public reference data), null for a code it lacks', async () => {
    const facts = entitiesFacts({ organizationsUrl: url, membersUrl: url, subgraphSecret: SECRET });
    expect(await facts.region('440106')).toEqual({ code: '440106', level: 'COUNTY' });
    expect(await facts.region('4401')).toEqual({ code: '4401', level: 'CITY' });
    expect(await facts.region('440199')).toBeNull();
  });

  it('fails (never answers "unknown") when organizations is down', async () => {
    const facts = entitiesFacts({
      organizationsUrl: 'http://127.0.0.1:9/graphql',
      membersUrl: url,
      subgraphSecret: SECRET,
    });
    await expect(facts.region('440106')).rejects.toThrow();
  });

  it('fails (never guesses) when the owner rejects the call', async () => {
    const facts = entitiesFacts({
      organizationsUrl: url,
      membersUrl: url,
      subgraphSecret: 'a-wrong-secret-0123456789abcdefgh',
    });
    await expect(facts.organization(newId())).rejects.toThrow('look-up failed');
  });
});
