import { newId, toDbTimestamp } from '@union/kit';
import type { Kysely } from 'kysely';
import { formatCardNumber, region6Of, reserveCardSequences } from '../card/card-numbers';
import type { Database } from '../db/database';
import type { NewMemberHistory } from '../history/history.table';
import { buildMemberRow, sealNumbers, type SealedNumbers } from '../member/member-row';
import { findMemberRowsByIdIndexes } from '../member/member.repository';
import type { MemberRow, MemberUpdate } from '../member/member.table';
import type { PiiCipher } from '../pii/pii-cipher';
import { addContribution } from '../stats/member-counts.repository';
import type { ImportRow, RowError } from './csv-format';
import { commitBatch, type GuardedUpdate } from './import-batch.repository';

/** A validated row with the organization's region resolved (from its owner, before the transaction). */
export interface ResolvedRow extends ImportRow {
  regionCode: string;
  /** Encrypted and indexed ahead of the write (see sealRows); computed on demand otherwise. */
  sealed?: SealedNumbers;
}

/** Encrypts and indexes a batch's numbers: pure CPU, done while the previous batch is being written. */
export function sealRows(pii: PiiCipher, rows: ResolvedRow[]): ResolvedRow[] {
  for (const row of rows) row.sealed ??= sealNumbers(pii, row.idNumber.normalized, row.phone);
  return rows;
}

export interface BatchOutcome {
  created: number;
  updated: number;
  unchanged: number;
  errors: RowError[];
}

/** Fields an import may change on an existing entry of the same organization. */
const UPDATABLE = [
  ['name', 'name'],
  ['hukou_type', 'hukouType'],
  ['is_migrant_worker', 'isMigrantWorker'],
  ['education', 'education'],
  ['occupation', 'occupation'],
  ['skill_level', 'skillLevel'],
  ['model_worker_level', 'modelWorkerLevel'],
] as const;

const IMPORT_ACTOR = 'import';
/** The history `fields` of a created entry (JSON), made once. */
const ALL_FIELDS = JSON.stringify(['*']);

type Sealed = ResolvedRow & { sealed: SealedNumbers };
interface Update extends GuardedUpdate {
  fields: string[];
}

/** What an import row would change on the entry already registered for the same person. */
function diff(before: MemberRow, row: Sealed): Update | null {
  const changes: MemberUpdate = {};
  const fields: string[] = [];
  for (const [column, field] of UPDATABLE) {
    const value = field === 'isMigrantWorker' ? (row.isMigrantWorker ? 1 : 0) : row[field];
    const current = column === 'is_migrant_worker' ? Number(before[column]) : before[column];
    if (value !== current) {
      (changes as Record<string, unknown>)[column] = value;
      fields.push(field);
    }
  }
  if (row.phone && before.phone_index !== row.sealed.phone_index) {
    changes.phone_enc = row.sealed.phone_enc;
    changes.phone_index = row.sealed.phone_index;
    changes.phone_masked = row.sealed.phone_masked;
    fields.push('phone');
  }
  return fields.length > 0 ? { before, changes, fields } : null;
}

/** The register entries of a batch's people, by ID number blind index. */
async function findRegistered(
  db: Kysely<Database>,
  sealed: readonly Sealed[],
): Promise<Map<string, MemberRow>> {
  const found = await findMemberRowsByIdIndexes(
    db,
    sealed.map((r) => r.sealed.id_number_index),
  );
  return new Map(found.map((m) => [m.id_number_index, m]));
}

/** New people, changed entries, and (counted in `outcome`) unchanged ones and people of another union. */
function classifyRows(
  sealed: readonly Sealed[],
  existing: ReadonlyMap<string, MemberRow>,
  outcome: BatchOutcome,
): { fresh: Sealed[]; updates: Update[] } {
  const fresh: Sealed[] = [];
  const updates: Update[] = [];
  for (const row of sealed) {
    const before = existing.get(row.sealed.id_number_index);
    if (!before) fresh.push(row);
    else if (before.org_id !== row.organizationId) {
      outcome.errors.push({
        line: row.line,
        field: 'organizationId',
        reason: 'this person is registered with another organization; use a membership transfer',
      });
    } else {
      const update = diff(before, row);
      if (update) updates.push(update);
      else outcome.unchanged += 1;
    }
  }
  return { fresh, updates };
}

