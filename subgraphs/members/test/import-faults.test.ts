import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  createDatabase,
  createTestDatabase,
  migrateToLatest,
  resolveDatabaseTarget,
  startFaultProxy,
  testDialects,
  type FaultProxy,
  type TestDialect,
} from '@union/kit';
import { sql, type Kysely } from 'kysely';
import { migrations, type Database } from '../src/lib';
import { ImportInterruptedError, importMembers, type ImportSummary } from '../src/import/import-members';
import {
  entitiesOrganizationDirectory,
  type OrganizationDirectory,
} from '../src/organization/organization-directory';
import { PiiCipher } from '../src/pii/pii-cipher';
import { rebuildMemberCounts } from '../src/stats/member-counts.repository';
import { nextIdNumber, PII_KEYS, SECRET, startHarness, type Harness } from './harness';

/*
 * Issue 9 §6: with the database gone for a while mid-import, the import used to report every valid
 * row of the failed batches as "duplicate card or person", exit 0, and leave them out. Connection
 * and lock failures are injected for real: a TCP proxy in front of MariaDB that drops and refuses
 * connections, and on SQLite another connection holding the write lock (what a backup or a stuck
 * writer does), so the driver reports SQLITE_BUSY.
 */

const HEADER =
  'name,idNumber,phone,organizationId,hukouType,isMigrantWorker,education,occupation,skillLevel,modelWorkerLevel,joinedOn';
const CLI = path.resolve(__dirname, '../dist/cli/import-members.js');

/** A members database the test can make unavailable, and make available again. */
interface FaultyDatabase {
  db: Kysely<Database>;
  /** The DATABASE_URL a child process would use to reach it through the fault. */
  url: string;
  /** Connections fail / the write lock is held by someone else, until heal(). */
  cut(): Promise<void>;
  /** MariaDB only: the network drops everything silently (no error, no reset). */
  stall?(): void;
  heal(): Promise<void>;
  destroy(): Promise<void>;
}

async function sqliteFaults(dir: string): Promise<FaultyDatabase> {
  const file = path.join(dir, 'union_members.sqlite');
  const db = await createDatabase<Database>({ dialect: 'sqlite', file });
  await migrateToLatest(db, migrations);
  // Each attempt gives up on the lock quickly (the default 5 s would only slow the test down).
  await sql`pragma busy_timeout = 50`.execute(db);
  const locker = new SqliteDatabase(file, { timeout: 0 });
  let held = false;
  return {
    db,
    url: `sqlite:${dir}`,
    async cut() {
      // The import may be inside a write right now: wait for the lock without blocking the event loop.
      for (;;) {
        try {
          locker.exec('BEGIN EXCLUSIVE');
          held = true;
          return;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 2));
        }
      }
    },
    async heal() {
      if (held) locker.exec('COMMIT');
      held = false;
    },
    async destroy(this: FaultyDatabase) {
      await this.heal();
      locker.close();
      await db.destroy();
    },
  };
}

async function mysqlFaults(): Promise<FaultyDatabase> {
  const direct = await createTestDatabase<Database>('mysql', 'import_faults');
  await migrateToLatest(direct.db, migrations);
  const server = new URL(process.env.TEST_MYSQL_URL!);
  const proxy: FaultProxy = await startFaultProxy({
    host: server.hostname,
    port: Number(server.port || 3306),
  });
  if (direct.target.dialect !== 'mysql') throw new Error('expected MySQL');
  const target = { ...direct.target, uri: proxy.urlThrough(direct.target.uri) };
  const db = await createDatabase<Database>(target, { poolSize: 4 });
  return {
    db,
    url: `${proxy.urlThrough(process.env.TEST_MYSQL_URL!)}/${direct.target.database}`,
    async cut() {
      proxy.cut();
    },
    stall() {
      proxy.stall();
    },
    async heal() {
      proxy.heal();
    },
    async destroy() {
      proxy.heal();
      await db.destroy();
      await proxy.close();
      await direct.destroy();
    },
  };
}

const faultyDatabase = (dialect: TestDialect, dir: string) =>
  dialect === 'sqlite' ? sqliteFaults(dir) : mysqlFaults();

async function countMembers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('members')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function counters(db: Kysely<Database>): Promise<string> {
  const rows = await db.selectFrom('region_member_counts').selectAll().where('count', '!=', 0).execute();
  return JSON.stringify(
    rows
      .map((r) => [r.region_code, r.dimension, r.value, Number(r.count)])
      .sort((a, b) => String(a).localeCompare(String(b))),
  );
}

