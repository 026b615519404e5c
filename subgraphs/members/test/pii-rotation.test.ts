import { Writable } from 'node:stream';
import {
  expectError,
  isUniqueViolation,
  PII_REKEY_EXIT,
  runPiiRekey,
  signedGql,
  testDialects,
  type PiiRekeyRunOptions,
  type PiiRekeyTarget,
} from '@union/kit';
import pino from 'pino';
import { loadPiiKeys, membersPiiRekeyTarget } from '../src/lib';
import { createServer } from '../src/server';
import type { PiiKind } from '../src/pii/pii-cipher';
import {
  as,
  enroll,
  nextIdNumber,
  nextPhone,
  PII_KEYS,
  PROVINCE_ADMIN,
  SECRET,
  startHarness,
  SUBMIT,
  type Harness,
} from './harness';

/*
 * PII key rotation end to end (docs/secrets-rotation.draft.md): old ciphertexts stay readable under
 * PII_KEY_ACCEPTED, `pii:rekey` moves every value (in batches, resumable, a no-op when re-run), and
 * after a reindex under PII_INDEX_KEY_NEXT every lookup by blind index still finds its row.
 */
const OLD_KEY = PII_KEYS.piiKey;
const INDEX_KEY = PII_KEYS.piiIndexKey;
const NEW_KEY = Buffer.alloc(32, 0x11);
const NEXT_INDEX_KEY = Buffer.alloc(32, 0x13);
const hex = (b: Buffer) => b.toString('hex');

const READER = as('FEDERATION_ADMIN', { region: '44', perms: ['pii:read'], sub: 'rotation-officer' });
const PII = `query($id: ID!) { member(id: $id) { idNumber phone } }`;
const BY_NUMBER = `query($n: String!) { memberByIdNumber(idNumber: $n) { id } }`;
const WITHDRAW = `mutation($input: WithdrawApplicationInput!) { withdrawMembershipApplication(input: $input) { application { status } } }`;
const APPROVE = `mutation($input: ReviewApplicationInput!) { approveMembershipApplication(input: $input) { member { id } } }`;

