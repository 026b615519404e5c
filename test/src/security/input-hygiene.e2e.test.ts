import { createDatabase, makeCreditCode, makeNationalId, newId, testDialects } from '@union/kit';
import fc from 'fast-check';
import { sql, type Kysely } from 'kysely';
import { startStack, type GqlResult, type Stack } from '../support/stack';
import { hostileString, mustRefuse } from './support/hostile';
import { API_SCHEMA, operations, withLeaf, type Ids, type Operation } from './support/operations';

/**
 * Issue 9 §4: generated hostile strings (NUL and other controls, bidi overrides, lone surrogates,
 * zero-width-only strings, fullwidth digits, emoji, 100,000-character strings, SQL metacharacters)
 * at every string leaf of every mutation and every filter and lookup of every subgraph, through
 * the real gateway, on each database. Whatever the value:
 *  - never INTERNAL_SERVER_ERROR (or an error without a code);
 *  - a refused mutation stores nothing (row counts of every table of every subgraph unchanged);
 *  - a value no input may take (see mustRefuse) is BAD_USER_INPUT naming exactly that field.
 * Operations come from schema/api.graphql, so a new one is attacked without being listed.
 */
const RUNS = Number(process.env.HYGIENE_RUNS ?? 20);
const OPERATIONS = operations();

/** String leaves that hold codes (ASCII only), besides every ID. */
const CODES = new Set([
  'regionCode',
  'regionPrefix',
  'parentCode',
  'coveredRegion',
  'creditCode',
  'employerCreditCode',
  'industryCode',
  'caseNumber',
  'idempotencyKey',
  'period',
  'after',
  'number',
  'code',
]);

/**
 * Operations whose template the graph refuses for a reason the seeded rows make unavoidable; their
 * attacks still prove the shape checks, which run before that refusal.
 */
const REFUSED_TEMPLATES: Record<string, string> = {
  'Mutation.linkAppealToServiceRequest': "no seeded service request shares the seeded appeal's organization",
  'Mutation.linkAppealToHardshipCase':
    "no seeded hardship case shares the seeded appeal's organization or city",
};

/** Which token each operation is tried with (default: a province-wide federation admin). */
const CALLER: Record<string, 'member'> = {
  'Mutation.submitMembershipApplication': 'member',
  'Mutation.withdrawMembershipApplication': 'member',
  'Mutation.submitAppeal': 'member',
  'Mutation.rateAppeal': 'member',
  'Mutation.updateMyProfile': 'member',
  'Mutation.requestService': 'member',
  'Mutation.rateServiceRequest': 'member',
};

function first(result: GqlResult, path: string[]): string | undefined {
  let node: any = result.data;
  for (const key of path) node = (Array.isArray(node) ? node[0] : node)?.[key];
  return Array.isArray(node) ? node[0] : node;
}

