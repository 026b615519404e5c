import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import type { RegionLevel } from '../region/region.table';

export const PROVINCE_CODE = '44';

export interface SeedRegion {
  code: string;
  name: string;
  level: RegionLevel;
}
export interface SeedTown extends SeedRegion {
  /** Relative chance that an employer sits here: parks and streets yes, state farms and forests rarely. */
  weight: number;
}
export interface SeedCounty extends SeedRegion {
  towns: SeedTown[];
}
export interface SeedCity extends SeedRegion {
  counties: SeedCounty[];
}
export interface SeedProvince extends SeedRegion {
  cities: SeedCity[];
}

const PARK = /(开发区|园区|工业园|产业园|高新区|新区|试验区)/;
const FARM = /(农场|林场|茶场|果场|苗圃|林业局|农林场)/;

export function townWeight(name: string): number {
  if (PARK.test(name)) return 2;
  if (FARM.test(name)) return 0.05;
  return 1;
}

/** Guangdong's region tree as loaded by migration 0002 (read from the database, not the data file). */
export async function loadProvince(
  db: Kysely<Database>,
  code: string = PROVINCE_CODE,
): Promise<SeedProvince> {
  const rows = await db
    .selectFrom('regions')
    .select(['code', 'name', 'level', 'parent_code'])
    .where('code', 'like', `${code}%`)
    .orderBy('code')
    .execute();
  const province = rows.find((r) => r.code === code);
  if (!province) throw new Error(`Region ${code} is missing: run the organizations migrations first`);
  const cities = new Map<string, SeedCity>();
  const counties = new Map<string, SeedCounty>();
  // Sorted by code, so every parent is seen before its children.
  for (const r of rows) {
    if (r.level === 'CITY' && r.parent_code === code) {
      cities.set(r.code, { code: r.code, name: r.name, level: r.level, counties: [] });
    } else if (r.level === 'COUNTY' && r.parent_code && cities.has(r.parent_code)) {
      const county: SeedCounty = { code: r.code, name: r.name, level: r.level, towns: [] };
      counties.set(r.code, county);
      cities.get(r.parent_code)!.counties.push(county);
    } else if (r.level === 'TOWN' && r.parent_code && counties.has(r.parent_code)) {
      counties
        .get(r.parent_code)!
        .towns.push({ code: r.code, name: r.name, level: r.level, weight: townWeight(r.name) });
    }
  }
  return { code, name: province.name, level: province.level, cities: [...cities.values()] };
}
