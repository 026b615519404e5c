import { expectOk, newId, testDialects } from '@union/kit';
import { buildTree, createOrg, PROVINCE_ADMIN, registerEmployer, type Tree } from './fixture';
import { as, expectError, nextCreditCode, startHarness, type Harness } from './harness';

/*
 * Issue 9 §2 for the links local to organizations: every row a write names is checked against the
 * caller — outside its jurisdiction → FORBIDDEN, missing → NOT_FOUND, both naming the input field —
 * and a refused write stores nothing. The titles "<mutation> <field>" are listed by
 * test/src/security/link-fields.test.ts.
 */
const CREATE = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }`;
const UPDATE = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { id version employer { id } } } }`;
const MERGE = `mutation($input: MergeOrganizationsInput!) { mergeOrganizations(input: $input) { movedChildren } }`;
const WORKER_HOME = `mutation($input: SetWorkerHomeInput!) { setWorkerHome(input: $input) { organization { id } } }`;
const REGISTER = `mutation($input: RegisterEmployerInput!) { registerEmployer(input: $input) { employer { id } } }`;
const READ = `query($id: ID!) { organization(id: $id) { version status employer { id name } } }`;

const GUANGZHOU_ADMIN = as('FEDERATION_ADMIN', { region: '4401' });

describe.each(testDialects())('links named by organizations writes on %s', (dialect) => {
  let h: Harness;
  let t: Tree;
  let shenzhenEmployer: string;
  let tianheEmployer: string;
  let guangzhouUnion: string;
  let shenzhenUnion: string;

  const count = async (table: 'organizations' | 'employers' | 'worker_homes') =>
    Number(
      (
        await h.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  /** Runs the refused writes and proves the table did not change. */
  async function storesNothing(
    table: 'organizations' | 'employers' | 'worker_homes',
    run: () => Promise<void>,
  ) {
    const before = await count(table);
    await run();
    expect(await count(table)).toBe(before);
  }

  beforeAll(async () => {
    h = await startHarness(dialect);
    t = await buildTree(h);
    shenzhenEmployer = await registerEmployer(h, '440305', '深圳市南山区远航电子有限公司');
    tianheEmployer = await registerEmployer(h, '440106', '广州市天河区晨光机械有限公司');
    guangzhouUnion = await createOrg(h, {
      name: '广州市天河区晨光机械有限公司工会',
      kind: 'GRASSROOTS',
      regionCode: '440106',
      parentId: t.tianhe,
    });
    shenzhenUnion = await createOrg(h, {
      name: '深圳市南山区远航电子有限公司工会',
      kind: 'GRASSROOTS',
      regionCode: '440305',
      parentId: t.nanshan,
    });
  });
  afterAll(() => h.close());

  it('attack: an ORG_ADMIN can no longer link its union to an employer of another city (updateOrganization input.employerId)', async () => {
    const factoryAdmin = as('ORG_ADMIN', { org: t.factory });
    const before = expectOk(await h.gql(PROVINCE_ADMIN, READ, { id: t.factory })).organization;
    expectError(
      await h.gql(factoryAdmin, UPDATE, {
        input: { id: t.factory, expectedVersion: before.version, employerId: shenzhenEmployer },
      }),
      'FORBIDDEN',
      'input.employerId',
    );
    expectError(
      await h.gql(factoryAdmin, UPDATE, {
        input: { id: t.factory, expectedVersion: before.version, employerId: newId() },
      }),
      'NOT_FOUND',
      'input.employerId',
    );
    const after = expectOk(await h.gql(PROVINCE_ADMIN, READ, { id: t.factory })).organization;
    expect(after).toEqual(before);
    expect(after.employer.id).toBe(t.factoryEmployer);
    // An employer inside the union's own region is still the admin's to choose.
    const own = await h.gql(factoryAdmin, UPDATE, {
      input: { id: t.factory, expectedVersion: before.version, employerId: tianheEmployer },
    });
    expect(expectOk(own).updateOrganization.organization.employer.id).toBe(tianheEmployer);
    expectOk(
      await h.gql(factoryAdmin, UPDATE, {
        input: { id: t.factory, expectedVersion: before.version + 1, employerId: t.factoryEmployer },
      }),
    );
  });

  it('createOrganization input.employerId: out of scope → FORBIDDEN, unknown → NOT_FOUND, nothing stored', async () => {
    const input = { name: '新工会', kind: 'GRASSROOTS', regionCode: '440106', parentId: t.tianhe };
    await storesNothing('organizations', async () => {
      expectError(
        await h.gql(GUANGZHOU_ADMIN, CREATE, { input: { ...input, employerId: shenzhenEmployer } }),
        'FORBIDDEN',
        'input.employerId',
      );
      expectError(
        await h.gql(GUANGZHOU_ADMIN, CREATE, { input: { ...input, employerId: newId() } }),
        'NOT_FOUND',
        'input.employerId',
      );
    });
  });

  it('createOrganization input.parentId: out of scope → FORBIDDEN, unknown → NOT_FOUND, nothing stored', async () => {
    await storesNothing('organizations', async () => {
      // A Guangzhou admin may not hang a union directly under the provincial federation…
      expectError(
        await h.gql(GUANGZHOU_ADMIN, CREATE, {
          input: { name: '越级工会', kind: 'GRASSROOTS', regionCode: '440106', parentId: t.province },
        }),
        'FORBIDDEN',
        'input.parentId',
      );
      // …and an ORG_ADMIN may found branches under its own union only.
      expectError(
        await h.gql(as('ORG_ADMIN', { org: t.factory }), CREATE, {
          input: { name: '分会', kind: 'BRANCH', regionCode: '440106', parentId: guangzhouUnion },
        }),
        'FORBIDDEN',
        'input.parentId',
      );
      expectError(
        await h.gql(GUANGZHOU_ADMIN, CREATE, {
          input: { name: '无主工会', kind: 'GRASSROOTS', regionCode: '440106', parentId: newId() },
        }),
        'NOT_FOUND',
        'input.parentId',
      );
    });
  });

  it('createOrganization input.regionCode: out of scope → FORBIDDEN, unknown → NOT_FOUND, nothing stored', async () => {
    await storesNothing('organizations', async () => {
      expectError(
        await h.gql(GUANGZHOU_ADMIN, CREATE, {
          input: { name: '越界工会', kind: 'GRASSROOTS', regionCode: '440305', parentId: t.nanshan },
        }),
        'FORBIDDEN',
        'input.regionCode',
      );
      expectError(
        await h.gql(as('ORG_ADMIN', { org: t.factory }), CREATE, {
          input: { name: '分会', kind: 'BRANCH', regionCode: '440305', parentId: t.factory },
        }),
        'FORBIDDEN',
        'input.regionCode',
      );
      expectError(
        await h.gql(PROVINCE_ADMIN, CREATE, {
          input: { name: '某工会', kind: 'GRASSROOTS', regionCode: '449999', parentId: t.guangzhou },
        }),
        'NOT_FOUND',
        'input.regionCode',
      );
    });
  });

  it('registerEmployer input.regionCode: out of scope → FORBIDDEN, unknown → NOT_FOUND, nothing stored', async () => {
    const input = {
      name: '深圳市南山区某某有限公司',
      industryCode: 'C',
      ownership: 'PRIVATE',
      employeeCount: 10,
    };
    await storesNothing('employers', async () => {
      expectError(
        await h.gql(GUANGZHOU_ADMIN, REGISTER, {
          input: { ...input, creditCode: nextCreditCode('440305'), regionCode: '440305' },
        }),
        'FORBIDDEN',
        'input.regionCode',
      );
      expectError(
        await h.gql(PROVINCE_ADMIN, REGISTER, {
          input: { ...input, creditCode: nextCreditCode('440305'), regionCode: '449999' },
        }),
        'NOT_FOUND',
        'input.regionCode',
      );
    });
  });

  it('mergeOrganizations input.sourceId and input.targetId: out of scope → FORBIDDEN, unknown → NOT_FOUND, nothing stored', async () => {
    const before = expectOk(
      await h.gql(
        PROVINCE_ADMIN,
        `query($a: ID!, $b: ID!) { a: organization(id: $a) { status version } b: organization(id: $b) { status version } }`,
        {
          a: guangzhouUnion,
          b: shenzhenUnion,
        },
      ),
    );
    const merge = (sourceId: string, targetId: string) =>
      h.gql(GUANGZHOU_ADMIN, MERGE, { input: { sourceId, targetId } });
    expectError(await merge(shenzhenUnion, t.factory), 'FORBIDDEN', 'input.sourceId');
    expectError(await merge(guangzhouUnion, shenzhenUnion), 'FORBIDDEN', 'input.targetId');
    expectError(await merge(newId(), t.factory), 'NOT_FOUND', 'input.sourceId');
    expectError(await merge(guangzhouUnion, newId()), 'NOT_FOUND', 'input.targetId');
    const after = expectOk(
      await h.gql(
        PROVINCE_ADMIN,
        `query($a: ID!, $b: ID!) { a: organization(id: $a) { status version } b: organization(id: $b) { status version } }`,
        {
          a: guangzhouUnion,
          b: shenzhenUnion,
        },
      ),
    );
    expect(after).toEqual(before);
  });

  it('setWorkerHome input.organizationId: out of scope → FORBIDDEN, unknown → NOT_FOUND, nothing stored', async () => {
    const input = { integrated: true, rating: 4 };
    await storesNothing('worker_homes', async () => {
      expectError(
        await h.gql(GUANGZHOU_ADMIN, WORKER_HOME, { input: { ...input, organizationId: shenzhenUnion } }),
        'FORBIDDEN',
        'input.organizationId',
      );
      expectError(
        await h.gql(as('ORG_ADMIN', { org: t.factory }), WORKER_HOME, {
          input: { ...input, organizationId: guangzhouUnion },
        }),
        'FORBIDDEN',
        'input.organizationId',
      );
      expectError(
        await h.gql(GUANGZHOU_ADMIN, WORKER_HOME, { input: { ...input, organizationId: newId() } }),
        'NOT_FOUND',
        'input.organizationId',
      );
    });
  });
});
