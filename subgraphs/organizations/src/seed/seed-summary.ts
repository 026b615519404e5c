import type { Kysely } from 'kysely';
import { countRows } from '@union/kit';
import type { Database } from '../db/database';
import { PROVINCE_CODE } from './seed-regions';

export interface SeedCounts {
  federations: number;
  industryUnions: number;
  communityFederations: number;
  grassroots: number;
  branches: number;
  employers: number;
  workerHomes: number;
  dissolved: number;
  merged: number;
}

/** An active grassroots union: what the seeds of members, services and labor relations attach to. */
export interface SeededGrassroots {
  id: string;
  regionCode: string;
  employerId: string;
}

export interface SeedSummary {
  /** False when the data set was already there and nothing was written. */
  created: boolean;
  counts: SeedCounts;
  /** Active grassroots unions, in id order. */
  grassroots: SeededGrassroots[];
}

/** The seeded data set is present once the provincial federation is (it is written last). */
export async function findProvincialFederation(db: Kysely<Database>, regionCode: string = PROVINCE_CODE) {
  return db
    .selectFrom('organizations')
    .select(['id', 'name'])
    .where('kind', '=', 'FEDERATION')
    .where('region_code', '=', regionCode)
    .where('parent_id', 'is', null)
    .executeTakeFirst();
}

/** Reads the summary back from the database, so a fresh seed and a no-op re-run report alike. */
export async function readSeedSummary(db: Kysely<Database>, created: boolean): Promise<SeedSummary> {
  const byKind = await db
    .selectFrom('organizations')
    .select(['kind', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('kind')
    .execute();
  const byStatus = await db
    .selectFrom('organizations')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('status')
    .execute();
  const countOf = (table: 'employers' | 'worker_homes') => countRows(db, table);
  const kind = (k: string) => Number(byKind.find((r) => r.kind === k)?.n ?? 0);
  const status = (s: string) => Number(byStatus.find((r) => r.status === s)?.n ?? 0);
  const grassroots = await db
    .selectFrom('organizations')
    .select(['id', 'region_code', 'employer_id'])
    .where('kind', '=', 'GRASSROOTS')
    .where('status', '=', 'ACTIVE')
    .where('employer_id', 'is not', null)
    .orderBy('id')
    .execute();
  return {
    created,
    counts: {
      federations: kind('FEDERATION'),
      industryUnions: kind('INDUSTRY_UNION'),
      communityFederations: kind('COMMUNITY_FEDERATION'),
      grassroots: kind('GRASSROOTS'),
      branches: kind('BRANCH'),
      employers: await countOf('employers'),
      workerHomes: await countOf('worker_homes'),
      dissolved: status('DISSOLVED'),
      merged: status('MERGED'),
    },
    grassroots: grassroots.map((r) => ({ id: r.id, regionCode: r.region_code, employerId: r.employer_id! })),
  };
}
