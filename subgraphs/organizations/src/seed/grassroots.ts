import { makeCreditCode, type Prng, toDbTimestamp } from '@union/kit';
import type { EmployerRow, Ownership } from '../employer/employer.table';
import type { OrganizationRow } from '../organization/organization.table';
import { apportion, CITY_WEIGHTS } from './city-weights';
import type { SeedHierarchy } from './federations';
import { OWNERSHIP_WEIGHTS, SECTION_WEIGHTS, type SeedSection } from './industry-profile';
import { addOrganization, dateBetween, sample, type SeedBuild } from './seed-build';
import { employerName, placePrefix } from './seed-names';
import type { SeedCity, SeedCounty, SeedProvince, SeedTown } from './seed-regions';
import { DEPARTMENTS } from './word-lists';

/** Grassroots unions at scale 1; a few retire later, so comfortably more than 2,000 stay active. */
export const GRASSROOTS_PER_SCALE = 2_200;

// serial ↦ (STRIDE·serial + OFFSET) mod 10^8 is a bijection (STRIDE is coprime to 10^8): distinct
// employers get distinct, random-looking organization codes, hence distinct credit codes.
const CODE_STRIDE = 48_271_437;
const CODE_OFFSET = 13_579_246;

export interface SeededUnion {
  org: OrganizationRow;
  employer: EmployerRow;
  branches: number;
}

/** Log-normal around a median of ~120 staff; state and foreign enterprises run larger. */
function employeeCount(prng: Prng, ownership: Ownership): number {
  const median = ownership === 'STATE_OWNED' || ownership === 'FOREIGN_INVESTED' ? 240 : 120;
  return Math.min(20_000, Math.max(20, Math.round(median * Math.exp(1.1 * prng.normal()))));
}

// Urban districts host most enterprises, then county-level cities, then rural counties.
function countyWeight(county: SeedCounty): number {
  if (county.name.endsWith('区')) return 2;
  return county.name.endsWith('市') ? 1.2 : 0.7;
}

function chooseParent(
  build: SeedBuild,
  h: SeedHierarchy,
  place: { city: SeedCity; county: SeedCounty; town: SeedTown },
  employer: EmployerRow,
): OrganizationRow {
  const { prng } = build;
  const section = employer.industry_code as SeedSection;
  if (employer.ownership === 'STATE_OWNED' && employer.employee_count >= 1000 && prng.chance(0.5)) {
    const provincial = h.provincialIndustryUnions.filter((u) => u.def.sections.includes(section));
    if (provincial.length > 0) return prng.pick(provincial).org;
  }
  const cityUnions = (h.cityIndustryUnions.get(place.city.code) ?? []).filter((u) =>
    u.def.sections.includes(section),
  );
  if (cityUnions.length > 0 && prng.chance(0.12)) return prng.pick(cityUnions).org;
  const community = h.communityFederations.get(place.town.code);
  if (community && employer.employee_count < 500 && prng.chance(0.6)) return community;
  return h.countyFederations.get(place.county.code)!;
}

function addBranches(
  build: SeedBuild,
  union: OrganizationRow,
  town: SeedTown,
  employer: EmployerRow,
): number {
  const { prng } = build;
  const staff = employer.employee_count;
  if (staff < 300 || !prng.chance(Math.min(0.85, 0.3 + staff / 4000))) return 0;
  const count = prng.int(1, staff >= 5000 ? 5 : staff >= 1000 ? 3 : 2);
  for (const department of sample(prng, DEPARTMENTS, count)) {
    addOrganization(build, {
      name: `${employer.name}${department}分工会`,
      kind: 'BRANCH',
      region: town,
      parent: union,
      establishedOn: dateBetween(prng, union.established_on!, '2023-12-31'),
    });
  }
  return count;
}

/** GRASSROOTS_PER_SCALE × scale enterprise unions over the 21 cities, each with its own employer. */
export function buildGrassroots(
  build: SeedBuild,
  gd: SeedProvince,
  h: SeedHierarchy,
  scale: number,
): SeededUnion[] {
  const { prng, ids } = build;
  const perCity = apportion(Math.max(1, Math.round(GRASSROOTS_PER_SCALE * scale)), CITY_WEIGHTS);
  const takenNames = new Set<string>();
  const unions: SeededUnion[] = [];
  for (const city of gd.cities) {
    const counties = city.counties.filter((c) => c.towns.length > 0);
    const countyWeights = counties.map(countyWeight);
    const townWeights = counties.map((c) => c.towns.map((t) => t.weight));
    for (let i = 0; i < (perCity.get(city.code) ?? 0); i++) {
      const c = prng.weightedIndex(countyWeights);
      const county = counties[c]!;
      const town = county.towns[prng.weightedIndex(townWeights[c]!)]!;
      const section = prng.weighted(SECTION_WEIGHTS);
      const ownership = prng.weighted(OWNERSHIP_WEIGHTS);
      const employees = employeeCount(prng, ownership);
      const name = employerName(
        prng,
        { prefix: placePrefix(city.name, county.name), section, ownership, employees },
        takenNames,
      );
      const id = ids.next();
      const employer: EmployerRow = {
        id,
        name,
        credit_code: makeCreditCode({
          regionCode: county.code,
          serial: (CODE_STRIDE * build.employers.length + CODE_OFFSET) % 100_000_000,
        }),
        industry_code: section,
        ownership,
        employee_count: employees,
        region_code: town.code,
        created_at: toDbTimestamp(new Date(ids.lastMs())),
      };
      build.employers.push(employer);
      const org = addOrganization(build, {
        name: `${name}工会委员会`,
        kind: 'GRASSROOTS',
        region: town,
        parent: chooseParent(build, h, { city, county, town }, employer),
        establishedOn: dateBetween(prng, '1985-01-01', '2023-06-30'),
        employerId: id,
      });
      unions.push({ org, employer, branches: addBranches(build, org, town, employer) });
    }
  }
  return unions;
}
