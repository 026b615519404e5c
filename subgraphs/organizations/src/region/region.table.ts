export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWN';

export interface RegionTable {
  code: string;
  name: string;
  level: RegionLevel;
  parent_code: string | null;
}

export interface Region {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

export function toRegion(row: RegionTable): Region {
  return { code: row.code, name: row.name, level: row.level, parentCode: row.parent_code };
}
