/**
 * The administrative divisions of China (GB/T 2260 + statistical town codes),
 * read from the committed file `data/regions.tsv.gz` built by
 * `scripts/src/build-regions.ts`. Free of app imports: migrations use it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWN';

/** One line of the data file (not a database row: that is RegionRow in region.table.ts). */
export interface RegionRecord {
  code: string;
  name: string;
  level: RegionLevel;
  parentCode: string | null;
}

/** Works from both src/region and dist/region (siblings at the package root). */
export const REGIONS_FILE = path.join(__dirname, '../../data/regions.tsv.gz');

const LEVEL_BY_LENGTH: Record<number, RegionLevel> = {
  2: 'PROVINCE',
  4: 'CITY',
  6: 'COUNTY',
  9: 'TOWN',
};

/** Level of a region code, from its length; null when the code has no valid shape. */
export function regionLevelOf(code: string): RegionLevel | null {
  return /^\d+$/.test(code) ? (LEVEL_BY_LENGTH[code.length] ?? null) : null;
}

/** All rows, sorted by code (parents before children). Synchronous; ~45k rows. */
export function readRegionRows(file: string = REGIONS_FILE): RegionRecord[] {
  const text = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8');
  const rows: RegionRecord[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const [code = '', name = '', parent = ''] = line.split('\t');
    const level = regionLevelOf(code);
    if (level === null || name === '') {
      throw new Error(`regions data: malformed line ${JSON.stringify(line)}`);
    }
    rows.push({ code, name, level, parentCode: parent === '' ? null : parent });
  }
  return rows;
}
