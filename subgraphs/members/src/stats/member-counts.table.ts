import type { Insertable, Selectable } from 'kysely';

/**
 * Maintained counters per exact region code: (dimension, value) → count. The dimensions are the table
 * in member-dimensions.ts (MEMBER_DIMENSIONS, plus child and pending):
 * status/<status> (every member), migrant/1, gender/FEMALE, education/<value or NONE>,
 * birth_month/<YYYY-MM> (the last four: members in good standing), pending/applications, and
 * child/<child code>:<status> (a region's direct children, so its breakdown is one of its own cells).
 * Cells exist for the member's county, city and province (towns are counted by SQL instead).
 */
export interface RegionMemberCountTable {
  region_code: string;
  dimension: string;
  value: string;
  count: number;
}

/** A counter cell as read, and as upserted (one table interface, docs/architecture.md §1.1). */
export type RegionMemberCountRow = Selectable<RegionMemberCountTable>;
export type NewRegionMemberCount = Insertable<RegionMemberCountTable>;

export interface CardSequenceTable {
  region6: string;
  last_value: number;
}

/** The last card number drawn per 6-digit region, as read and as first inserted. */
export type CardSequenceRow = Selectable<CardSequenceTable>;
export type NewCardSequence = Insertable<CardSequenceTable>;