/** `valid` good rows, plus one row with a data error on line 3 (which must stay the only report line). */
function writeFile(file: string, orgId: string, valid: number): string[] {
  const ids = Array.from({ length: valid }, () => nextIdNumber());
  const lines = [
    HEADER,
    `甲一,${ids[0]},,${orgId},RURAL,,,,,,`,
    `坏行,${nextIdNumber()},,${orgId},NOWHERE,,,,,,`,
    ...ids.slice(1).map((id, i) => `乙${i},${id},,${orgId},URBAN,,,,,,`),
  ];
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return ids;
}

const reportRows = (file: string) => fs.readFileSync(file, 'utf8').trim().split('\n').slice(1);

describe.each(testDialects())('member import through a database outage on %s', (dialect) => {
  let h: Harness;
  let dir: string;
  let directory: OrganizationDirectory;
  let faulty: FaultyDatabase;
  const pii = new PiiCipher(PII_KEYS.piiKey, PII_KEYS.piiIndexKey);

  beforeAll(async () => {
    h = await startHarness(dialect);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'members-import-faults-'));
    directory = entitiesOrganizationDirectory({ url: h.orgUrl, subgraphSecret: SECRET });
    faulty = await faultyDatabase(dialect, dir);
  });
  afterAll(async () => {
    await faulty?.destroy();
    await h?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Cuts the database right after the first batch is committed (so the outage lands mid-import). */
  const cutAfterFirstBatch = (fault: () => Promise<void> = () => faulty.cut()) => {
    let cut: Promise<void> | null = null;
    return {
      onProgress: () => {
        cut ??= fault();
      },
      get cut() {
        return cut;
      },
    };
  };

  it('rides out an outage shorter than the retry budget: every valid row is imported, only the data error is reported', async () => {
    const file = path.join(dir, 'short-outage.csv');
    const ids = writeFile(file, h.tree.factory, 400);
    const before = await countMembers(faulty.db);
    const trigger = cutAfterFirstBatch();
    const retries: string[] = [];
    let healed = false;
    const summary = await importMembers({
      db: faulty.db,
      pii,
      organizations: directory,
      file,
      batchSize: 40,
      writers: 2,
      retry: { forMs: 20_000, initialDelayMs: 50, maxDelayMs: 400 },
      onRetry: (dependency, code) => {
        retries.push(`${dependency}:${code}`);
        // The outage lasts a few retries, then the database is back.
        if (retries.length === 4 && !healed) {
          healed = true;
          void trigger.cut!.then(() => faulty.heal());
        }
      },
      onProgress: trigger.onProgress,
    });
    expect(retries.length).toBeGreaterThanOrEqual(4);
    expect(retries.every((r) => r.startsWith('database:'))).toBe(true);
    expect(summary).toMatchObject({ rowsRead: 401, created: ids.length, rejected: 1 });
    expect(await countMembers(faulty.db)).toBe(before + ids.length);
    expect(reportRows(summary.errorReport)).toEqual(['3,hukouType,must be URBAN or RURAL']);
    const kept = await counters(faulty.db);
    await rebuildMemberCounts(faulty.db);
    expect(await counters(faulty.db)).toBe(kept);
  });

  it('stops after the retry budget with a non-zero outcome saying how far it got; a re-run after the outage completes the file', async () => {
    const file = path.join(dir, 'long-outage.csv');
    const ids = writeFile(file, h.tree.shop, 400);
    const before = await countMembers(faulty.db);
    const trigger = cutAfterFirstBatch();
    const started = Date.now();
    let failure: unknown;
    try {
      await importMembers({
        db: faulty.db,
        pii,
        organizations: directory,
        file,
        batchSize: 40,
        writers: 2,
        retry: { forMs: 1500, initialDelayMs: 50, maxDelayMs: 300 },
        onProgress: trigger.onProgress,
      });
    } catch (error) {
      failure = error;
    }
    // Bounded: one budget for the whole import, not one per writer or per row.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(failure).toBeInstanceOf(ImportInterruptedError);
    const stopped = failure as ImportInterruptedError;
    expect(stopped.message).toMatch(
      /^stopped: the database did not answer for \d+ s \(last error: [A-Z_]+\)\./,
    );
    expect(stopped.message).toMatch(/every record up to line \d+ \(\d+ rows: \d+ created/);
    expect(stopped.message).toMatch(/Re-run the same command to resume/);
    expect(stopped.progress.lastLine).toBeGreaterThanOrEqual(41);
    expect(stopped.progress.lastLine).toBeLessThan(402);
    expect(stopped.progress.created).toBeGreaterThan(0);
    expect(stopped.message).not.toMatch(/\d{17}[\dX]/);
    // Nothing reported done is lost; the outage put no row into the error report.
    await faulty.heal();
    expect(await countMembers(faulty.db)).toBeGreaterThanOrEqual(before + stopped.progress.created);
    expect(reportRows(stopped.errorReport).every((r) => r.startsWith('3,'))).toBe(true);

    const rerun: ImportSummary = await importMembers({
      db: faulty.db,
      pii,
      organizations: directory,
      file,
      batchSize: 40,
    });
    expect(rerun.created + rerun.unchanged).toBe(ids.length);
    expect(rerun).toMatchObject({ rowsRead: 401, updated: 0, rejected: 1 });
    expect(rerun.unchanged).toBeGreaterThanOrEqual(stopped.progress.created);
    // The full set, each person once.
    expect(await countMembers(faulty.db)).toBe(before + ids.length);
    const kept = await counters(faulty.db);
    await rebuildMemberCounts(faulty.db);
    expect(await counters(faulty.db)).toBe(kept);
  });

  (dialect === 'mysql' ? it : it.skip)(
    'times out on a database that silently stops answering, stops the run, and the re-run completes the file',
    async () => {
      const file = path.join(dir, 'stalled.csv');
      const ids = writeFile(file, h.tree.factory, 200);
      const before = await countMembers(faulty.db);
      const trigger = cutAfterFirstBatch(async () => faulty.stall!());
      const started = Date.now();
      let failure: unknown;
      try {
        await importMembers({
          db: faulty.db,
          pii,
          organizations: directory,
          file,
          batchSize: 40,
          retry: { forMs: 2000, attemptTimeoutMs: 700, initialDelayMs: 50, maxDelayMs: 200 },
          onProgress: trigger.onProgress,
        });
      } catch (error) {
        failure = error;
      } finally {
        await faulty.heal();
      }
      // Before: no error ever came, and the import hung.
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(failure).toBeInstanceOf(ImportInterruptedError);
      expect((failure as Error).message).toMatch(
        /^stopped: the database did not answer for \d+ s \(last error: ETIMEDOUT\)/,
      );
      const rerun = await importMembers({
        db: faulty.db,
        pii,
        organizations: directory,
        file,
        batchSize: 40,
      });
      expect(rerun.created + rerun.unchanged).toBe(ids.length);
      expect(await countMembers(faulty.db)).toBe(before + ids.length);
    },
  );

  it('stops, not rejects rows, when the organizations subgraph stays unreachable', async () => {
    const file = path.join(dir, 'orgs-down.csv');
    writeFile(file, h.tree.bakery, 10);
    const down: OrganizationDirectory = { find: async () => Promise.reject(new TypeError('fetch failed')) };
    const before = await countMembers(faulty.db);
    await expect(
      importMembers({
        db: faulty.db,
        pii,
        organizations: down,
        file,
        retry: { forMs: 300, initialDelayMs: 20 },
      }),
    ).rejects.toThrow(
      /^stopped: the organizations subgraph did not answer .* Nothing was committed by this run/,
    );
    expect(await countMembers(faulty.db)).toBe(before);
  });

  it('the command exits 75 with the resume hint when the database stays down, and 0 with the full set on the re-run', async () => {
    const file = path.join(dir, 'cli.csv');
    const ids = writeFile(file, h.tree.factory, 30);
    const target = resolveDatabaseTarget(faulty.url, 'members');
    const env = {
      PATH: process.env.PATH ?? '',
      ...(target.dialect === 'mysql' ? { MEMBERS_DATABASE_URL: faulty.url } : { DATABASE_URL: faulty.url }),
      SUBGRAPH_SECRET: SECRET,
      ORGANIZATIONS_URL: h.orgUrl,
      LOG_LEVEL: 'silent',
    };
    const run = (args: string[]) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [CLI, '--file', file, '--batch-size', '10', ...args], { env });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
        child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
        child.on('exit', (code) => resolve({ code, stdout, stderr }));
      });
    const before = await countMembers(faulty.db);
    await faulty.cut();
    let down: Awaited<ReturnType<typeof run>>;
    try {
      down = await run(['--retry-for', '1']);
    } finally {
      await faulty.heal();
    }
    expect(down.code).toBe(75);
    expect(down.stderr).toMatch(/is not answering \([A-Z_]+\); retrying in/);
    expect(down.stderr).toMatch(/stopped: the database did not answer/);
    expect(down.stderr).toMatch(/Re-run the same command to resume/);
    expect(await countMembers(faulty.db)).toBe(before);

    const up = await run(['--json']);
    expect(up.code).toBe(0);
    expect(JSON.parse(up.stdout.trim().split('\n').at(-1)!)).toMatchObject({
      created: ids.length,
      rejected: 1,
    });
    expect(await countMembers(faulty.db)).toBe(before + ids.length);
  });
});
