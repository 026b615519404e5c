import { Writable } from 'node:stream';
import {
  createLogger,
  PII_REKEY_EXIT,
  runPiiRekey,
  signedGql,
  testDialects,
  type PiiRekeyRunOptions,
  type PiiRekeyTarget,
} from '@union/kit';
import { appealPiiRekeyTarget } from '../src/lib';
import { DEV_APPEAL_PII_KEYS } from '../src/appeal/appeal-runtime';
import { loadAppealRuntime } from '../src/config';
import { createServer } from '../src/server';
import { buildAppealWorld, CITY_ADMIN, startLoggedHarness, submit } from './appeal-fixture';
import { as, ok, SECRET, type Harness } from './harness';

/*
 * Appeal callers' keys rotate like members' (docs/secrets-rotation.draft.md): APPEAL_PII_KEY_ACCEPTED
 * keeps old callers readable, `pii:rekey` moves them, and after a reindex under
 * APPEAL_PII_INDEX_KEY_NEXT a repeat caller is still found by the blind index of the phone.
 */
const OLD_KEY = DEV_APPEAL_PII_KEYS.key;
const INDEX_KEY = DEV_APPEAL_PII_KEYS.indexKey;
const NEW_KEY = '21'.repeat(32);
const NEXT_INDEX_KEY = '23'.repeat(32);
const PHONE = '13987654321';
const OTHER_PHONE = '13700001111';
const NAME = '赵小兰';

const READER = as('FEDERATION_ADMIN', { region: '4401', perms: ['pii:read'], sub: 'rotation-officer' });
const FULL = `query($id: ID!) { workerAppeal(id: $id) { callerName callerPhone callerAppealCount } }`;
const REGISTER = `mutation($input: RegisterAppealInput!) { registerAppeal(input: $input) { appeal { id callerAppealCount } } }`;

