import { testDialects } from '@union/kit';
import { as, expectError, startHarness, type Harness } from './harness';

/* Issue 9 §4 in this subgraph: case numbers, ids, prefixes and free text are checked before any SQL. */
const ADMIN = as('FEDERATION_ADMIN', { region: '44' });

describe.each(testDialects())('labor-relations input hygiene on %s', (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(dialect);
  });
  afterAll(() => h.close());

  it.each([
    [
      'query($v: String!) { laborDisputeByCaseNumber(caseNumber: $v) { id } }',
      'caseNumber',
      '４４０１-2025-000001',
    ],
    ['query($v: String!) { laborDisputeByCaseNumber(caseNumber: $v) { id } }', 'caseNumber', "1' OR '1'='1"],
    ['query($v: ID!) { laborDispute(id: $v) { id } }', 'id', '😀'],
    ['query($v: ID!) { collectiveContract(id: $v) { id } }', 'id', '４４'],
    [
      'query($v: String) { collectiveContracts(filter: { regionPrefix: $v }) { totalCount } }',
      'filter.regionPrefix',
      '４４',
    ],
    [
      'query($v: String) { laborDisputes(filter: { regionPrefix: $v }) { totalCount } }',
      'filter.regionPrefix',
      '😀',
    ],
    [
      'query($v: ID) { workersCongresses(filter: { organizationId: $v }) { totalCount } }',
      'filter.organizationId',
      '４４',
    ],
    [
      'query($v: String) { riskAssessments(filter: { regionPrefix: $v }) { totalCount } }',
      'filter.regionPrefix',
      '\u202e44',
    ],
    [
      'mutation($v: String!) { addLaborDisputeNote(input: { id: "x", note: $v }) { dispute { id } } }',
      'input.note',
      '欠薪\u0000',
    ],
    [
      'mutation($v: String!) { recordRiskAssessment(input: { organizationId: "x", period: $v, assessedOn: "2025-01-01", findings: "ok", riskLevel: LOW }) { assessment { id } } }',
      'input.period',
      '２０２５-Q1',
    ],
  ])('%s refuses a hostile value as BAD_USER_INPUT naming %s', async (query, field, value) => {
    expectError(await h.gql(ADMIN, query, { v: value }), 'BAD_USER_INPUT', field);
  });
});
