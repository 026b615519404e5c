import { isMysql } from '@union/kit';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/database';
import type { NewRegionMemberCount } from './member-counts.table';
import { IN_GOOD_STANDING, isInGoodStanding } from '../member/member.table';
import {
  CHILD_DIMENSION,
  MEMBER_DIMENSIONS,
  PENDING_DIMENSION,
  PENDING_VALUE,
  dimensionValue,
  type CountedDimension,
  type Counted,
  type CounterDimension,
} from './member-dimensions';

export type { Counted } from './member-dimensions';

export interface CountDelta {
  regionCode: string;
  dimension: CounterDimension;
  value: string;
  delta: number;
}

/*
 * Counters are kept for provinces, cities and counties (codes of 2, 4 and 6 digits). Towns (9 digits:
 * a few hundred to a few thousand members each) are counted by SQL over the (region_code, id) index
 * instead: keeping every dimension per town cost ≈7 counter rows per imported member (measured).
 */
const COUNTED_LENGTHS = [2, 4, 6];

/** Counted region codes a row belongs to ('440106001' → 44, 4401, 440106). */
export function regionLevels(code: string): string[] {
  return COUNTED_LENGTHS.filter((n) => n <= code.length).map((n) => code.slice(0, n));
}

/** The chain of a row's regions down to its own code, for the parent → child cells. */
function childChain(code: string): string[] {
  const levels = regionLevels(code);
  return code.length > 6 ? [...levels, code] : levels;
}

/**
 * The counter cells one member contributes to (sign −1 takes them away), at its county, city and
 * province, so their figures are read from their own cells, never summed over what lies below.
 */
export function memberContribution(m: Counted, sign: 1 | -1): CountDelta[] {
  const cells: CountDelta[] = [];
  const good = isInGoodStanding(m.status);
  const regions = regionLevels(m.region_code);
  for (const d of MEMBER_DIMENSIONS) {
    const value = dimensionValue(d, m, good);
    if (value === null) continue;
    for (const regionCode of regions) cells.push({ regionCode, dimension: d.name, value, delta: sign });
  }
  const levels = childChain(m.region_code);
  for (let i = 0; i + 1 < levels.length; i++) {
    cells.push({
      regionCode: levels[i]!,
      dimension: CHILD_DIMENSION,
      value: `${levels[i + 1]}:${m.status}`,
      delta: sign,
    });
  }
  return cells;
}

/**
 * Bulk loads: the same cells as memberContribution, summed straight into a map keyed
 * 'region\0dimension\0value' (no object per cell: a 2,000-row batch touches ~30,000 cells).
 */
export function addContribution(cells: Map<string, number>, m: Counted, sign: 1 | -1): void {
  const levels = regionLevels(m.region_code);
  const chain = childChain(m.region_code);
  const good = isInGoodStanding(m.status);
  for (const d of MEMBER_DIMENSIONS) {
    const value = dimensionValue(d, m, good);
    if (value === null) continue;
    for (const code of levels) {
      const key = `${code}\u0000${d.name}\u0000${value}`;
      cells.set(key, (cells.get(key) ?? 0) + sign);
    }
  }
  for (let i = 0; i + 1 < chain.length; i++) {
    const key = `${chain[i]}\u0000${CHILD_DIMENSION}\u0000${chain[i + 1]}:${m.status}`;
    cells.set(key, (cells.get(key) ?? 0) + sign);
  }
}

/** Turns a cell map from addContribution into deltas for adjustMemberCounts. */
export function cellDeltas(cells: ReadonlyMap<string, number>): CountDelta[] {
  const deltas: CountDelta[] = [];
  for (const [key, delta] of cells) {
    if (delta === 0) continue;
    const [regionCode, dimension, value] = key.split('\u0000') as [string, CounterDimension, string];
    deltas.push({ regionCode, dimension, value, delta });
  }
  return deltas;
}

/** The cells a change moves: old contribution out, new in (cells that cancel are dropped). */
export function changeContribution(before: Counted, after: Counted): CountDelta[] {
  return [...memberContribution(before, -1), ...memberContribution(after, 1)];
}

export function pendingApplicationDelta(regionCode: string, delta: 1 | -1): CountDelta[] {
  return regionLevels(regionCode).map((code) => ({
    regionCode: code,
    dimension: PENDING_DIMENSION,
    value: PENDING_VALUE,
    delta,
  }));
}

