/* eslint-disable no-console -- a command-line tool: the console is its output */
/*
 * `npm run bench:members -- [--database-url mysql://root@127.0.0.1:3306] [--rows 1000000]
 *  [--buffer-pool 4G] [--iterations 200] [--keep]`
 *
 * On its own databases (union_bench_members, union_bench_member_orgs; dropped first and afterwards
 * unless --keep): seeds the organizations subgraph (scale 1, ≈2,200 grassroots unions) and serves
 * it in-process; generates an import file of --rows members; runs the real import CLI as a child
 * process (rows/s and its peak RSS, from its own summary); then serves the members subgraph
 * in-process and measures, over HTTP with a signed context, p50/p95 of
 * members(filter: { regionPrefix: "4401", migrantWorker: true }, first: 100) and of
 * Region.memberStats for "44". Targets: ≥ 20,000 rows/s, p95 ≤ 50 ms, p95 ≤ 200 ms.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  createDatabase,
  createLogger,
  dropMysqlDatabase,
  migrateToLatest,
  resolveDatabaseTarget,
} from '@union/kit';
import { Command, InvalidArgumentError } from 'commander';
import { sql, type Kysely } from 'kysely';
import { DEV_PII_KEYS } from '../config';
import type { Database } from '../db/database';
import { migrations } from '../db/migrations';
import { createServer } from '../server';
import { applyBufferPool, measure, mib } from './bench-support';
import { generateMembersCsv } from './generate-csv';

/* Not a declared dependency (the bench only): loaded at run time so the package builds on its own. */
interface OrganizationsModule {
  migrations: Record<string, any>;
  seedOrganizations(
    db: Kysely<any>,
    options: { scale: number },
  ): Promise<{ grassroots: { id: string; regionCode: string }[] }>;
  createServer(options: {
    db: Kysely<any>;
    subgraphSecret: string;
    logger: any;
    introspection?: boolean;
  }): Promise<{ listen(port: number, host?: string): Promise<string>; close(): Promise<void> }>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const organizations = require('@union/organizations') as OrganizationsModule;

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive integer');
  return n;
}
function bytes(value: string): number {
  const m = /^(\d+(?:\.\d+)?)([KMG]?)$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 4G or 512M');
  return Math.round(
    Number(m[1]) *
      ({ '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 } as Record<string, number>)[m[2]!.toUpperCase()]!,
  );
}

const program = new Command('bench-members')
  .option(
    '--database-url <url>',
    'MySQL/MariaDB server (the bench creates its own databases)',
    'mysql://root@127.0.0.1:3306',
  )
  .option('--rows <n>', 'members in the generated import file', positive, 1_000_000)
  .option(
    '--buffer-pool <size>',
    'innodb_buffer_pool_size for this run (restored afterwards)',
    bytes,
    4 * 1024 ** 3,
  )
  .option('--iterations <n>', 'measured requests per query', positive, 200)
  .option('--keep', 'keep the bench databases and the file', false)
  .showHelpAfterError();

const CLI = path.join(__dirname, '../cli/import-members.js');

/** BENCH_IMPORT_NODE_ARGS, e.g. '--cpu-prof', profiles the import process. */
const nodeArgs = (process.env.BENCH_IMPORT_NODE_ARGS ?? '').split(' ').filter(Boolean);
/** BENCH_IMPORT_ARGS, e.g. '--writers 3', is passed to the import CLI. */
const importArgs = (process.env.BENCH_IMPORT_ARGS ?? '').split(' ').filter(Boolean);

/** CPU seconds of the local MariaDB server since the previous call (Linux /proc; '?' elsewhere). */
let lastServerCpu = 0;
function serverCpu(): string {
  try {
    const pid = fs
      .readdirSync('/proc')
      .find(
        (p) =>
          /^\d+$/.test(p) && /^(mariadbd|mysqld)$/.test(fs.readFileSync(`/proc/${p}/comm`, 'utf8').trim()),
      );
    if (!pid) return '?';
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    const delta = (ticks - lastServerCpu) / 100;
    lastServerCpu = ticks;
    return delta.toFixed(1);
  } catch {
    return '?';
  }
}

function runImport(file: string, env: NodeJS.ProcessEnv): Promise<any> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      [...nodeArgs, CLI, '--file', file, '--json', ...importArgs],
      { env, maxBuffer: 1024 * 1024 },
      (error, stdout) => {
        if (error) return reject(new Error(`the import failed: ${error.message}`));
        resolve(JSON.parse(stdout.trim().split('\n').pop()!));
      },
    );
    child.stderr?.pipe(process.stderr);
  });
}