/**
 * Card numbers in their own short transaction: concurrent batch writers never queue behind each
 * other's sequence rows (a batch that fails later only leaves a gap in the numbering).
 */
async function reserveCards(
  db: Kysely<Database>,
  fresh: readonly Sealed[],
): Promise<{ byRegion: Map<string, Sealed[]>; firsts: Map<string, number> }> {
  const byRegion = new Map<string, Sealed[]>();
  for (const row of fresh) {
    const r6 = region6Of(row.regionCode);
    const list = byRegion.get(r6);
    if (list) list.push(row);
    else byRegion.set(r6, [row]);
  }
  const firsts = await db
    .transaction()
    .execute((trx) =>
      reserveCardSequences(trx, new Map([...byRegion].map(([r6, list]) => [r6, list.length]))),
    );
  return { byRegion, firsts };
}

/** The new register rows, each with its card number, counter cells and history row IMPORTED. */
function buildNewMembers(
  pii: PiiCipher,
  cards: { byRegion: Map<string, Sealed[]>; firsts: Map<string, number> },
  batch: { now: string; requestId: string; cells: Map<string, number>; history: NewMemberHistory[] },
): MemberRow[] {
  const members: MemberRow[] = [];
  for (const [region6, list] of cards.byRegion) {
    let sequence = cards.firsts.get(region6)!;
    for (const row of list) {
      const member = buildMemberRow(
        pii,
        {
          id: newId(),
          orgId: row.organizationId,
          regionCode: row.regionCode,
          name: row.name,
          idNumber: row.idNumber,
          phone: row.phone,
          hukouType: row.hukouType,
          isMigrantWorker: row.isMigrantWorker,
          education: row.education,
          occupation: row.occupation,
          skillLevel: row.skillLevel,
          modelWorkerLevel: row.modelWorkerLevel,
          cardNumber: formatCardNumber(region6, row.joinedOn.slice(0, 4), sequence++),
          joinedOn: row.joinedOn,
          status: 'ACTIVE',
          // Grassroots data entry waits for real-name verification by a county-level federation.
          verificationStatus: 'PENDING',
          now: batch.now,
        },
        row.sealed,
      );
      members.push(member);
      addContribution(batch.cells, member, 1);
      batch.history.push(
        historyRow(member.id, member.region_code, 'IMPORTED', ALL_FIELDS, batch.requestId, batch.now),
      );
    }
  }
  // Time-ordered ids keep InnoDB inserts append-only.
  return members.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * One batch in one transaction (all of it or none of it): entries are matched on the ID number's
 * blind index, so a re-run updates or skips instead of duplicating. New entries get card numbers
 * from their region's sequence and a history row; counters move in the same transaction. A
 * concurrent writer of the same person makes the batch fail (unique index, version guard) — the
 * caller then retries row by row.
 */
export async function writeBatch(
  db: Kysely<Database>,
  pii: PiiCipher,
  rows: readonly ResolvedRow[],
  requestId: string,
): Promise<BatchOutcome> {
  const outcome: BatchOutcome = { created: 0, updated: 0, unchanged: 0, errors: [] };
  const sealed = sealRows(pii, rows as ResolvedRow[]) as Sealed[];
  const { fresh, updates } = classifyRows(sealed, await findRegistered(db, sealed), outcome);
  const cards = await reserveCards(db, fresh);
  const now = toDbTimestamp();
  const cells = new Map<string, number>();
  const history: NewMemberHistory[] = [];
  const members = buildNewMembers(pii, cards, { now, requestId, cells, history });
  for (const u of updates) {
    addContribution(cells, u.before, -1);
    addContribution(cells, { ...u.before, ...u.changes }, 1);
    const fields = JSON.stringify(u.fields);
    history.push(historyRow(u.before.id, u.before.region_code, 'IMPORT_UPDATED', fields, requestId, now));
  }
  await commitBatch(db, { members, updates, history, cells }, now);
  outcome.created = members.length;
  outcome.updated = updates.length;
  return outcome;
}

function historyRow(
  memberId: string,
  regionCode: string,
  action: string,
  /** JSON array of the fields changed. */
  fields: string,
  requestId: string,
  now: string,
): NewMemberHistory {
  return {
    id: newId(),
    member_id: memberId,
    region_code: regionCode,
    action,
    fields,
    actor: IMPORT_ACTOR,
    request_id: requestId,
    created_at: now,
  };
}
