import { countRows, mulberry32, seedIds } from '@union/kit';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { today } from '../shared/dates';
import { storeCountersOfRows } from '../stats/labor-counters';
import { buildContracts } from './seed-contracts';
import { buildDemocracy } from './seed-democracy';
import { buildDisputes } from './seed-disputes';
import { buildAppeals, encryptSeededCallers, hashSeededFollowUps } from '../appeal/appeal.seed';
import { seededFollowUpCode } from '../appeal/follow-up-code';
import type { AppealCipher } from '../appeal/appeal-pii';
import { loadAppealRuntime } from '../config';
import type { LaborSeedBuild, SeededGrassroots, SeededLegalAidRequest, SeededMember } from './seed-types';

/** The PRNG seed of the demo data set; changing it changes every id and draw. */
export const SEED = 0x4c52_2026;
/** Rows per INSERT: 500 rows × ≤ 20 columns stays far below SQLite's 32,766 bound variables. */
const BATCH = 500;

export interface SeedLaborRelationsOptions {
  scale: number;
  grassroots?: readonly SeededGrassroots[] | null;
  members?: readonly SeededMember[] | null;
  legalAidRequests?: readonly SeededLegalAidRequest[] | null;
  /** "Today" of the data set (tests pin it); the real date otherwise. */
  now?: Date;
  /** Encrypts seeded appeal callers; the keys of the environment (APPEAL_PII_KEY…) when omitted. */
  appealCipher?: AppealCipher;
  [upstream: string]: unknown;
}

export interface LaborSeedCounts {
  contracts: number;
  negotiationRounds: number;
  disputes: number;
  claimants: number;
  timelineEvents: number;
  workersCongresses: number;
  riskAssessments: number;
  workerAppeals: number;
  appealTimelineEvents: number;
}

/** A seeded web appeal a demo user can follow with `appealStatus(number, code)`. */
export interface DemoFollowUp {
  number: string;
  code: string;
}

export interface LaborSeedSummary {
  created: boolean;
  counts: LaborSeedCounts;
  /** The first seeded web appeals by number, with their follow-up codes (printed by `npm run seed`). */
  demoFollowUps: DemoFollowUp[];
  /** Nothing downstream needs this subgraph's rows; kept for the seed chain's shape. */
  data: undefined;
}

/**
 * Everything the seed writes, in memory: a pure function of the upstream data and today. Ids and
 * every draw are deterministic; dates are relative to today so that the demo always has contracts
 * in force, expiring within 30 days and expired, and disputes reported this year.
 */
export function buildLaborSeed(options: SeedLaborRelationsOptions): LaborSeedBuild {
  const prng = mulberry32(SEED);
  // 2024-03-01: after the organizations and members seeds' ids, before anything made through the API.
  const ids = seedIds(prng, Date.UTC(2024, 2, 1));
  const b: LaborSeedBuild = {
    prng,
    nextId: () => ids.next(),
    today: today(options.now ?? new Date()),
    contracts: [],
    rounds: [],
    disputes: [],
    claimants: [],
    events: [],
    counters: [],
    congresses: [],
    assessments: [],
    appeals: { appeals: [], callers: [], events: [], followUps: [], counters: [], numberCounters: [] },
  };
  const unions = options.grassroots ?? [];
  buildContracts(b, unions);
  buildDisputes(b, unions, options.members ?? [], options.legalAidRequests ?? []);
  buildDemocracy(b, unions);
  b.appeals = buildAppeals(b.today, unions, options.members ?? [], b.disputes);
  return b;
}

async function insertAll<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: readonly Database[T][],
): Promise<void> {
  const untyped = db as unknown as Kysely<any>;
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    await untyped.transaction().execute((trx) => trx.insertInto(table).values(batch).execute());
  }
}

async function readCounts(db: Kysely<Database>, created: boolean): Promise<LaborSeedSummary> {
  return {
    created,
    counts: {
      contracts: await countRows(db, 'collective_contracts'),
      negotiationRounds: await countRows(db, 'contract_rounds'),
      disputes: await countRows(db, 'labor_disputes'),
      claimants: await countRows(db, 'dispute_claimants'),
      timelineEvents: await countRows(db, 'dispute_events'),
      workersCongresses: await countRows(db, 'workers_congresses'),
      riskAssessments: await countRows(db, 'risk_assessments'),
      workerAppeals: await countRows(db, 'worker_appeals'),
      appealTimelineEvents: await countRows(db, 'appeal_events'),
    },
    demoFollowUps: await demoFollowUps(db),
    data: undefined,
  };
}

/** How many seeded follow-ups the summary reports. */
const DEMO_FOLLOW_UPS = 3;

/**
 * The seeded web appeals that carry a code, first by number, with the code recomputed from the id
 * (seededFollowUpCode): the same answer on every run, also once the data exists.
 */
async function demoFollowUps(db: Kysely<Database>): Promise<DemoFollowUp[]> {
  const rows = await db
    .selectFrom('worker_appeals')
    .select(['id', 'appeal_number'])
    .where('channel', '=', 'WEB')
    .where('request_id', '=', 'seed')
    .where('follow_up_hash', 'is not', null)
    .orderBy('appeal_number')
    .limit(DEMO_FOLLOW_UPS)
    .execute();
  return rows.map((r) => ({ number: r.appeal_number, code: seededFollowUpCode(r.id) }));
}

/**
 * The labor-relations demo data set (`npm run seed`, and `npm start` on first start), attached to
 * the grassroots unions, members and legal-aid requests the upstream seeds made. Idempotent: once
 * contracts exist nothing is written and the existing data is summarized. The contracts are
 * written last, so an interrupted seed is redone (after `npm run seed -- --reset`).
 */
export async function seedLaborRelations(
  db: Kysely<any>,
  options: SeedLaborRelationsOptions,
): Promise<LaborSeedSummary> {
  const typed = db as Kysely<Database>;
  if (!Number.isFinite(options.scale) || options.scale <= 0)
    throw new RangeError('scale must be a positive number');
  if (await typed.selectFrom('collective_contracts').select('id').limit(1).executeTakeFirst()) {
    return readCounts(typed, false);
  }
  const b = buildLaborSeed(options);
  if (b.contracts.length === 0) return readCounts(typed, false);
  await insertAll(typed, 'labor_disputes', b.disputes);
  await insertAll(typed, 'dispute_claimants', b.claimants);
  await insertAll(typed, 'dispute_events', b.events);
  await insertAll(typed, 'dispute_case_counters', b.counters);
  await insertAll(typed, 'workers_congresses', b.congresses);
  await insertAll(typed, 'risk_assessments', b.assessments);
  const cipher = options.appealCipher ?? loadAppealRuntime().cipher;
  const appeals = await hashSeededFollowUps(encryptSeededCallers(b.appeals, cipher), b.appeals);
  await insertAll(typed, 'worker_appeals', appeals);
  await insertAll(typed, 'appeal_events', b.appeals.events);
  await insertAll(typed, 'appeal_number_counters', b.appeals.numberCounters);
  await insertAll(typed, 'appeal_counters', b.appeals.counters);
  await insertAll(typed, 'contract_rounds', b.rounds);
  // Bulk rows bypass the per-write counters (docs/architecture.md §7): count them from the rows.
  await storeCountersOfRows(typed, b);
  await insertAll(typed, 'collective_contracts', b.contracts);
  return readCounts(typed, true);
}
