/** service_counters: figures per holder (a region level or an organization id), metric, value and bucket. */
export interface ServiceCounterTable {
  holder: string;
  metric: string;
  value: string;
  bucket: string;
  n: number;
}

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

export type ServiceMetric = 'REQ' | 'RATED' | 'RATING' | 'HARDSHIP' | 'PAID' | 'SERVED';
