import { testDialects } from '@union/kit';
import { as, expectError, startHarness, type Harness } from './harness';

/* Issue 9 §4 in this subgraph: filters, ids and free text are checked before any SQL, on both databases. */
const ADMIN = as('FEDERATION_ADMIN', { region: '44' });

describe.each(testDialects())('services input hygiene on %s', (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(dialect);
  });
  afterAll(() => h.close());

  it.each([
    [
      'query($v: String) { servicePrograms(filter: { regionPrefix: $v }) { totalCount } }',
      'filter.regionPrefix',
      '４４',
    ],
    [
      'query($v: ID) { servicePrograms(filter: { organizationId: $v }) { totalCount } }',
      'filter.organizationId',
      '😀',
    ],
    ['query($v: ID) { serviceRequests(filter: { memberId: $v }) { totalCount } }', 'filter.memberId', '４４'],
    [
      'query($v: String) { hardshipCases(filter: { regionPrefix: $v }) { totalCount } }',
      'filter.regionPrefix',
      '4\u0000',
    ],
    [
      'query($v: String) { assistanceTotals(year: 2025, regionPrefix: $v) { __typename } }',
      'regionPrefix',
      '😀',
    ],
    ['query($v: ID!) { serviceProgram(id: $v) { id } }', 'id', '４４'],
    ['query($v: String) { servicePrograms(after: $v) { totalCount } }', 'after', 'x'.repeat(100_000)],
    [
      'mutation($v: String!) { createServiceProgram(input: { name: $v, category: LEGAL_AID, mode: UNIVERSAL }) { program { id } } }',
      'input.name',
      '援助\u202e',
    ],
    [
      'mutation($v: String) { createServiceProgram(input: { name: "ok", description: $v, category: LEGAL_AID, mode: UNIVERSAL }) { program { id } } }',
      'input.description',
      'x'.repeat(2001),
    ],
    [
      'mutation($v: String!) { grantAssistance(input: { caseId: "x", amountCents: 1, kind: CASH, idempotencyKey: $v }) { grant { id } } }',
      'input.idempotencyKey',
      'ｋｅｙ１２３４５６７８',
    ],
  ])('%s refuses a hostile value as BAD_USER_INPUT naming %s', async (query, field, value) => {
    expectError(await h.gql(ADMIN, query, { v: value }), 'BAD_USER_INPUT', field);
  });
});
