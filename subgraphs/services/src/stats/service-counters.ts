import { isMysql } from '@union/kit';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../db/database';
import type { AssistanceGrantRow } from '../hardship/grant.table';
import type { HardshipCaseRow } from '../hardship/hardship.table';
import type { ParticipationRow } from '../participation/participation.table';
import type { ServiceRequestRow } from '../request/request.table';
import {
  toCounter,
  type NewServiceCounter,
  type ServiceFirstServedRow,
  type ServiceMetric,
} from './service-counters.table';

/*
 * The service figures kept in the same transaction as every write (docs/architecture.md §7; the
 * layout is described in migration 0002). A write adds contribution(after) − contribution(before)
 * to the counters; recountServiceCounters rebuilds the same table from the rows, and the tests
 * compare the two after every kind of write.
 */
type Db = Kysely<Database> | Transaction<Database>;
export type CounterKey = string; // holder|metric|value|bucket
export type Counters = Map<CounterKey, number>;

const LEVELS = [2, 4, 6, 9];

/** The region codes a row is counted under: every level above its own code, and its own code. */
export function ancestorCodes(regionCode: string): string[] {
  const out = LEVELS.filter((n) => n < regionCode.length).map((n) => regionCode.slice(0, n));
  out.push(regionCode);
  return out;
}

export const counterKey = (
  holder: string,
  metric: ServiceMetric,
  value: string,
  bucket: string,
): CounterKey => `${holder}|${metric}|${value}|${bucket}`;

interface Owner {
  region_code: string;
  org_id: string;
}

function adder(out: Counters, owner: Owner, sign: number) {
  const holders = [...ancestorCodes(owner.region_code), owner.org_id];
  return (metric: ServiceMetric, value: string, bucket: string, n = 1) => {
    if (n === 0) return;
    for (const h of holders) {
      const k = counterKey(h, metric, value, bucket);
      out.set(k, (out.get(k) ?? 0) + sign * n);
    }
  };
}

type CountedRequest = Pick<ServiceRequestRow, 'region_code' | 'org_id' | 'status' | 'rating'>;

export function addRequest(out: Counters, row: CountedRequest, sign: 1 | -1 = 1): Counters {
  const add = adder(out, row, sign);
  add('REQ', row.status, '');
  if (row.rating != null) {
    add('RATED', '', '');
    add('RATING', '', '', Number(row.rating));
  }
  return out;
}

type CountedCase = Pick<HardshipCaseRow, 'region_code' | 'org_id' | 'status' | 'level'>;

export function addCase(out: Counters, row: CountedCase, sign: 1 | -1 = 1): Counters {
  if (row.status === 'OPEN') adder(out, row, sign)('HARDSHIP', row.level, '');
  return out;
}

type CountedGrant = Pick<AssistanceGrantRow, 'region_code' | 'org_id' | 'granted_on' | 'amount_cents'>;

export function addGrant(out: Counters, row: CountedGrant, sign: 1 | -1 = 1): Counters {
  adder(out, row, sign)('PAID', '', row.granted_on.slice(0, 4), Number(row.amount_cents));
  return out;
}

export function addFact(out: Counters, fact: ServiceFirstServedRow, sign: 1 | -1 = 1): Counters {
  adder(out, fact, sign)('SERVED', fact.category, fact.bucket);
  return out;
}

/** Domain objects (camelCase) as counted rows. */
export const asOwned = <T extends { regionCode: string; orgId: string }>(o: T) => ({
  ...o,
  region_code: o.regionCode,
  org_id: o.orgId,
});

/**
 * Adds the counters inside the writing transaction: one multi-row upsert (n = n + delta), rows in
 * key order, so concurrent writers lock shared rows in the same order.
 */
export async function applyServiceCounters(db: Db, delta: Counters): Promise<void> {
  const rows: NewServiceCounter[] = [...delta.entries()]
    .filter(([, n]) => n !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, n]) => {
      const [holder, metric, value, bucket] = k.split('|') as [string, string, string, string];
      return { holder, metric, value, bucket, n };
    });
  for (let i = 0; i < rows.length; i += 400) {
    const insert = db.insertInto('service_counters').values(rows.slice(i, i + 400));
    if (isMysql(db)) await insert.onDuplicateKeyUpdate({ n: sql`n + values(n)` }).execute();
    else
      await insert
        .onConflict((oc) =>
          oc
            .columns(['holder', 'metric', 'value', 'bucket'])
            .doUpdateSet({ n: sql`service_counters.n + excluded.n` }),
        )
        .execute();
  }
}

/** The four first-served facts a participation may establish (all time / its year × any / its category). */
function factsOf(p: ParticipationRow): ServiceFirstServedRow[] {
  const base = {
    member_id: p.member_id,
    participation_id: p.id,
    org_id: p.org_id,
    region_code: p.region_code,
  };
  const year = p.activity_on.slice(0, 4);
  return [
    { ...base, bucket: '', category: '*' },
    { ...base, bucket: '', category: p.category },
    { ...base, bucket: year, category: '*' },
    { ...base, bucket: year, category: p.category },
  ];
}

