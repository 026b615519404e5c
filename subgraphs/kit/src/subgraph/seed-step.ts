import type { Kysely } from 'kysely';
import type { SubgraphName } from '../config/subgraph-config';

/*
 * A subgraph's part of `npm run seed` (docs/architecture.md §1.1): declared in its defineSubgraph,
 * run by scripts/ in dependency order, each seed handed what the earlier ones returned (members
 * attaches people to the unions organizations seeded).
 */
export interface SeedContext {
  /** Multiplies the volume of the demo data set (1 = the default demo). */
  scale: number;
  /** Results of the subgraphs seeded before this one. */
  upstream: ReadonlyMap<SubgraphName, SeedResult>;
}

export interface SeedResult {
  /** False when the data was already there and nothing was written (seeds are idempotent). */
  created: boolean;
  counts: Record<string, number>;
  /** Whatever later seeds need from this one, e.g. the organizations' grassroots unions. */
  data?: unknown;
  /** Lines for the person running the seed (printed under the summary), e.g. demo follow-up codes. */
  notes?: string[];
}

/** Writes the demo data set unless it is already present. */
export type SeedStep = (db: Kysely<any>, context: SeedContext) => Promise<SeedResult>;

/** The `data` an upstream seed handed on (each seed returns it whether or not it wrote anything). */
export function upstreamData<T>(context: SeedContext, name: SubgraphName): T {
  const result = context.upstream.get(name);
  if (!result) throw new Error(`seed order: ${name} must be seeded first`);
  return result.data as T;
}
