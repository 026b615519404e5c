import {
  coversRegion,
  createTestDatabase,
  likeContains,
  likePrefix,
  rowInScope,
  scopeOf,
  scopePredicate,
  testDialects,
  type Identity,
  type Scope,
  type TestDatabase,
} from '../src';

const id = (role: Identity['role'], extra: Partial<Identity> = {}): Identity => ({
  sub: 's',
  role,
  perms: [],
  ...extra,
});

describe('scopeOf', () => {
  it.each<[string, Identity | null, Scope]>([
    ['anonymous', null, { kind: 'NONE' }],
    ['SERVICE', id('SERVICE'), { kind: 'ALL' }],
    [
      'FEDERATION_ADMIN of 4401',
      id('FEDERATION_ADMIN', { region: '4401' }),
      { kind: 'REGION', prefix: '4401' },
    ],
    ['FEDERATION_ADMIN without region', id('FEDERATION_ADMIN'), { kind: 'NONE' }],
    ['AUDITOR of 44', id('AUDITOR', { region: '44' }), { kind: 'REGION', prefix: '44' }],
    ['AUDITOR without region', id('AUDITOR', { org: 'o1' }), { kind: 'NONE' }],
    ['ORG_ADMIN of o1', id('ORG_ADMIN', { org: 'o1', region: '44' }), { kind: 'ORG', orgId: 'o1' }],
    ['ORG_ADMIN without org', id('ORG_ADMIN', { region: '44' }), { kind: 'NONE' }],
    [
      'MEMBER m1 of o1',
      id('MEMBER', { member: 'm1', org: 'o1' }),
      { kind: 'MEMBER', memberId: 'm1', orgId: 'o1' },
    ],
    ['MEMBER m1 without org', id('MEMBER', { member: 'm1' }), { kind: 'MEMBER', memberId: 'm1' }],
    ['MEMBER without member', id('MEMBER', { org: 'o1' }), { kind: 'NONE' }],
  ])('%s', (_label, identity, scope) => {
    expect(scopeOf(identity)).toEqual(scope);
  });
});

describe('rowInScope / coversRegion', () => {
  const row = { regionCode: '440106', orgId: 'o1', memberId: 'm1' };

  it('checks a row like the SQL predicate does', () => {
    expect(rowInScope({ kind: 'ALL' }, row)).toBe(true);
    expect(rowInScope({ kind: 'NONE' }, row)).toBe(false);
    expect(rowInScope({ kind: 'REGION', prefix: '4401' }, row)).toBe(true);
    expect(rowInScope({ kind: 'REGION', prefix: '4402' }, row)).toBe(false);
    expect(rowInScope({ kind: 'REGION', prefix: '44010' }, { ...row, regionCode: '4401' })).toBe(false);
    expect(rowInScope({ kind: 'ORG', orgId: 'o1' }, row)).toBe(true);
    expect(rowInScope({ kind: 'ORG', orgId: 'o2' }, row)).toBe(false);
    expect(rowInScope({ kind: 'ORG', orgId: 'o1' }, { regionCode: '44' })).toBe(false);
    expect(rowInScope({ kind: 'MEMBER', memberId: 'm1', orgId: 'o1' }, row)).toBe(true);
    expect(rowInScope({ kind: 'MEMBER', memberId: 'm2', orgId: 'o1' }, row)).toBe(false);
    expect(rowInScope({ kind: 'MEMBER', memberId: 'm1' }, { regionCode: '440106', orgId: 'o1' })).toBe(false);
  });

  it('covers a region only when the jurisdiction contains all of it', () => {
    expect(coversRegion({ kind: 'ALL' }, '44')).toBe(true);
    expect(coversRegion({ kind: 'REGION', prefix: '4401' }, '440106')).toBe(true);
    expect(coversRegion({ kind: 'REGION', prefix: '4401' }, '4401')).toBe(true);
    expect(coversRegion({ kind: 'REGION', prefix: '4401' }, '44')).toBe(false);
    expect(coversRegion({ kind: 'REGION', prefix: '4401' }, '4402')).toBe(false);
    expect(coversRegion({ kind: 'ORG', orgId: 'o1' }, '440106')).toBe(false);
    expect(coversRegion({ kind: 'MEMBER', memberId: 'm1' }, '440106')).toBe(false);
    expect(coversRegion({ kind: 'NONE' }, '440106')).toBe(false);
  });
});

interface Db {
  scoped_rows: { id: string; region_code: string; org_id: string; member_id: string | null; note: string };
}

const ROWS: Db['scoped_rows'][] = [
  { id: 'r1', region_code: '440106', org_id: 'o1', member_id: 'm1', note: 'plain' },
  { id: 'r2', region_code: '440106', org_id: 'o1', member_id: 'm2', note: '100% sure' },
  { id: 'r3', region_code: '440115', org_id: 'o2', member_id: null, note: 'snake_case' },
  { id: 'r4', region_code: '440203', org_id: 'o3', member_id: 'm3', note: 'back\\slash' },
  { id: 'r5', region_code: '4402', org_id: 'o4', member_id: null, note: 'bang! here' },
  { id: 'r6', region_code: '44_1', org_id: 'o5', member_id: null, note: '100 sure' },
  { id: 'r7', region_code: '44%0', org_id: 'o6', member_id: null, note: 'snakeXcase' },
  { id: 'r8', region_code: '450102', org_id: 'o7', member_id: null, note: 'PLAIN' },
];

