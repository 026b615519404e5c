import type { Kysely } from 'kysely';

export interface MembersSeedOptions {
  scale?: number;
  /** What earlier seeds produced (e.g. the organizations' grassroots unions). */
  upstream?: ReadonlyMap<string, { data?: unknown }>;
}

export interface MembersSeedSummary {
  created: boolean;
  counts: Record<string, number>;
  data?: unknown;
}

/** Writes the demo data set unless present (placeholder until the subgraph has tables). */
export async function seedMembers(_db: Kysely<any>, _options: MembersSeedOptions = {}): Promise<MembersSeedSummary> {
  return { created: false, counts: {} };
}