async function main(): Promise<void> {
  program.parse();
  const options = program.opts<{
    databaseUrl: string;
    rows: number;
    bufferPool: number;
    iterations: number;
    keep: boolean;
  }>();
  const base = options.databaseUrl.replace(/\/+$/, '');
  if (!/^mysql:|^mariadb:/.test(base)) throw new Error('the members bench runs on MySQL/MariaDB');
  const membersTarget = resolveDatabaseTarget(`${base}/union_bench_members`, 'members');
  const orgsTarget = resolveDatabaseTarget(`${base}/union_bench_member_orgs`, 'organizations');
  if (membersTarget.dialect !== 'mysql' || orgsTarget.dialect !== 'mysql') throw new Error('MySQL only');
  const secret = randomBytes(24).toString('hex');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-members-'));
  const file = path.join(tmp, 'members.csv');
  console.log(
    `members bench: Node ${process.version}, ${os.cpus().length} CPUs, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM`,
  );

  await dropMysqlDatabase(membersTarget);
  await dropMysqlDatabase(orgsTarget);
  const orgDb = await createDatabase<any>(orgsTarget);
  const db = await createDatabase<Database>(membersTarget);
  const pool = await applyBufferPool(db, options.bufferPool);
  const { rows: version } = await sql`select version() as v`.execute(db);
  console.log(
    `database: ${(version[0] as any).v}, innodb_buffer_pool_size = ${mib(pool.inEffect)} (was ${mib(pool.before)})`,
  );
  let orgServer: Awaited<ReturnType<OrganizationsModule['createServer']>> | null = null;
  let server: Awaited<ReturnType<typeof createServer>> | null = null;
  try {
    let t = performance.now();
    await migrateToLatest(orgDb, organizations.migrations);
    const seeded = await organizations.seedOrganizations(orgDb, { scale: 1 });
    orgServer = await organizations.createServer({
      db: orgDb,
      subgraphSecret: secret,
      logger: createLogger('bench-orgs', 'warn'),
      introspection: false,
    });
    const orgUrl = await orgServer.listen(0, '127.0.0.1');
    console.log(
      `organizations: ${seeded.grassroots.length} grassroots unions seeded and served in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );

    t = performance.now();
    const generated = await generateMembersCsv(file, options.rows, seeded.grassroots);
    const size = fs.statSync(file).size;
    console.log(
      `generated ${generated.rows} rows (${generated.broken} deliberately broken), ${mib(size)}, in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );

    await migrateToLatest(db, migrations);
    const env = {
      ...process.env,
      MEMBERS_DATABASE_URL: `${base}/union_bench_members`,
      ORGANIZATIONS_URL: orgUrl,
      SUBGRAPH_SECRET: secret,
      PII_KEY: DEV_PII_KEYS.PII_KEY,
      PII_INDEX_KEY: DEV_PII_KEYS.PII_INDEX_KEY,
      NODE_ENV: 'development',
    };
    serverCpu();
    const imported = await runImport(file, env);
    console.log(
      `import: ${imported.rowsRead} rows in ${imported.seconds.toFixed(1)} s = ${Math.round(imported.rowsPerSecond)} rows/s ` +
        `(created ${imported.created}, rejected ${imported.rejected}), peak RSS of the import process ${imported.peakRssMiB} MiB, ` +
        `its CPU ${imported.cpuSeconds} s, database server CPU ${serverCpu()} s`,
    );
    await sql`ANALYZE TABLE members, region_member_counts`.execute(db);

    server = await createServer({
      db,
      subgraphSecret: secret,
      logger: createLogger('bench-members', 'warn'),
      introspection: false,
      piiKey: Buffer.from(DEV_PII_KEYS.PII_KEY, 'hex'),
      piiIndexKey: Buffer.from(DEV_PII_KEYS.PII_INDEX_KEY, 'hex'),
      organizationsUrl: orgUrl,
    });
    const url = await server.listen(0, '127.0.0.1');
    const admin = { sub: 'bench', role: 'FEDERATION_ADMIN' as const, region: '44', perms: [] };
    const list = await measure({
      url,
      secret,
      identity: admin,
      query: `{ members(filter: { regionPrefix: "4401", migrantWorker: true }, first: 100) {
        pageInfo { hasNextPage endCursor } nodes { id name gender ageBand isMigrantWorker idNumberMasked cardNumber status region { code } } } }`,
      iterations: options.iterations,
      warmup: 20,
      check: (d) => {
        if (
          d.members.nodes.length !== 100 ||
          d.members.nodes.some((n: any) => !n.region.code.startsWith('4401') || !n.isMigrantWorker)
        )
          throw new Error('unexpected members page');
      },
    });
    console.log(
      `members(regionPrefix 4401, migrantWorker, first 100): p50 ${list.p50.toFixed(1)} ms, p95 ${list.p95.toFixed(1)} ms (target ≤ 50 ms), max ${list.max.toFixed(1)} ms, n=${list.count}`,
    );
    const stats = await measure({
      url,
      secret,
      identity: admin,
      query: `{ _entities(representations: [{ __typename: "Region", code: "44" }]) { ... on Region { memberStats {
        total active migrantWorkers women newGeneration pendingApplications byAgeBand { ageBand count }
        byEducation { education count } byChildRegion { total active } } } } }`,
      iterations: options.iterations,
      warmup: 10,
      check: (d) => {
        if (d._entities[0].memberStats.total < generated.rows - generated.broken)
          throw new Error('unexpected figures');
      },
    });
    console.log(
      `Region.memberStats("44"): p50 ${stats.p50.toFixed(1)} ms, p95 ${stats.p95.toFixed(1)} ms (target ≤ 200 ms), max ${stats.max.toFixed(1)} ms`,
    );
    console.log(
      JSON.stringify({
        rows: imported.rowsRead,
        importRowsPerSecond: Math.round(imported.rowsPerSecond),
        importPeakRssMiB: imported.peakRssMiB,
        bufferPoolMiB: Math.round(pool.inEffect / 1024 / 1024),
        membersP50: +list.p50.toFixed(1),
        membersP95: +list.p95.toFixed(1),
        regionStatsP95: +stats.p95.toFixed(1),
      }),
    );
  } finally {
    await server?.close();
    await orgServer?.close();
    await pool.restore().catch(() => undefined);
    await db.destroy();
    await orgDb.destroy();
    if (!options.keep) {
      await dropMysqlDatabase(membersTarget);
      await dropMysqlDatabase(orgsTarget);
      fs.rmSync(tmp, { recursive: true, force: true });
    } else console.log(`kept: union_bench_members, union_bench_member_orgs, ${file}`);
  }
}

main().catch((error: unknown) => {
  console.error(`bench-members: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