describe.each(testDialects())('scopePredicate and LIKE helpers on %s', (dialect) => {
  let t: TestDatabase<Db>;

  beforeAll(async () => {
    t = await createTestDatabase<Db>(dialect, 'scope');
    await t.db.schema
      .createTable('scoped_rows')
      .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
      .addColumn('region_code', 'varchar(12)', (c) => c.notNull())
      .addColumn('org_id', 'varchar(36)', (c) => c.notNull())
      .addColumn('member_id', 'varchar(36)')
      .addColumn('note', 'varchar(64)', (c) => c.notNull())
      .execute();
    await t.db.insertInto('scoped_rows').values(ROWS).execute();
  });
  afterAll(() => t.destroy());

  const idsFor = async (
    scope: Scope,
    columns = { region: 'region_code', org: 'org_id', member: 'member_id' },
  ) =>
    (
      await t.db
        .selectFrom('scoped_rows')
        .select('id')
        .where(scopePredicate(scope, columns))
        .orderBy('id')
        .execute()
    ).map((r) => r.id);

  it('ALL sees every row and NONE sees none', async () => {
    expect(await idsFor({ kind: 'ALL' })).toEqual(ROWS.map((r) => r.id));
    expect(await idsFor({ kind: 'NONE' })).toEqual([]);
  });

  it('REGION is a prefix match: 4401 sees its districts but not 4402…, 44 sees Guangdong only', async () => {
    expect(await idsFor({ kind: 'REGION', prefix: '4401' })).toEqual(['r1', 'r2', 'r3']);
    expect(await idsFor({ kind: 'REGION', prefix: '440106' })).toEqual(['r1', 'r2']);
    expect(await idsFor({ kind: 'REGION', prefix: '4402' })).toEqual(['r4', 'r5']);
    expect(await idsFor({ kind: 'REGION', prefix: '44' })).toEqual([
      'r1',
      'r2',
      'r3',
      'r4',
      'r5',
      'r6',
      'r7',
    ]);
  });

  it('treats % and _ in a prefix literally (no wildcard widening)', async () => {
    expect(await idsFor({ kind: 'REGION', prefix: '%' })).toEqual([]);
    expect(await idsFor({ kind: 'REGION', prefix: '44%' })).toEqual(['r7']);
    expect(await idsFor({ kind: 'REGION', prefix: '44_' })).toEqual(['r6']);
    expect(await idsFor({ kind: 'REGION', prefix: '____' })).toEqual([]);
    expect(await idsFor({ kind: 'REGION', prefix: '!' })).toEqual([]);
  });

  it('ORG and MEMBER compare their column for equality', async () => {
    expect(await idsFor({ kind: 'ORG', orgId: 'o1' })).toEqual(['r1', 'r2']);
    expect(await idsFor({ kind: 'ORG', orgId: 'o9' })).toEqual([]);
    expect(await idsFor({ kind: 'MEMBER', memberId: 'm2', orgId: 'o1' })).toEqual(['r2']);
  });

  it('a scope the table cannot express matches nothing', async () => {
    expect(await idsFor({ kind: 'ORG', orgId: 'o1' }, { region: 'region_code' } as any)).toEqual([]);
    expect(
      await idsFor({ kind: 'MEMBER', memberId: 'm1' }, { region: 'region_code', org: 'org_id' } as any),
    ).toEqual([]);
  });

  it('works with table-qualified column names', async () => {
    const rows = await t.db
      .selectFrom('scoped_rows')
      .select('id')
      .where(scopePredicate({ kind: 'REGION', prefix: '4402' }, { region: 'scoped_rows.region_code' }))
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.id)).toEqual(['r4', 'r5']);
  });

  const matching = async (kind: 'prefix' | 'contains', text: string) =>
    (
      await t.db
        .selectFrom('scoped_rows')
        .select('id')
        .where((eb) => (kind === 'prefix' ? likePrefix : likeContains)(eb, 'note', text))
        .orderBy('id')
        .execute()
    ).map((r) => r.id);

  it.each<['prefix' | 'contains', string, string[]]>([
    ['contains', '%', ['r2']],
    ['contains', '0% s', ['r2']],
    ['contains', '_', ['r3']],
    ['contains', 'e_c', ['r3']],
    ['contains', '!', ['r5']],
    ['contains', '\\', ['r4']],
    ['contains', 'k\\s', ['r4']],
    ['prefix', '100', ['r2', 'r6']],
    ['prefix', '100%', ['r2']],
    ['prefix', 'bang!', ['r5']],
    ['prefix', 'snake_', ['r3']],
    ['prefix', '', ROWS.map((r) => r.id)],
  ])('%s %p matches literally', async (kind, text, ids) => {
    expect(await matching(kind, text)).toEqual(ids);
  });
});
