import type { Insertable, Selectable } from 'kysely';

/** service_counters: figures per holder (a region level or an organization id), metric, value and bucket. */
export interface ServiceCounterTable {
  holder: string;
  metric: string;
  value: string;
  bucket: string;
  n: number;
}

/** A counter row as read (kysely Selectable of the one table interface, docs/architecture.md §1.1). */
export type ServiceCounterRow = Selectable<ServiceCounterTable>;
/** A counter row to insert (the per-write upsert). */
export type NewServiceCounter = Insertable<ServiceCounterTable>;

/** service_first_served: the participation that first served a member in a bucket and category. */
export interface ServiceFirstServedTable {
  member_id: string;
  /** '' for all time, or the activity's year. */
  bucket: string;
  /** '*' for any category. */
  category: string;
  participation_id: string;
  org_id: string;
  region_code: string;
}

/** A first-served fact as read. */
export type ServiceFirstServedRow = Selectable<ServiceFirstServedTable>;
/** A first-served fact to insert. */
export type NewServiceFirstServed = Insertable<ServiceFirstServedTable>;

export type ServiceMetric = 'REQ' | 'RATED' | 'RATING' | 'HARDSHIP' | 'PAID' | 'SERVED';

/** A counter as the figures read it: the metric typed, the count a number (MySQL may return a string). */
export interface CounterRow {
  holder: string;
  metric: ServiceMetric;
  value: string;
  bucket: string;
  n: number;
}

/** The one mapper row → counter. */
export function toCounter(row: ServiceCounterRow): CounterRow {
  return { ...row, metric: row.metric as ServiceMetric, n: Number(row.n) };
}
