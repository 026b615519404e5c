import type { MemberRow } from '../member/member.table';

/*
 * The counted dimensions of the member figures, written once. The single write path
 * (memberContribution), the bulk path of import and seed (addContribution), the rebuild from the rows
 * (rebuildMemberCounts) and the per-organization / per-town aggregation (addAggregatedCells) are all
 * built from this table, and StatsAccumulator switches over its names exhaustively, so a new dimension
 * is one entry here plus its case there (the compiler asks for the case).
 *
 * A dimension's name is stored in region_member_counts.dimension, an ASCII column 12 characters wide
 * on MySQL (test/member-dimensions.test.ts checks every name against the migrated column, on both
 * databases: SQLite would accept a longer one silently).
 */
export interface CountedDimension {
  /** The stored dimension name (≤ 12 characters). */
  readonly name: string;
  /** The members column the value comes from. */
  readonly column: keyof MemberRow;
  /** true: members in good standing only (IN_GOOD_STANDING); false: every member. */
  readonly inGoodStanding: boolean;
  /** Count only rows whose column equals this; the cell's value is `String(only)`. */
  readonly only?: string | number;
  /** The value stored for null; without it, a null is not counted. */
  readonly nullAs?: string;
  /** Keep the first n characters of the value (birth_date → YYYY-MM). */
  readonly prefix?: number;
}

export const MEMBER_DIMENSIONS = [
  { name: 'status', column: 'status', inGoodStanding: false },
  { name: 'migrant', column: 'is_migrant_worker', inGoodStanding: true, only: 1 },
  { name: 'gender', column: 'gender', inGoodStanding: true, only: 'FEMALE' },
  { name: 'education', column: 'education', inGoodStanding: true, nullAs: 'NONE' },
  { name: 'birth_month', column: 'birth_date', inGoodStanding: true, prefix: 7 },
] as const satisfies readonly CountedDimension[];

export type MemberDimension = (typeof MEMBER_DIMENSIONS)[number];

/**
 * Cells that do not come from one members column: a region's direct children by status
 * (`child/<child code>:<status>`, every member) and the pending applications (`pending/applications`).
 */
export const CHILD_DIMENSION = 'child';
export const PENDING_DIMENSION = 'pending';
export const PENDING_VALUE = 'applications';

/** Every name stored in region_member_counts.dimension. */
export type CounterDimension = MemberDimension['name'] | typeof CHILD_DIMENSION | typeof PENDING_DIMENSION;
export const COUNTER_DIMENSIONS: readonly CounterDimension[] = [
  ...MEMBER_DIMENSIONS.map((d) => d.name),
  CHILD_DIMENSION,
  PENDING_DIMENSION,
];

/** The member columns the figures read: a row passed to the counters needs these. */
export type Counted = Pick<MemberRow, 'region_code' | 'status' | MemberDimension['column']>;

/** The value a member contributes to a dimension, or null when it contributes no cell there. */
export function dimensionValue(d: CountedDimension, m: Counted, inGoodStanding: boolean): string | null {
  if (d.inGoodStanding && !inGoodStanding) return null;
  const raw = m[d.column as keyof Counted] as unknown;
  if (d.only !== undefined) {
    const equal = typeof d.only === 'number' ? Number(raw) === d.only : raw === d.only;
    return equal ? String(d.only) : null;
  }
  if (raw === null || raw === undefined) return d.nullAs ?? null;
  const value = String(raw);
  return d.prefix ? value.slice(0, d.prefix) : value;
}
