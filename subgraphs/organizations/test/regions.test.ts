import { testDialects } from '@union/kit';
import { as, expectError, startHarness, type Harness } from './harness';

describe.each(testDialects())('regions on %s', (dialect) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(dialect);
  });
  afterAll(() => h.close());

  it('answers the region tree to anonymous callers: Guangdong has its 21 cities', async () => {
    const result = await h.gql(null, '{ region(code: "44") { name level children { code name level } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data.region.name).toBe('广东省');
    expect(result.data.region.level).toBe('PROVINCE');
    const cities = result.data.region.children;
    expect(cities).toHaveLength(21);
    expect(cities.every((c: any) => c.level === 'CITY' && c.code.startsWith('44'))).toBe(true);
    expect(cities.map((c: any) => c.name)).toEqual(
      expect.arrayContaining(['广州市', '深圳市', '东莞市', '中山市']),
    );
  });

  it('walks down to towns and back up with parent and fullName', async () => {
    const result = await h.gql(
      null,
      `{ regions(parentCode: "4401", level: COUNTY) { code name }
         town: region(code: "440106001") { level fullName parent { code name parent { code } } } }`,
    );
    expect(result.data.regions.map((r: any) => r.name)).toContain('天河区');
    expect(result.data.town.level).toBe('TOWN');
    expect(result.data.town.fullName).toMatch(/^广东省 广州市 天河区 /);
    expect(result.data.town.parent).toEqual({ code: '440106', name: '天河区', parent: { code: '4401' } });
  });

  it('lists the provinces when no parent is given and returns null for an unknown code', async () => {
    const result = await h.gql(null, '{ regions { code } region(code: "999999") { code } }');
    expect(result.data.regions.length).toBeGreaterThanOrEqual(31);
    expect(result.data.region).toBeNull();
  });

  it('keeps everything else closed to anonymous callers', async () => {
    const result = await h.gql(null, '{ organizations { nodes { id } } }');
    expectError(result, 'UNAUTHENTICATED');
    const stats = await h.gql(null, '{ region(code: "44") { organizationStats { total } } }');
    expect(stats.data.region.organizationStats).toBeNull();
    expectError(stats, 'FORBIDDEN');
  });

  it('refuses region-wide figures beyond the jurisdiction', async () => {
    const city = as('FEDERATION_ADMIN', { region: '4401' });
    const own = await h.gql(city, '{ region(code: "4401") { organizationStats { total } } }');
    expect(own.data.region.organizationStats).toEqual({ total: 0 });
    const wider = await h.gql(city, '{ region(code: "44") { organizationStats { total } } }');
    expect(wider.data.region.organizationStats).toBeNull();
    expectError(wider, 'FORBIDDEN');
  });
});