/**
 * Adds deltas to the counters inside the caller's transaction in one multi-row upsert. Cells are
 * summed first and written in key order, so concurrent writers lock rows in the same order.
 */
export async function adjustMemberCounts(db: Kysely<Database>, deltas: readonly CountDelta[]): Promise<void> {
  const summed = new Map<string, CountDelta>();
  for (const d of deltas) {
    const key = `${d.regionCode}\u0000${d.dimension}\u0000${d.value}`;
    const cell = summed.get(key);
    if (cell) cell.delta += d.delta;
    else summed.set(key, { ...d });
  }
  const rows = [...summed.entries()]
    .filter(([, d]) => d.delta !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(
      ([, d]): NewRegionMemberCount => ({
        region_code: d.regionCode,
        dimension: d.dimension,
        value: d.value,
        count: d.delta,
      }),
    );
  if (rows.length === 0) return;
  for (let i = 0; i < rows.length; i += 500) {
    const insert = db.insertInto('region_member_counts').values(rows.slice(i, i + 500));
    if (isMysql(db)) {
      await insert
        .onDuplicateKeyUpdate({ count: sql<number>`${sql.ref('count')} + values(${sql.ref('count')})` })
        .execute();
    } else {
      await insert
        .onConflict((oc) =>
          oc
            .columns(['region_code', 'dimension', 'value'])
            .doUpdateSet({ count: sql<number>`${sql.ref('region_member_counts.count')} + excluded.count` }),
        )
        .execute();
    }
  }
}

/**
 * A dimension as SQL over `members`: the value expression and the condition of a counted row
 * (addAggregatedCells builds its cells from the same pieces).
 */
export function dimensionSql(d: CountedDimension): { value: RawBuilder<string>; where: RawBuilder<unknown> } {
  const column = sql.ref(d.column);
  const conditions: RawBuilder<unknown>[] = [];
  if (d.inGoodStanding)
    conditions.push(sql`status in (${sql.join(IN_GOOD_STANDING.map((s) => sql.lit(s)))})`);
  let value: RawBuilder<string>;
  if (d.only !== undefined) {
    conditions.push(sql`${column} = ${sql.lit(d.only)}`);
    value = sql<string>`${sql.lit(String(d.only))}`;
  } else {
    value =
      d.nullAs !== undefined
        ? sql<string>`coalesce(${column}, ${sql.lit(d.nullAs)})`
        : sql<string>`${column}`;
    if (d.nullAs === undefined) conditions.push(sql`${column} is not null`);
    if (d.prefix) value = sql<string>`substr(${value}, 1, ${sql.lit(d.prefix)})`;
  }
  const where = conditions.length > 0 ? sql.join(conditions, sql` and `) : sql`1 = 1`;
  return { value, where };
}

/** Recomputes every counter from the rows (bulk loads such as the seed), in SQL, level by level. */
export async function rebuildMemberCounts(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('region_member_counts').execute();
  // A row counts at every counted level its code reaches.
  for (const length of COUNTED_LENGTHS) {
    const region = sql`substr(region_code, 1, ${sql.lit(length)})`;
    const at = sql`length(region_code) >= ${sql.lit(length)}`;
    const groups = MEMBER_DIMENSIONS.map((d) => {
      const { value, where } = dimensionSql(d);
      // A dimension of one value (`only`) groups by region alone: no constant in GROUP BY.
      const groupBy = 'only' in d ? region : sql`${region}, ${value}`;
      return sql`select ${region}, ${sql.lit(d.name)}, ${value}, count(*) from members where ${at} and ${where} group by ${groupBy}`;
    });
    groups.push(
      sql`select ${region}, ${sql.lit(PENDING_DIMENSION)}, ${sql.lit(PENDING_VALUE)}, count(*) from membership_applications where ${at} and status = 'PENDING' group by ${region}`,
    );
    const child = ({ 2: 4, 4: 6, 6: 9 } as Record<number, number>)[length];
    if (child) {
      const childCode = sql`substr(region_code, 1, ${sql.lit(child)})`;
      const value = isMysql(db) ? sql`concat(${childCode}, ':', status)` : sql`${childCode} || ':' || status`;
      groups.push(
        sql`select ${region}, ${sql.lit(CHILD_DIMENSION)}, ${value}, count(*) from members where length(region_code) >= ${sql.lit(child)} group by ${region}, ${value}`,
      );
    }
    for (const select of groups) {
      await sql`insert into region_member_counts (region_code, dimension, value, count) ${select}`.execute(
        db,
      );
    }
  }
}
