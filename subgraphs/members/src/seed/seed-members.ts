import { countRows, mulberry32, seedIds, type NationalIdFacts, type Prng } from '@union/kit';
import type { Kysely } from 'kysely';
import type { ApplicationRow } from '../application/application.table';
import { formatCardNumber, region6Of } from '../card/card-numbers';
import { loadPiiKeys } from '../config';
import type { Database } from '../db/database';
import { buildMemberRow } from '../member/member-row';
import type { MemberStatus, MemberRow, VerificationStatus } from '../member/member.table';
import { maskMobile, maskNationalId } from '../pii/masks';
import { PiiCipher } from '../pii/pii-cipher';
import { rebuildMemberCounts } from '../stats/member-counts.repository';
import type { TransferRow } from '../transfer/transfer.table';
import { birthDate, education, mobile, nationalId, occupation, personName, skillLevel } from './people';
import { insertRows, SEED_BATCH_SIZE } from './seed-writer';

/** ≈20,000 members at scale 1 (the `npm start` demo); 1,000,000 at scale 50. */
export const MEMBERS_PER_SCALE = 20_000;
const SEED = 0x6d656d62;
/** Ages are drawn for this day, so the data set is the same on every run. */
const REFERENCE_DATE = '2026-07-01';

/** What the services and labor-relations seeds attach to (they re-declare the same shape). */
export interface SeededMember {
  id: string;
  orgId: string;
  regionCode: string;
  isMigrantWorker: boolean;
  gender: 'MALE' | 'FEMALE';
  birthDate: string;
}

export interface SeedMembersOptions {
  scale: number;
  /** The organizations seed's active grassroots unions. */
  grassroots?: readonly { id: string; regionCode: string }[];
  piiKeys?: { piiKey: Buffer; piiIndexKey: Buffer };
  [upstream: string]: unknown;
}

export interface SeedMembersResult {
  created: boolean;
  counts: Record<string, number>;
  data: SeededMember[];
}

function toSeeded(
  row: Pick<MemberRow, 'id' | 'org_id' | 'region_code' | 'is_migrant_worker' | 'gender' | 'birth_date'>,
): SeededMember {
  return {
    id: row.id,
    orgId: row.org_id,
    regionCode: row.region_code,
    isMigrantWorker: Number(row.is_migrant_worker) === 1,
    gender: row.gender,
    birthDate: row.birth_date,
  };
}

async function readBack(db: Kysely<Database>): Promise<SeedMembersResult> {
  const rows = await db
    .selectFrom('members')
    .select(['id', 'org_id', 'region_code', 'is_migrant_worker', 'gender', 'birth_date'])
    .orderBy('id')
    .execute();
  return {
    created: false,
    counts: {
      members: rows.length,
      applications: await countRows(db, 'membership_applications'),
      transfers: await countRows(db, 'member_transfers'),
    },
    data: rows.map(toSeeded),
  };
}

function dateOfMs(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
}

function pickStatus(prng: Prng): MemberStatus {
  const roll = prng.next();
  if (roll < 0.93) return 'ACTIVE';
  if (roll < 0.965) return 'LAPSED';
  if (roll < 0.99) return 'WITHDRAWN';
  return 'DECEASED';
}

function pickVerification(prng: Prng): VerificationStatus {
  const roll = prng.next();
  return roll < 0.72 ? 'VERIFIED' : roll < 0.95 ? 'PENDING' : 'RETURNED';
}

/**
 * The PRNG streams of the demo. `base` is the one stream of every field seeded so far, in a fixed
 * draw order: that order *is* the demo (test/seed-pinned.test.ts), so nothing is ever added to it.
 * A field added later draws from `field(<its name>)`, a stream of its own, so it moves nothing else.
 */
export interface SeedStreams {
  readonly base: Prng;
  readonly ids: ReturnType<typeof seedIds>;
  field(name: string): Prng;
}

export function seedStreams(seed: number = SEED): SeedStreams {
  const fields = new Map<string, Prng>();
  return {
    base: mulberry32(seed),
    ids: seedIds(mulberry32(seed + 1), Date.UTC(2024, 6, 1)),
    field(name) {
      let stream = fields.get(name);
      if (!stream) {
        // FNV-1a of the name, mixed with the seed: a fixed, independent stream per field name.
        let h = 0x811c9dc5;
        for (const ch of name) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
        stream = mulberry32((seed ^ h) >>> 0);
        fields.set(name, stream);
      }
      return stream;
    },
  };
}

type Union = { id: string; regionCode: string };
type Person = { name: string; id: NationalIdFacts; phone: string; rural: boolean };

/** What the steps of one seed run share: the streams, the unions and the rows waiting to be written. */
interface SeedRun {
  streams: SeedStreams;
  pii: PiiCipher;
  grassroots: readonly Union[];
  taken: Set<string>;
  sequences: Map<string, number>;
  pending: { members: MemberRow[]; applications: ApplicationRow[]; transfers: TransferRow[] };
}

