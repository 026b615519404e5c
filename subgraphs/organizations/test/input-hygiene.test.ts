import { creditCodeCheckChar, testDialects } from '@union/kit';
import { buildTree, PROVINCE_ADMIN, type Tree } from './fixture';
import { expectError, nextCreditCode, startHarness, type Harness } from './harness';

/*
 * Issue 9 §4 in this subgraph: filters and lookups check shape and length before any SQL (on
 * MariaDB a non-ASCII code against an ASCII column was an "Illegal mix of collations" INTERNAL
 * error; a 100,000-character nameContains reached SQLite), and text is stored clean.
 */
const CREATE = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id name } } }`;
const REGISTER = `mutation($input: RegisterEmployerInput!) { registerEmployer(input: $input) { employer { id } } }`;

describe.each(testDialects())('organizations input hygiene on %s', (dialect) => {
  let h: Harness;
  let t: Tree;
  beforeAll(async () => {
    h = await startHarness(dialect);
    t = await buildTree(h);
  });
  afterAll(() => h.close());

  it.each([
    [
      'query($v: String) { organizations(filter: { nameContains: $v }) { totalCount } }',
      'filter.nameContains',
      'x'.repeat(100_000),
    ],
    [
      'query($v: String) { organizations(filter: { nameContains: $v }) { totalCount } }',
      'filter.nameContains',
      'a\u0000b',
    ],
    [
      'query($v: String) { organizations(filter: { regionPrefix: $v }) { totalCount } }',
      'filter.regionPrefix',
      '４４',
    ],
    [
      'query($v: String) { employers(filter: { regionPrefix: $v }) { totalCount } }',
      'filter.regionPrefix',
      '😀',
    ],
    [
      'query($v: String) { employers(filter: { industryCode: $v }) { totalCount } }',
      'filter.industryCode',
      'Ｃ',
    ],
    [
      'query($v: String) { employers(filter: { nameContains: $v }) { totalCount } }',
      'filter.nameContains',
      '\u202e',
    ],
    ['query($v: ID) { regions(parentCode: $v) { code } }', 'parentCode', '４４'],
    ['query($v: ID!) { region(code: $v) { code } }', 'code', '😀'],
    ['query($v: ID!) { organization(id: $v) { id } }', 'id', '４４'],
    ['query($v: ID!) { employer(id: $v) { id } }', 'id', "' OR 1=1 --"],
    [
      'query($v: String!) { employerByCreditCode(creditCode: $v) { id } }',
      'creditCode',
      '９１４４０３００１９２２０３８２１６',
    ],
    ['query($v: String) { organizations(after: $v) { totalCount } }', 'after', '😀'],
  ])('%s: a hostile value is BAD_USER_INPUT naming %s', async (query, field, value) => {
    const result = await h.gql(PROVINCE_ADMIN, query, { v: value });
    expectError(result, 'BAD_USER_INPUT', field);
    expect(JSON.stringify(result.errors)).not.toContain(value.slice(0, 20));
  });

  it('stores names NFC-normalized and trimmed, refuses control and bidi characters without writing', async () => {
    const created = await h.gql(PROVINCE_ADMIN, CREATE, {
      input: { name: '  Jose\u0301 工会 ', kind: 'BRANCH', parentId: t.factory, regionCode: '440106' },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data.createOrganization.organization.name).toBe('Jos\u00e9 工会');
    const before = await h.db
      .selectFrom('organizations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    for (const name of ['工会\u0000', 'evil\u202egpj.exe', '\ud800工会', '\u200b\u200b', 'x'.repeat(201)]) {
      const result = await h.gql(PROVINCE_ADMIN, CREATE, {
        input: { name, kind: 'BRANCH', parentId: t.factory, regionCode: '440106' },
      });
      expectError(result, 'BAD_USER_INPUT', 'input.name');
    }
    const after = await h.db
      .selectFrom('organizations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('refuses credit codes whose registration authority or category is not in the GB 32100 table', async () => {
    const valid = nextCreditCode('440106');
    // Same body, other first characters, check characters recomputed: only the table can refuse these.
    for (const prefix of ['01', '9A', '94', 'Y2']) {
      const first17 = prefix + valid.slice(2, 17);
      const code = first17 + creditCodeCheckChar(first17);
      const result = await h.gql(PROVINCE_ADMIN, REGISTER, {
        input: {
          name: '测试企业',
          creditCode: code,
          industryCode: 'C',
          ownership: 'PRIVATE',
          employeeCount: 10,
          regionCode: '440106',
        },
      });
      expectError(result, 'BAD_USER_INPUT', 'input.creditCode');
    }
  });
});
