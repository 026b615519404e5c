import type { Kysely } from 'kysely';

export interface ServicesSeedOptions {
  scale?: number;
  /** What earlier seeds produced (e.g. the organizations' grassroots unions). */
  upstream?: ReadonlyMap<string, { data?: unknown }>;
}

export interface ServicesSeedSummary {
  created: boolean;
  counts: Record<string, number>;
  data?: unknown;
}

/** Writes the demo data set unless present (placeholder until the subgraph has tables). */
export async function seedServices(_db: Kysely<any>, _options: ServicesSeedOptions = {}): Promise<ServicesSeedSummary> {
  return { created: false, counts: {} };
}
