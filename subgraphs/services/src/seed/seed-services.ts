import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { buildPeople, type SeedMember } from './seed-people';
import { buildPrograms, type SeedGrassroots } from './seed-programs';
import { insertInBatches, mulberry32, seedIds } from '@union/kit';
import { rebuildServiceCounters } from '../stats/service-counters.rebuild';

/** The PRNG seed of the services data set. */
export const SEED = 0x5345_5256;

/** A LEGAL_AID request, handed to the labor-relations seed (disputes that began as legal aid). */
export interface SeededLegalAidRequest {
  id: string;
  memberId: string;
  orgId: string;
  regionCode: string;
}

export interface SeedServicesOptions {
  scale: number;
  /** Active grassroots unions from the organizations seed. */
  grassroots?: readonly SeedGrassroots[] | null;
  /** Members from the members seed (none yet: programs only). */
  members?: readonly SeedMember[] | null;
  /** "Today" for dates (grants fall in this year up to today); defaults to now. */
  today?: Date;
  [upstream: string]: unknown;
}

export interface SeedServicesResult {
  created: boolean;
  counts: Record<string, number>;
  data: SeededLegalAidRequest[];
}

async function readBack(db: Kysely<Database>, created: boolean): Promise<SeedServicesResult> {
  const count = async (table: keyof Database) =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const legal = await db
    .selectFrom('service_requests')
    .select(['id', 'member_id', 'org_id', 'region_code'])
    .where('category', '=', 'LEGAL_AID')
    .orderBy('id')
    .execute();
  return {
    created,
    counts: {
      programs: await count('service_programs'),
      requests: await count('service_requests'),
      participations: await count('participations'),
      hardshipCases: await count('hardship_cases'),
      grants: await count('assistance_grants'),
    },
    data: legal.map((r) => ({ id: r.id, memberId: r.member_id, orgId: r.org_id, regionCode: r.region_code })),
  };
}

/**
 * The services demo data set (`npm run seed`, and `npm start` on first start). Its volume follows the
 * upstream seeds (two programs per grassroots union, people rows per member), so `--scale` scales it.
 * Idempotent: once programs exist nothing is written and the data set is read back.
 */
export async function seedServices(
  db: Kysely<Database>,
  options: SeedServicesOptions,
): Promise<SeedServicesResult> {
  if (!Number.isFinite(options.scale) || options.scale <= 0)
    throw new RangeError('scale must be a positive number');
  if (await db.selectFrom('service_programs').select('id').limit(1).executeTakeFirst())
    return readBack(db, false);
  const leftover =
    (await db.selectFrom('service_requests').select('id').limit(1).executeTakeFirst()) ??
    (await db.selectFrom('participations').select('id').limit(1).executeTakeFirst()) ??
    (await db.selectFrom('hardship_cases').select('id').limit(1).executeTakeFirst());
  if (leftover)
    throw new Error(
      'the services database holds rows but no programs (an interrupted seed?); re-create it with `npm run seed -- --reset`',
    );

  const prng = mulberry32(SEED);
  const ids = seedIds(prng);
  const programs = buildPrograms(options.grassroots ?? [], prng, ids);
  const people = buildPeople(options.members ?? [], programs, prng, ids, options.today ?? new Date());
  await insertInBatches(db, 'hardship_cases', people.cases);
  await insertInBatches(db, 'assistance_grants', people.grants);
  await insertInBatches(db, 'service_requests', people.requests);
  await insertInBatches(db, 'participations', people.participations);
  // Bulk rows bypass the per-write counters: recount them from the rows (docs/architecture.md §7).
  await rebuildServiceCounters(db);
  // Written last: their presence marks the data set complete.
  await insertInBatches(db, 'service_programs', programs);
  return readBack(db, true);
}
