import { testDialects } from '@union/kit';
import {
  expectError,
  nextIdNumber,
  nextPhone,
  PROVINCE_ADMIN,
  startHarness,
  SUBMIT,
  type Harness,
} from './harness';

/*
 * Issue 9 §4 in this subgraph: the anonymous application form stored names with NUL, U+202E and
 * lone surrogates; filters and ids reached MariaDB unchecked. Both are refused before any SQL.
 */
async function applications(h: Harness): Promise<number> {
  const row = await h.db
    .selectFrom('membership_applications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe.each(testDialects())('members input hygiene on %s', (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(dialect);
  });
  afterAll(() => h.close());

  const input = (extra: Record<string, unknown>) => ({
    name: '王五',
    idNumber: nextIdNumber(),
    phone: nextPhone(),
    organizationId: h.tree.factory,
    hukouType: 'URBAN',
    ...extra,
  });

  it.each([
    ['NUL', { name: '王\u0000五' }, 'input.name'],
    ['a right-to-left override', { name: '王\u202e五' }, 'input.name'],
    ['a bidi isolate', { name: '\u2066王五\u2069' }, 'input.name'],
    ['a lone surrogate', { name: '王\ud800五' }, 'input.name'],
    ['only zero-width characters', { name: '\u200b\u200d\ufeff' }, 'input.name'],
    ['a line break in a name', { name: '王\n五' }, 'input.name'],
    ['101 characters', { name: '王'.repeat(101) }, 'input.name'],
    ['a fullwidth organization id', { organizationId: '４４' }, 'input.organizationId'],
    ['an emoji organization id', { organizationId: '😀' }, 'input.organizationId'],
    ['a control character in the occupation', { occupation: '焊工\u0007' }, 'input.occupation'],
    ['a bidi override in the employer name', { employerName: 'ACME\u202e' }, 'input.employerName'],
    [
      'a credit code of authority 0',
      { employerCreditCode: '01440106123456789X' },
      'input.employerCreditCode',
    ],
  ])('the anonymous form refuses %s, storing nothing', async (_, extra, field) => {
    const before = await applications(h);
    expectError(await h.gql(null, SUBMIT, { input: input(extra) }), 'BAD_USER_INPUT', field);
    expect(await applications(h)).toBe(before);
  });

  it('stores the name NFC-normalized and trimmed', async () => {
    const result = await h.gql(null, SUBMIT, { input: input({ name: '\u3000Jose\u0301 王 ' }) });
    expect(result.errors).toBeUndefined();
    const row = await h.db
      .selectFrom('membership_applications')
      .select('name')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row.name).toBe('Jos\u00e9 王');
  });

  it.each([
    ['{ members(filter: { regionPrefix: $v }) { totalCount } }', 'String', 'filter.regionPrefix', '４４'],
    [
      '{ members(filter: { namePrefix: $v }) { totalCount } }',
      'String',
      'filter.namePrefix',
      'x'.repeat(100_000),
    ],
    ['{ members(filter: { organizationId: $v }) { totalCount } }', 'ID', 'filter.organizationId', '😀'],
    ['{ member(id: $v) { id } }', 'ID!', 'id', '４４'],
    ['{ membershipApplication(id: $v) { id } }', 'ID!', 'id', '\u0000'],
    ['{ piiAccessLog(filter: { actor: $v }) { totalCount } }', 'String', 'filter.actor', '\u202e'],
  ])('%s ($v: %s) refuses a hostile value as BAD_USER_INPUT naming %s', async (query, type, field, value) => {
    const result = await h.gql(PROVINCE_ADMIN, `query($v: ${type}) ${query}`, { v: value });
    expectError(result, 'BAD_USER_INPUT', field);
  });
});
