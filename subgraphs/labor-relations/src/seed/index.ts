import type { Kysely } from 'kysely';

export interface LaborRelationsSeedOptions {
  scale?: number;
  /** What earlier seeds produced (e.g. the organizations' grassroots unions). */
  upstream?: ReadonlyMap<string, { data?: unknown }>;
}

export interface LaborRelationsSeedSummary {
  created: boolean;
  counts: Record<string, number>;
  data?: unknown;
}

/** Writes the demo data set unless present (placeholder until the subgraph has tables). */
export async function seedLaborRelations(_db: Kysely<any>, _options: LaborRelationsSeedOptions = {}): Promise<LaborRelationsSeedSummary> {
  return { created: false, counts: {} };
}