/** An application row for `person` at `org`, dated now on the id clock. */
function applicationRow(
  run: SeedRun,
  person: Person,
  org: Union,
  status: ApplicationRow['status'],
  memberId: string | null,
): ApplicationRow {
  const { pii, streams } = run;
  const prng = streams.base;
  const index = pii.blindIndex('id', person.id.normalized);
  const at = dateOfMs(streams.ids.lastMs());
  return {
    id: streams.ids.next(),
    org_id: org.id,
    region_code: org.regionCode,
    name: person.name,
    id_number_enc: pii.encrypt(person.id.normalized),
    id_number_index: index,
    id_number_masked: maskNationalId(person.id.normalized),
    phone_enc: pii.encrypt(person.phone),
    phone_masked: maskMobile(person.phone),
    hukou_type: person.rural ? 'RURAL' : 'URBAN',
    education: education(prng),
    occupation: occupation(prng),
    employer_name: null,
    employer_credit_code: null,
    status,
    pending_key: status === 'PENDING' ? `${index}:${org.id}` : null,
    reason: status === 'REJECTED' ? '所在单位信息与工会登记不符' : null,
    member_id: memberId,
    decided_by: status === 'PENDING' ? null : status === 'WITHDRAWN' ? 'applicant' : 'seed-org-admin',
    decided_at: status === 'PENDING' ? null : at,
    created_at: at,
    updated_at: at,
  };
}

/** One member of the register: union, person, card number, status and verification. */
function drawMember(run: SeedRun): { row: MemberRow; org: Union; person: Person } {
  const prng = run.streams.base;
  const ids = run.streams.ids;
  const org = run.grassroots[Math.floor(prng.next() * run.grassroots.length)]!;
  const female = prng.chance(0.46);
  const born = birthDate(prng, REFERENCE_DATE);
  const id = nationalId(prng, { regionCode: org.regionCode, birthDate: born, female }, run.taken);
  const migrant = prng.chance(0.5);
  const joinYear = Math.max(Number(born.slice(0, 4)) + 16, 2008 + prng.int(0, 17));
  const joinedOn = `${Math.min(joinYear, 2026)}-${String(prng.int(1, 6)).padStart(2, '0')}-${String(prng.int(1, 28)).padStart(2, '0')}`;
  const region6 = region6Of(org.regionCode);
  const sequence = (run.sequences.get(region6) ?? 0) + 1;
  run.sequences.set(region6, sequence);
  const memberId = ids.next();
  const phone = mobile(prng);
  // The argument order is the draw order: keep it, and give a new field streams.field(<name>).
  const row = buildMemberRow(run.pii, {
    id: memberId,
    orgId: org.id,
    regionCode: org.regionCode,
    name: personName(prng),
    idNumber: id,
    phone,
    hukouType: migrant || prng.chance(0.15) ? 'RURAL' : 'URBAN',
    isMigrantWorker: migrant,
    education: education(prng),
    occupation: occupation(prng),
    skillLevel: skillLevel(prng),
    modelWorkerLevel: prng.chance(0.002) ? prng.pick(['NATIONAL', 'PROVINCIAL', 'CITY'] as const) : null,
    cardNumber: formatCardNumber(region6, joinedOn.slice(0, 4), sequence),
    joinedOn,
    status: pickStatus(prng),
    verificationStatus: pickVerification(prng),
    now: dateOfMs(ids.lastMs()),
  });
  if (row.verification_status !== 'PENDING') {
    row.verified_by = 'seed-county-federation';
    row.verified_at = row.created_at;
    if (row.verification_status === 'RETURNED') row.verification_note = '身份证信息与登记姓名不一致，请核对';
  }
  if (row.status !== 'ACTIVE') row.status_reason = '基层工会年度会员信息核对';
  return { row, org, person: { name: row.name, id, phone, rural: row.hukou_type === 'RURAL' } };
}

/** About 3 % of active members joined through an approved online application. */
function maybeJoinedByApplication(run: SeedRun, row: MemberRow, org: Union, person: Person): void {
  if (row.status === 'ACTIVE' && run.streams.base.chance(0.03)) {
    run.pending.applications.push(applicationRow(run, person, org, 'APPROVED', row.id));
  }
}