const factKey = (f: Pick<ServiceFirstServedRow, 'member_id' | 'bucket' | 'category'>) =>
  `${f.member_id}|${f.bucket}|${f.category}`;

/**
 * Counts participations this transaction inserted: a member counts once per bucket and category,
 * at the first participation that served them there. The existing facts are read with FOR UPDATE
 * on MySQL, so two writers racing for the same member's first fact conflict and one is retried
 * (docs/architecture.md §9) instead of both counting it.
 */
export async function countParticipations(db: Db, inserted: readonly ParticipationRow[]): Promise<void> {
  if (inserted.length === 0) return;
  const candidates = new Map<string, ServiceFirstServedRow>();
  for (const p of [...inserted].sort((a, b) => (a.id < b.id ? -1 : 1)))
    for (const f of factsOf(p)) if (!candidates.has(factKey(f))) candidates.set(factKey(f), f);
  const memberIds = [...new Set(inserted.map((p) => p.member_id))].sort();
  let existing = db
    .selectFrom('service_first_served')
    .select(['member_id', 'bucket', 'category'])
    .where('member_id', 'in', memberIds);
  if (isMysql(db)) existing = existing.forUpdate();
  for (const f of await existing.execute()) candidates.delete(factKey(f));
  const facts = [...candidates.values()].sort((a, b) => (factKey(a) < factKey(b) ? -1 : 1));
  if (facts.length === 0) return;
  for (let i = 0; i < facts.length; i += 400)
    await db
      .insertInto('service_first_served')
      .values(facts.slice(i, i + 400))
      .execute();
  const delta: Counters = new Map();
  for (const f of facts) addFact(delta, f);
  await applyServiceCounters(db, delta);
}

/** The participations of `candidates` that are among `stored` (rows another writer won are left out). */
export function insertedOnly(
  candidates: readonly ParticipationRow[],
  stored: readonly { id: string }[],
): ParticipationRow[] {
  const ids = new Set(stored.map((p) => p.id));
  return candidates.filter((p) => ids.has(p.id));
}

/** Counts the participation stored under (member, activity key), e.g. a completed request's. */
export async function countParticipationByKey(db: Db, memberId: string, activityKey: string): Promise<void> {
  const row = await db
    .selectFrom('participations')
    .selectAll()
    .where('member_id', '=', memberId)
    .where('activity_key', '=', activityKey)
    .executeTakeFirst();
  if (row) await countParticipations(db, [row]);
}

/** A request's change of counted state (status, rating). */
export function requestDelta(before: CountedRequest | null, after: CountedRequest | null): Counters {
  const delta: Counters = new Map();
  if (before) addRequest(delta, before, -1);
  if (after) addRequest(delta, after, 1);
  return delta;
}

/** A hardship case's change of counted state (status, level). */
export function caseDelta(before: CountedCase | null, after: CountedCase | null): Counters {
  const delta: Counters = new Map();
  if (before) addCase(delta, before, -1);
  if (after) addCase(delta, after, 1);
  return delta;
}

/** The counters and facts rebuilt from the rows, in JavaScript (tests compare them with the stored ones). */
export async function recountServiceCounters(
  db: Kysely<Database>,
): Promise<{ counters: Counters; facts: Map<string, string> }> {
  const counters: Counters = new Map();
  for (const r of await db.selectFrom('service_requests').selectAll().execute()) addRequest(counters, r);
  for (const r of await db.selectFrom('hardship_cases').selectAll().execute()) addCase(counters, r);
  for (const r of await db.selectFrom('assistance_grants').selectAll().execute()) addGrant(counters, r);
  const firsts = new Map<string, ServiceFirstServedRow>();
  for (const p of await db.selectFrom('participations').selectAll().orderBy('id').execute())
    for (const f of factsOf(p)) if (!firsts.has(factKey(f))) firsts.set(factKey(f), f);
  for (const f of firsts.values()) addFact(counters, f);
  for (const [k, n] of counters) if (n === 0) counters.delete(k);
  return { counters, facts: new Map([...firsts].map(([k, f]) => [k, f.participation_id])) };
}

/** The stored counters (zero rows left out) and facts. */
export async function storedServiceCounters(
  db: Kysely<Database>,
): Promise<{ counters: Counters; facts: Map<string, string> }> {
  const rows = (await db.selectFrom('service_counters').selectAll().where('n', '!=', 0).execute()).map(
    toCounter,
  );
  const facts = await db.selectFrom('service_first_served').selectAll().execute();
  return {
    counters: new Map(rows.map((r) => [counterKey(r.holder, r.metric, r.value, r.bucket), r.n])),
    facts: new Map(facts.map((f) => [factKey(f), f.participation_id])),
  };
}