describe.each(testDialects())('PII key rotation in members on %s', (dialect) => {
  let h: Harness;
  const servers: { close(): Promise<void> }[] = [];
  const output: string[] = [];
  const logLines: string[] = [];
  const people: { memberId: string; idNumber: string }[] = [];
  let pendingOld: { id: string; idNumber: string; phone: string };

  /** Another members server on the same database, under the given keys. */
  async function serverWith(keys: { piiKey: Buffer; piiIndexKey: Buffer; piiKeysAccepted?: Buffer[] }) {
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    const server = await createServer({
      db: h.db,
      subgraphSecret: SECRET,
      logger: pino({ level: 'trace' }, sink),
      organizationsUrl: h.orgUrl,
      ...keys,
    });
    servers.push(server);
    return signedGql(await server.listen(0), SECRET);
  }

  function target(env: Record<string, string>): PiiRekeyTarget<PiiKind> {
    return membersPiiRekeyTarget({ PII_KEY: hex(NEW_KEY), PII_INDEX_KEY: hex(INDEX_KEY), ...env });
  }

  function run(t: PiiRekeyTarget<PiiKind>, options: Partial<PiiRekeyRunOptions> = {}) {
    return runPiiRekey(h.db, t, { batchSize: 2, write: (line) => output.push(line), ...options });
  }

  /** How many stored values each key opens (the first one that does). */
  async function sealedUnder(key: Buffer): Promise<{ current: number; other: number }> {
    const cipher = membersPiiRekeyTarget({ PII_KEY: hex(key), PII_INDEX_KEY: hex(INDEX_KEY) }).cipher;
    const counts = { current: 0, other: 0 };
    for (const table of ['members', 'membership_applications'] as const) {
      const rows = await h.db.selectFrom(table).select(['id_number_enc', 'phone_enc']).execute();
      for (const v of rows.flatMap((r) => [r.id_number_enc, r.phone_enc])) {
        if (v === null) continue;
        if (cipher.open(v)?.current) counts.current++;
        else counts.other++;
      }
    }
    return counts;
  }

  beforeAll(async () => {
    h = await startHarness(dialect);
    for (let i = 0; i < 5; i++) people.push(await enroll(h, { orgId: h.tree.factory }));
    for (let i = 0; i < 2; i++) {
      const input = {
        name: '王小芳',
        idNumber: nextIdNumber({ female: true }),
        phone: nextPhone(),
        organizationId: h.tree.bakery,
        hukouType: 'URBAN',
      };
      const r = await h.gql(null, SUBMIT, { input });
      const id = r.data.submitMembershipApplication.application.id;
      if (i === 0) pendingOld = { id, idNumber: input.idNumber, phone: input.phone };
    }
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
    await h.close();
  });

  it('reads values sealed under PII_KEY_ACCEPTED with a new PII_KEY, and not without it', async () => {
    const newOnly = await serverWith({ piiKey: NEW_KEY, piiIndexKey: INDEX_KEY });
    const refused = await newOnly(READER, PII, { id: people[0]!.memberId });
    expect(refused.data?.member?.idNumber ?? null).toBeNull();
    expect(refused.errors?.length).toBeGreaterThan(0);

    const rotating = await serverWith({
      piiKey: NEW_KEY,
      piiIndexKey: INDEX_KEY,
      piiKeysAccepted: [OLD_KEY],
    });
    const read = await rotating(READER, PII, { id: people[0]!.memberId });
    expect(read.errors).toBeUndefined();
    expect(read.data.member.idNumber).toBe(people[0]!.idNumber);
    expect(read.data.member.phone).toMatch(/^138\d{8}$/);
    expect((await rotating(READER, BY_NUMBER, { n: people[1]!.idNumber })).data.memberByIdNumber.id).toBe(
      people[1]!.memberId,
    );
    // Approving an application sealed under the old key decrypts it; the new member is sealed under the new key.
    const second = await h.db
      .selectFrom('membership_applications')
      .select('id')
      .where('status', '=', 'PENDING')
      .where('id', '!=', pendingOld.id)
      .executeTakeFirstOrThrow();
    const approved = await rotating(PROVINCE_ADMIN, APPROVE, { input: { id: second.id } });
    expect(approved.errors).toBeUndefined();
    expect((await sealedUnder(NEW_KEY)).current).toBe(2);
  });

  it('refuses to guess: values no configured key opens are left alone and reported (exit 65)', async () => {
    const before = await sealedUnder(NEW_KEY);
    const result = await run(target({}), { dryRun: true });
    expect(result.exitCode).toBe(PII_REKEY_EXIT.dataError);
    expect(result.tables.reduce((n, t) => n + t.unreadable, 0)).toBe(before.other);
    expect(await sealedUnder(NEW_KEY)).toEqual(before);
  });

  it('re-encrypts every value in batches, resumes after an interruption, and is a no-op when re-run', async () => {
    const rotation = target({ PII_KEY_ACCEPTED: hex(OLD_KEY) });
    const before = await sealedUnder(NEW_KEY);
    expect(before.other).toBeGreaterThan(4);
    expect((await run(rotation, { dryRun: true })).exitCode).toBe(PII_REKEY_EXIT.pending);

    let batches = 0;
    const stopped = await run(rotation, { shouldStop: () => batches >= 2, onProgress: () => void batches++ });
    expect(stopped.exitCode).toBe(PII_REKEY_EXIT.retry);
    expect(stopped.tables[0]).toMatchObject({ table: 'members', stopped: true, scanned: 4 });
    const half = await sealedUnder(NEW_KEY);
    expect(half.other).toBe(before.other - stopped.tables[0]!.reencrypted);
    expect(half.other).toBeGreaterThan(0);

    // A crash in the middle of a run (here: after the first batch of the resumed one) loses nothing either.
    await expect(
      run(rotation, {
        onProgress: () => {
          throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    const resumed = await run(rotation);
    expect(resumed.exitCode).toBe(PII_REKEY_EXIT.done);
    expect(await sealedUnder(NEW_KEY)).toEqual({ current: before.current + before.other, other: 0 });

    const again = await run(rotation);
    expect(again.exitCode).toBe(PII_REKEY_EXIT.done);
    expect(again.tables.map((t) => [t.table, t.rowsUpdated, t.reencrypted])).toEqual([
      ['members', 0, 0],
      ['membership_applications', 0, 0],
    ]);
    expect(output.at(-1)).toMatch(/PII_KEY_ACCEPTED can be removed/);

    // Now PII_KEY_ACCEPTED can go: a server with the new key alone reads everything, old rows included.
    const newOnly = await serverWith({ piiKey: NEW_KEY, piiIndexKey: INDEX_KEY });
    for (const p of people) {
      expect((await newOnly(READER, PII, { id: p.memberId })).data.member.idNumber).toBe(p.idNumber);
    }
  });

  it('reindexes under PII_INDEX_KEY_NEXT; lookups, duplicate detection and uniqueness hold after the switch', async () => {
    const env = { PII_INDEX_KEY_NEXT: hex(NEXT_INDEX_KEY) };
    expect((await run(target({}), { reindex: true })).exitCode).toBe(PII_REKEY_EXIT.usage);
    expect((await run(target(env), { reindex: true, dryRun: true })).exitCode).toBe(PII_REKEY_EXIT.pending);

    let batches = 0;
    const stopped = await run(target(env), { reindex: true, shouldStop: () => batches++ >= 1 });
    expect(stopped.exitCode).toBe(PII_REKEY_EXIT.retry);
    // Half-way, the indexes are under two keys: a check under the current key alone says so.
    expect((await run(target({}))).exitCode).toBe(PII_REKEY_EXIT.dataError);
    const done = await run(target(env), { reindex: true });
    expect(done.exitCode).toBe(PII_REKEY_EXIT.done);
    expect(output.at(-1)).toMatch(/set PII_INDEX_KEY to its value, unset PII_INDEX_KEY_NEXT/);
    const again = await run(target(env), { reindex: true });
    expect(again.tables.map((t) => t.rowsUpdated)).toEqual([0, 0]);

    // The switch: PII_INDEX_KEY = the former PII_INDEX_KEY_NEXT.
    const switched = await serverWith({ piiKey: NEW_KEY, piiIndexKey: NEXT_INDEX_KEY });
    for (const p of people) {
      expect((await switched(READER, BY_NUMBER, { n: p.idNumber })).data.memberByIdNumber.id).toBe(
        p.memberId,
      );
    }
    const stale = await serverWith({ piiKey: NEW_KEY, piiIndexKey: INDEX_KEY });
    expect((await stale(READER, BY_NUMBER, { n: people[0]!.idNumber })).data.memberByIdNumber).toBeNull();

    // The pending application is found again by its (moved) pending key: applying twice returns it.
    const input = {
      name: '王小芳',
      idNumber: pendingOld.idNumber,
      phone: pendingOld.phone,
      organizationId: h.tree.bakery,
      hukouType: 'URBAN',
    };
    const again2 = await switched(null, SUBMIT, { input });
    expect(again2.data.submitMembershipApplication.application.id).toBe(pendingOld.id);
    // A member in good standing is still refused a second membership (index-based duplicate check).
    const dup = await switched(null, SUBMIT, { input: { ...input, idNumber: people[2]!.idNumber } });
    expectError(dup, 'CONFLICT');
    // Proving the number still withdraws the application; a wrong number does not.
    expectError(
      await switched(null, WITHDRAW, { input: { id: pendingOld.id, idNumber: nextIdNumber() } }),
      'NOT_FOUND',
    );
    const withdrawn = await switched(null, WITHDRAW, {
      input: { id: pendingOld.id, idNumber: pendingOld.idNumber },
    });
    expect(withdrawn.data.withdrawMembershipApplication.application.status).toBe('WITHDRAWN');

    // Uniqueness is the same unique index as before, on the recomputed values.
    const row = await h.db
      .selectFrom('members')
      .selectAll()
      .where('id', '=', people[3]!.memberId)
      .executeTakeFirstOrThrow();
    // Settled by hand: the driver's error may come from another realm than jest's Error.
    const duplicate = await h.db
      .insertInto('members')
      .values({ ...row, id: '00000000-0000-4000-8000-00000000dup1', card_number: 'DUP-1' })
      .execute()
      .then(
        () => 'stored',
        (error: unknown) => (isUniqueViolation(error) ? 'unique violation' : String(error)),
      );
    expect(duplicate).toBe('unique violation');
    const indexes = await h.db.selectFrom('members').select('id_number_index').execute();
    expect(new Set(indexes.map((r) => r.id_number_index)).size).toBe(indexes.length);
  });

  it('writes no personal value and no key to its output or to the servers’ logs', async () => {
    expect(output.length).toBeGreaterThan(10);
    const secrets = [OLD_KEY, NEW_KEY, INDEX_KEY, NEXT_INDEX_KEY].flatMap((k) => [
      hex(k),
      k.toString('base64'),
    ]);
    const numbers = [...people.map((p) => p.idNumber), pendingOld.idNumber, pendingOld.phone];
    const stored = await h.db.selectFrom('members').select(['id_number_enc', 'phone_enc']).execute();
    const lines = [...output, ...logLines, ...h.logLines].join('\n');
    for (const value of [...secrets, ...numbers, ...stored.flatMap((r) => [r.id_number_enc, r.phone_enc!])]) {
      expect(lines).not.toContain(value);
    }
    expect(lines).not.toMatch(/\b\d{17}[\dX]\b|\b1[3-9]\d{9}\b/);
  });
});

describe('PII_KEY_ACCEPTED and PII_INDEX_KEY_NEXT settings', () => {
  const prod = { NODE_ENV: 'production', PII_KEY: '11'.repeat(32), PII_INDEX_KEY: '22'.repeat(32) };

  it('accepts older keys as hex or base64, drops the current one and duplicates', () => {
    const keys = loadPiiKeys({
      ...prod,
      PII_KEY_ACCEPTED: `${'33'.repeat(32)}, ${Buffer.alloc(32, 0x44).toString('base64')},${'11'.repeat(32)},${'33'.repeat(32)}`,
    });
    expect(keys.piiKeysAccepted.map(hex)).toEqual(['33'.repeat(32), '44'.repeat(32)]);
    expect(loadPiiKeys({}).piiKeysAccepted).toEqual([]);
  });

  it('refuses malformed, weak, development and index keys', () => {
    expect(() => loadPiiKeys({ PII_KEY_ACCEPTED: 'abcd' })).toThrow(/PII_KEY_ACCEPTED must be 32 bytes/);
    expect(() => loadPiiKeys({ ...prod, PII_KEY_ACCEPTED: 'c2hvcnQ=' })).toThrow(/PII_KEY_ACCEPTED/);
    const dev = loadPiiKeys({});
    expect(() => loadPiiKeys({ ...prod, PII_KEY_ACCEPTED: hex(dev.piiKey) })).toThrow(/development key/);
    expect(() => loadPiiKeys({ ...prod, PII_KEY_ACCEPTED: '22'.repeat(32) })).toThrow(/blind-index key/);
    const next = (value: string) => membersPiiRekeyTarget({ ...prod, PII_INDEX_KEY_NEXT: value });
    expect(() => next('22'.repeat(32))).toThrow(/must differ from the current index key/);
    expect(() => next('11'.repeat(32))).toThrow(/must differ from the encryption keys/);
    expect(() => next(hex(dev.piiIndexKey))).toThrow(/development key/);
    expect(() => next('zz')).toThrow(/PII_INDEX_KEY_NEXT/);
    expect(next('55'.repeat(32)).nextIndex).toBeDefined();
    expect(membersPiiRekeyTarget(prod).nextIndex).toBeUndefined();
  });
});