/** About 1 % have a transfer: open (the member is TRANSFERRING), accepted into this union, or refused. */
function maybeTransfer(run: SeedRun, row: MemberRow, org: Union): void {
  const prng = run.streams.base;
  const { grassroots } = run;
  if (!(row.status === 'ACTIVE' && grassroots.length > 1 && prng.chance(0.01))) return;
  let other = grassroots[Math.floor(prng.next() * grassroots.length)]!;
  if (other.id === org.id) other = grassroots[(grassroots.indexOf(org) + 1) % grassroots.length]!;
  const kind = prng.weighted({ PENDING: 3, ACCEPTED: 5, REJECTED: 2 });
  const at = dateOfMs(run.streams.ids.lastMs());
  const incoming = kind === 'ACCEPTED';
  run.pending.transfers.push({
    id: run.streams.ids.next(),
    member_id: row.id,
    from_org_id: incoming ? other.id : org.id,
    from_region_code: incoming ? other.regionCode : org.regionCode,
    to_org_id: incoming ? org.id : other.id,
    to_region_code: incoming ? org.regionCode : other.regionCode,
    status: kind,
    open_key: kind === 'PENDING' ? row.id : null,
    reason: kind === 'REJECTED' ? '接收单位未核实到劳动关系' : '工作单位变动',
    requested_by: 'seed-org-admin',
    decided_by: kind === 'PENDING' ? null : 'seed-org-admin',
    decided_at: kind === 'PENDING' ? null : at,
    created_at: at,
  });
  if (kind === 'PENDING') row.status = 'TRANSFERRING';
}

/** Applications from people not (yet) in the register: pending, rejected or withdrawn. */
function maybeOutsideApplication(run: SeedRun, org: Union): void {
  const prng = run.streams.base;
  if (!prng.chance(0.015)) return;
  const bornA = birthDate(prng, REFERENCE_DATE);
  const person = {
    name: personName(prng),
    id: nationalId(
      prng,
      { regionCode: org.regionCode, birthDate: bornA, female: prng.chance(0.5) },
      run.taken,
    ),
    phone: mobile(prng),
    rural: prng.chance(0.5),
  };
  const status = prng.weighted({ PENDING: 6, REJECTED: 2, WITHDRAWN: 1 });
  run.pending.applications.push(applicationRow(run, person, org, status, null));
}

/** Writes batches in transactions; the next batch is generated (and encrypted) while one is written. */
function batchWriter(db: Kysely<Database>, run: SeedRun) {
  const counts = { members: 0, applications: 0, transfers: 0 };
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    const batch = run.pending;
    run.pending = { members: [], applications: [], transfers: [] };
    counts.members += batch.members.length;
    counts.applications += batch.applications.length;
    counts.transfers += batch.transfers.length;
    await writing;
    writing = db.transaction().execute(async (trx) => {
      await insertRows(trx, 'members', batch.members);
      await insertRows(trx, 'membership_applications', batch.applications);
      await insertRows(trx, 'member_transfers', batch.transfers);
    });
    // Handled here so a failure is not "unhandled" while the next batch is generated; awaited below.
    writing.catch(() => undefined);
  };
  return {
    counts,
    flush,
    async finish() {
      await flush();
      await writing;
    },
  };
}

/** The card sequences the seeded card numbers used, then every counter rebuilt by the database. */
async function finishSeed(db: Kysely<Database>, sequences: ReadonlyMap<string, number>): Promise<void> {
  await insertRows(
    db,
    'card_sequences',
    [...sequences.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([region6, last]) => ({ region6, last_value: last })),
  );
  await rebuildMemberCounts(db);
}

/**
 * Members spread over the seeded grassroots unions (valid ID numbers born in the union's county,
 * aged 16–60, about half migrant workers), applications in every state and transfers in every
 * state. Deterministic (seeded PRNG streams, time-ordered ids from a fixed base), written in
 * multi-row batches; counters are rebuilt by the database at the end. Already seeded →
 * created:false with the data read back.
 */
export async function seedMembers(db: Kysely<any>, options: SeedMembersOptions): Promise<SeedMembersResult> {
  const mdb = db as Kysely<Database>;
  if ((await countRows(mdb, 'members')) > 0) return readBack(mdb);
  const grassroots = options.grassroots ?? [];
  if (grassroots.length === 0) return { created: false, counts: { members: 0 }, data: [] };
  const keys = options.piiKeys ?? loadPiiKeys(process.env);
  const run: SeedRun = {
    streams: seedStreams(SEED),
    pii: new PiiCipher(keys.piiKey, keys.piiIndexKey),
    grassroots,
    taken: new Set(),
    sequences: new Map(),
    pending: { members: [], applications: [], transfers: [] },
  };
  const writer = batchWriter(mdb, run);
  const data: SeededMember[] = [];
  const total = Math.max(1, Math.round(MEMBERS_PER_SCALE * options.scale));
  for (let i = 0; i < total; i++) {
    const { row, org, person } = drawMember(run);
    maybeJoinedByApplication(run, row, org, person);
    maybeTransfer(run, row, org);
    run.pending.members.push(row);
    data.push(toSeeded(row));
    maybeOutsideApplication(run, org);
    if (run.pending.members.length >= SEED_BATCH_SIZE) await writer.flush();
  }
  await writer.finish();
  await finishSeed(mdb, run.sequences);
  return { created: true, counts: writer.counts, data };
}
