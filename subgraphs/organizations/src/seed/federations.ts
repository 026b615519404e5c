import type { OrganizationRow } from '../organization/organization.table';
import {
  CITY_INDUSTRY_UNIONS,
  PORT_CITIES,
  PROVINCIAL_INDUSTRY_UNIONS,
  type IndustryUnionDef,
} from './industry-profile';
import { addOrganization, dateBetween, sample, type SeedBuild } from './seed-build';
import type { SeedCity, SeedCounty, SeedProvince, SeedTown } from './seed-regions';
import { CITY_WEIGHTS } from './city-weights';

export interface IndustryUnion {
  def: IndustryUnionDef;
  org: OrganizationRow;
}

/** The federations and industry unions grassroots unions are attached to. */
export interface SeedHierarchy {
  province: OrganizationRow;
  provincialIndustryUnions: IndustryUnion[];
  cityFederations: Map<string, OrganizationRow>;
  cityIndustryUnions: Map<string, IndustryUnion[]>;
  countyFederations: Map<string, OrganizationRow>;
  /** Town code → the community / park union federation there. */
  communityFederations: Map<string, OrganizationRow>;
}

// County-level names that only mean something together with their city (汕尾市城区).
const AMBIGUOUS_COUNTY_NAMES = new Set(['城区', '郊区', '矿区', '市辖区']);

/** How a county is named in a longer name: 天河区, but 汕尾市城区, and 东莞市 for its pseudo county. */
function countyPlace(city: SeedCity, county: SeedCounty): string {
  if (county.name === city.name) return city.name;
  return AMBIGUOUS_COUNTY_NAMES.has(county.name) ? city.name + county.name : county.name;
}

function countyFederationName(city: SeedCity, county: SeedCounty): string {
  // 东莞 and 中山 have no counties; the statistical pseudo county named after the city groups
  // their towns and streets, so its federation must not be a second 东莞市总工会.
  if (county.name === city.name) return `${city.name}镇街总工会`;
  return `${countyPlace(city, county)}总工会`;
}

// Town names repeat across counties (南山镇, 东山街道), so the county is part of the name.
function communityFederationName(city: SeedCity, county: SeedCounty, town: SeedTown): string {
  const place = countyPlace(city, county) + town.name;
  if (town.name.endsWith('街道')) return `${place}社区工会联合会`;
  if (/[镇乡]$/.test(town.name)) return `${place}工业园区工会联合会`;
  return `${place}工会联合会`;
}

function hasIndustryUnion(def: IndustryUnionDef, cityCode: string): boolean {
  if (def.cities === 'ALL') return true;
  if (def.cities === 'PORTS') return PORT_CITIES.has(cityCode);
  return (CITY_WEIGHTS[cityCode] ?? 0) >= 2;
}

/** 广东省总工会, its industry unions, a federation per city and county, and community federations. */
export function buildFederations(build: SeedBuild, gd: SeedProvince): SeedHierarchy {
  const { prng } = build;
  const province = addOrganization(build, {
    name: `${gd.name}总工会`,
    kind: 'FEDERATION',
    region: gd,
    parent: null,
    establishedOn: dateBetween(prng, '1950-01-01', '1950-12-31'),
  });
  const provincialIndustryUnions = PROVINCIAL_INDUSTRY_UNIONS.map((def) => ({
    def,
    org: addOrganization(build, {
      name: `${gd.name}${def.suffix}`,
      kind: 'INDUSTRY_UNION',
      region: gd,
      parent: province,
      establishedOn: dateBetween(prng, '1978-01-01', '1995-12-31'),
    }),
  }));

  const hierarchy: SeedHierarchy = {
    province,
    provincialIndustryUnions,
    cityFederations: new Map(),
    cityIndustryUnions: new Map(),
    countyFederations: new Map(),
    communityFederations: new Map(),
  };
  for (const city of gd.cities) {
    const cityFederation = addOrganization(build, {
      name: `${city.name}总工会`,
      kind: 'FEDERATION',
      region: city,
      parent: province,
      establishedOn: dateBetween(prng, '1950-01-01', '1985-12-31'),
    });
    hierarchy.cityFederations.set(city.code, cityFederation);
    hierarchy.cityIndustryUnions.set(
      city.code,
      CITY_INDUSTRY_UNIONS.filter((def) => hasIndustryUnion(def, city.code)).map((def) => ({
        def,
        org: addOrganization(build, {
          name: `${city.name}${def.suffix}`,
          kind: 'INDUSTRY_UNION',
          region: city,
          parent: cityFederation,
          establishedOn: dateBetween(prng, '1980-01-01', '2005-12-31'),
        }),
      })),
    );
    for (const county of city.counties) {
      const countyFederation = addOrganization(build, {
        name: countyFederationName(city, county),
        kind: 'FEDERATION',
        region: county,
        parent: cityFederation,
        establishedOn: dateBetween(prng, '1952-01-01', '1995-12-31'),
      });
      hierarchy.countyFederations.set(county.code, countyFederation);
      const eligible = county.towns.filter((t) => t.weight >= 1);
      const count = Math.min(6, Math.max(1, Math.round(eligible.length * 0.22)));
      for (const town of sample(build.prng, eligible, count)) {
        const community = addOrganization(build, {
          name: communityFederationName(city, county, town),
          kind: 'COMMUNITY_FEDERATION',
          region: town,
          parent: countyFederation,
          establishedOn: dateBetween(prng, '2006-01-01', '2020-12-31'),
        });
        hierarchy.communityFederations.set(town.code, community);
      }
    }
  }
  return hierarchy;
}