describe.each(testDialects())('PII key rotation of appeal callers on %s', (dialect) => {
  let h: Harness & { logs: string[] };
  const servers: { close(): Promise<void> }[] = [];
  const output: string[] = [];
  const ids: string[] = [];

  async function serverWith(env: Record<string, string>) {
    const sink = new Writable({
      write(chunk, _enc, done) {
        h.logs.push(String(chunk));
        done();
      },
    });
    const server = await createServer({
      db: h.db,
      subgraphSecret: SECRET,
      logger: createLogger('appeal-rotation-test', 'debug', sink as any),
      facts: h.facts,
      appeals: loadAppealRuntime(env),
    });
    servers.push(server);
    return signedGql(await server.listen(0), SECRET);
  }

  const target = (env: Record<string, string>): PiiRekeyTarget =>
    appealPiiRekeyTarget({ APPEAL_PII_KEY: NEW_KEY, APPEAL_PII_INDEX_KEY: INDEX_KEY, ...env });
  const run = (t: PiiRekeyTarget, options: Partial<PiiRekeyRunOptions> = {}) =>
    runPiiRekey(h.db, t, { batchSize: 2, write: (line) => output.push(line), ...options });

  async function appealIdOf(number: string): Promise<string> {
    const row = await h.db
      .selectFrom('worker_appeals')
      .select('id')
      .where('appeal_number', '=', number)
      .executeTakeFirstOrThrow();
    return row.id;
  }

  beforeAll(async () => {
    h = await startLoggedHarness(dialect);
    const w = buildAppealWorld(h);
    for (const phone of [PHONE, OTHER_PHONE, PHONE]) {
      const data = ok(await submit(h, null, { regionCode: '440106', callerName: NAME, callerPhone: phone }));
      ids.push(await appealIdOf(data.submitAppeal.number));
    }
    // A member's appeal stores no caller: nothing to move.
    const own = ok(await submit(h, as('MEMBER', { member: w.factoryMembers[0]!, sub: 'm-0' }), {}));
    expect(own.submitAppeal.appeal.id).toBeDefined();
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
    await h.close();
  });

  it('reads callers sealed under APPEAL_PII_KEY_ACCEPTED with a new APPEAL_PII_KEY', async () => {
    const newOnly = await serverWith({ APPEAL_PII_KEY: NEW_KEY });
    expect((await newOnly(READER, FULL, { id: ids[0] })).errors?.length).toBeGreaterThan(0);
    const rotating = await serverWith({ APPEAL_PII_KEY: NEW_KEY, APPEAL_PII_KEY_ACCEPTED: OLD_KEY });
    expect(ok(await rotating(READER, FULL, { id: ids[0] })).workerAppeal).toEqual({
      callerName: NAME,
      callerPhone: PHONE,
      callerAppealCount: 2,
    });
  });

  it('re-encrypts every caller, resumes after an interruption, and is a no-op when re-run', async () => {
    expect((await run(target({}), { dryRun: true })).exitCode).toBe(PII_REKEY_EXIT.dataError);
    const rotation = target({ APPEAL_PII_KEY_ACCEPTED: OLD_KEY });
    let batches = 0;
    const stopped = await run(rotation, { shouldStop: () => batches++ >= 1 });
    expect(stopped.exitCode).toBe(PII_REKEY_EXIT.retry);
    expect(stopped.tables[0]).toMatchObject({ scanned: 2, reencrypted: 4, stopped: true });
    const resumed = await run(rotation);
    expect(resumed.exitCode).toBe(PII_REKEY_EXIT.done);
    expect(resumed.tables[0]).toMatchObject({ scanned: 4, reencrypted: 2, current: 4, rowsUpdated: 1 });
    expect((await run(rotation)).tables[0]).toMatchObject({ rowsUpdated: 0, reencrypted: 0, current: 6 });

    const newOnly = await serverWith({ APPEAL_PII_KEY: NEW_KEY });
    for (const [i, phone] of [PHONE, OTHER_PHONE, PHONE].entries()) {
      expect(ok(await newOnly(READER, FULL, { id: ids[i] })).workerAppeal.callerPhone).toBe(phone);
    }
  });

  it('reindexes under APPEAL_PII_INDEX_KEY_NEXT; repeat callers are still found after the switch', async () => {
    const env = { APPEAL_PII_INDEX_KEY_NEXT: NEXT_INDEX_KEY };
    const done = await run(target(env), { reindex: true });
    expect(done.exitCode).toBe(PII_REKEY_EXIT.done);
    expect(done.tables[0]).toMatchObject({ reindexed: 3, reencrypted: 0 });
    expect((await run(target(env), { reindex: true })).tables[0]).toMatchObject({ rowsUpdated: 0 });

    const switched = await serverWith({ APPEAL_PII_KEY: NEW_KEY, APPEAL_PII_INDEX_KEY: NEXT_INDEX_KEY });
    expect(ok(await switched(READER, FULL, { id: ids[2] })).workerAppeal.callerAppealCount).toBe(2);
    expect(ok(await switched(READER, FULL, { id: ids[1] })).workerAppeal.callerAppealCount).toBe(1);
    const input = {
      channel: 'HOTLINE_12351',
      kind: 'CONSULTATION',
      category: 'LEGAL_AID',
      summary: '再次来电',
      regionCode: '440106',
      callerPhone: PHONE,
    };
    expect(ok(await switched(CITY_ADMIN, REGISTER, { input })).registerAppeal.appeal.callerAppealCount).toBe(
      3,
    );
  });

  it('writes no personal value and no key to its output or to the servers’ logs', async () => {
    const lines = [...output, ...h.logs].join('\n');
    expect(output.length).toBeGreaterThan(5);
    const keys = [OLD_KEY, INDEX_KEY, NEW_KEY, NEXT_INDEX_KEY].flatMap((k) => [
      k,
      Buffer.from(k, 'hex').toString('base64'),
    ]);
    for (const value of [...keys, PHONE, OTHER_PHONE, NAME]) expect(lines).not.toContain(value);
  });
});