describe.each(testDialects())('input hygiene through the gateway on %s', (dialect) => {
  let stack: Stack;
  let admin: string;
  let memberId: string;
  let ids: Ids;
  let databases: { name: string; db: Kysely<any>; tables: string[] }[];

  /**
   * A token of its own per operation: the gateway's per-subject rate limit then never refuses an
   * attack, and public forms are sent with a MEMBER token so the per-address form budget does not
   * either (the input checks are the same with or without a token; members' tests cover anonymous).
   */
  const tokenFor = (op: Operation) =>
    stack.token(
      CALLER[op.coordinate] === 'member'
        ? { role: 'MEMBER', member: memberId, sub: `hygiene ${op.coordinate}` }
        : { role: 'FEDERATION_ADMIN', region: '44', sub: `hygiene ${op.coordinate}` },
    );

  /** Rows per table of every subgraph's database, one query per database. */
  async function rowCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    await Promise.all(
      databases.map(async ({ name, db, tables }) => {
        const columns = tables.map(
          (t, i) => sql`(select count(*) from ${sql.table(t)}) as ${sql.id(`t${i}`)}`,
        );
        const row = (await sql<Record<string, number>>`select ${sql.join(columns)}`.execute(db)).rows[0]!;
        tables.forEach((t, i) => (counts[`${name}.${t}`] = Number(row[`t${i}`])));
      }),
    );
    return counts;
  }

  beforeAll(async () => {
    stack = await startStack({ dialect, scale: 0.05 });
    const seeded = stack.prepared.find((p) => p.name === 'members')!.seed.data as {
      id: string;
      orgId: string;
      regionCode: string;
    }[];
    const someone = seeded[0]!;
    admin = await stack.token({ role: 'FEDERATION_ADMIN', region: '44' });
    memberId = someone.id;
    const q = (query: string) => stack.gql(admin, query);
    const idOf = async (query: string, path: string[]) => first(await q(query), path) ?? newId();
    const disposable = await stack.gql(
      admin,
      `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { organization { id } } }`,
      {
        i: { name: '卫生检查用工会', kind: 'GRASSROOTS', regionCode: '440106' },
      },
    );
    const idNumber = makeNationalId({ regionCode: '440106', birthDate: '1990-05-05', sequence: '417' });
    const application = await stack.gql(
      null,
      `mutation($i: SubmitMembershipApplicationInput!) { submitMembershipApplication(input: $i) { application { id } } }`,
      {
        i: {
          name: '申请人',
          idNumber,
          phone: '13900139000',
          organizationId: someone.orgId,
          hukouType: 'URBAN',
        },
      },
    );
    const dispute = (await q('{ laborDisputes(first: 1) { nodes { id caseNumber } } }')).data?.laborDisputes
      ?.nodes?.[0];
    ids = {
      organization: someone.orgId,
      disposableOrganization: first(disposable, ['createOrganization', 'organization', 'id']) ?? newId(),
      member: someone.id,
      employer: await idOf('{ employers(first: 1) { nodes { id } } }', ['employers', 'nodes', 'id']),
      program: await idOf('{ servicePrograms(first: 1) { nodes { id } } }', [
        'servicePrograms',
        'nodes',
        'id',
      ]),
      request: await idOf('{ serviceRequests(first: 1) { nodes { id } } }', [
        'serviceRequests',
        'nodes',
        'id',
      ]),
      hardshipCase: await idOf('{ hardshipCases(first: 1) { nodes { id } } }', [
        'hardshipCases',
        'nodes',
        'id',
      ]),
      contract: await idOf('{ collectiveContracts(first: 1) { nodes { id } } }', [
        'collectiveContracts',
        'nodes',
        'id',
      ]),
      dispute: dispute?.id ?? newId(),
      caseNumber: dispute?.caseNumber ?? '4401-2025-000001',
      application: first(application, ['submitMembershipApplication', 'application', 'id']) ?? newId(),
      transfer: newId(),
      appeal: await idOf('{ appeals { nodes { id } } }', ['appeals', 'nodes', 'id']),
      regionCode: someone.regionCode,
      idNumber,
      creditCode: makeCreditCode({ regionCode: '440106', serial: 31_415_926 }),
    };
    databases = [];
    for (const p of stack.prepared) {
      const db = await createDatabase<any>(p.target);
      const tables = (await db.introspection.getTables())
        .map((t) => t.name)
        .filter((t) => !t.startsWith('kysely_'));
      databases.push({ name: p.name, db, tables });
    }
  }, 120_000);

  afterAll(async () => {
    for (const d of databases ?? []) await d.db.destroy();
    await stack?.close();
  });

  it('attacks every mutation of the schema and every field that takes a string', () => {
    const mutations = Object.keys(API_SCHEMA.getMutationType()!.getFields()).map((m) => `Mutation.${m}`);
    expect(
      OPERATIONS.filter((o) => o.kind === 'mutation')
        .map((o) => o.coordinate)
        .sort(),
    ).toEqual(mutations.sort());
    expect(OPERATIONS.map((o) => o.coordinate)).toEqual(
      expect.arrayContaining([
        'Query.organizations',
        'Query.employers',
        'Query.regions',
        'Query.members',
        'Query.laborDisputeByCaseNumber',
        'Organization.members',
      ]),
    );
  });

  it('starts every attack from variables the graph accepts as input (else the attack proves nothing)', async () => {
    const refused: string[] = [];
    for (const op of OPERATIONS) {
      const result = await stack.gql(await tokenFor(op), op.document, op.variables(ids));
      const error = result.errors?.find((e) => e.extensions?.code === 'BAD_USER_INPUT');
      if (error && !(op.coordinate in REFUSED_TEMPLATES)) refused.push(`${op.coordinate}: ${error.message}`);
    }
    expect(refused).toEqual([]);
  });

  it.each(OPERATIONS.map((o) => [o.coordinate, o] as const))('%s', async (_, op: Operation) => {
    const token = await tokenFor(op);
    let before = op.kind === 'mutation' ? await rowCounts() : {};
    const tally: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: op.leaves.length - 1 }), hostileString, async (which, { value }) => {
        const leaf = op.leaves[which]!;
        const field = leaf.path.join('.');
        const result = await stack.gql(token, op.document, withLeaf(op.variables(ids), leaf.path, value));
        if (result.status === 429)
          throw new Error('rate limited: the e2e stack needs higher limits for this suite');
        const codes = (result.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
        if (process.env.HYGIENE_STATS) tally[codes[0] ?? 'OK'] = (tally[codes[0] ?? 'OK'] ?? 0) + 1;
        if (codes.includes('INTERNAL_SERVER_ERROR') || codes.includes('NO_CODE')) {
          throw new Error(`${field}: ${JSON.stringify(result.errors)}`);
        }
        expect(codes).not.toContain('NO_CODE');
        expect(result.status).toBeLessThan(500);
        const isCode = leaf.id || CODES.has(String(leaf.path.filter((p) => typeof p === 'string').at(-1)));

        if (mustRefuse(value, isCode)) {
          const refusal = result.errors?.[0];
          if (refusal?.extensions?.code !== 'BAD_USER_INPUT' || refusal.extensions.field !== field) {
            throw new Error(
              `${field} was not refused as BAD_USER_INPUT naming it: ${JSON.stringify(result.errors)}`,
            );
          }
        }
        if (op.kind === 'mutation') {
          const after = await rowCounts();
          if (result.errors?.length) expect(after).toEqual(before);
          before = after;
        }
      }),
      { numRuns: RUNS },
    );
    // HYGIENE_STATS=1 shows how deep each operation got (OK = accepted) when changing templates.
    if (process.env.HYGIENE_STATS) process.stdout.write(`${op.coordinate} ${JSON.stringify(tally)}\n`);
  });
});
