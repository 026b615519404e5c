/*
 * `node subgraphs/labor-relations/dist/bench/bench.js [unions]` with BENCH_DATABASE_URL
 * (mysql://… or sqlite:<dir>): seeds a fresh, throw-away database with `unions` synthetic grassroots
 * unions (2,200 ≈ scale 1), then times the region figures, the expiring-contract list, organization
 * summaries and the open-dispute list, and prints statements per call. The database is dropped after.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { sql, type Kysely, type LogEvent } from 'kysely';
import {
  createDatabase,
  dropMysqlDatabase,
  isMysql,
  migrateToLatest,
  resolveDatabaseTarget,
  type Scope,
} from '@union/kit';
import {
  appealHotspots,
  appealStatsForRegions,
  appealTrendsForRegions,
} from '../appeal/appeal-stats.repository';
import { pageAppeals } from '../appeal/appeal.repository';
import { pageContracts } from '../contract/contract.repository';
import type { Database } from '../db/database';
import { migrations } from '../db/migrations';
import { pageDisputes } from '../dispute/dispute.repository';
import { laborSummaries } from '../organization/labor-summary.repository';
import { laborStatsForRegions } from '../region/labor-stats.repository';
import { LABOR_METRICS } from '../stats/labor-counters.table';
import { laborCounterSums } from '../stats/labor-figures.repository';
import { seedLaborRelations } from '../seed';
import { today } from '../shared/dates';
import { syntheticUpstream } from './synthetic-upstream';

/** A bench prints to stdout (the lint rule keeps console out of served code). */
const print = (line: string) => process.stdout.write(`${line}\n`);

const CITY_SCOPE: Scope = { kind: 'REGION', prefix: '4401' };

async function time(label: string, runs: number, statements: string[], fn: () => Promise<unknown>) {
  const ms: number[] = [];
  let perCall = 0;
  for (let i = 0; i < runs; i++) {
    statements.length = 0;
    const started = process.hrtime.bigint();
    await fn();
    ms.push(Number(process.hrtime.bigint() - started) / 1e6);
    perCall = statements.length;
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!.toFixed(1);
  print(
    `${label.padEnd(48)} p50 ${at(0.5).padStart(7)} ms  p95 ${at(0.95).padStart(7)} ms  ${perCall} statements`,
  );
}

async function main(): Promise<void> {
  const unions = Number(process.argv[2] ?? 22_000);
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) throw new Error('set BENCH_DATABASE_URL (mysql://… or sqlite:<dir>)');
  const suffix = randomBytes(4).toString('hex');
  const target = url.startsWith('mysql')
    ? resolveDatabaseTarget(`${url.replace(/\/+$/, '')}/union_labor_bench_${suffix}`, 'labor-relations')
    : resolveDatabaseTarget(`${url}/bench_${suffix}.sqlite`, 'labor-relations');
  const statements: string[] = [];
  const durations: number[] = [];
  const db: Kysely<Database> = await createDatabase<Database>(target, {
    onQuery: (e: LogEvent) => {
      if (e.level === 'query') {
        statements.push(e.query.sql);
        durations.push(e.queryDurationMillis);
      }
    },
  });
  try {
    if (isMysql(db)) {
      const pool = await sql<{ v: string }>`select @@innodb_buffer_pool_size as v`.execute(db);
      print(`MariaDB/MySQL, innodb_buffer_pool_size ${Number(pool.rows[0]!.v) / 2 ** 20} MB`);
    } else print('SQLite');
    await migrateToLatest(db, migrations);
    const upstream = syntheticUpstream(unions);
    const started = Date.now();
    const seeded = await seedLaborRelations(db, { scale: unions / 2200, ...upstream });
    const seconds = (Date.now() - started) / 1000;
    const rows = Object.values(seeded.counts).reduce((a, b) => a + b, 0);
    const rate = Math.round(rows / seconds);
    print(
      `seeded ${unions} unions in ${seconds.toFixed(1)} s (${rate} rows/s): ${JSON.stringify(seeded.counts)}`,
    );

    const asOf = today();
    const orgs = upstream.grassroots
      .filter((g) => g.regionCode.startsWith('4401'))
      .slice(0, 100)
      .map((g) => g.id);
    const cities = ['4401', '4402', '4403', '4404', '4405', '4406', '4407', '4408', '4409', '4412', '4413'];
    // What a request reads: the maintained counters of every metric (all LaborStats fields selected).
    await time('Region.laborStats 44 (counters)', 20, statements, () =>
      laborCounterSums(db, ['44'], LABOR_METRICS, asOf),
    );
    await time('Region.laborStats 11 cities (counters)', 20, statements, () =>
      laborCounterSums(db, cities, LABOR_METRICS, asOf),
    );
    // The live recount over the rows, which the counter tests compare against (never served).
    await time('laborStats 44 recounted from the rows', 5, statements, () =>
      laborStatsForRegions(db, ['44'], asOf),
    );
    durations.length = 0;
    await laborStatsForRegions(db, ['44'], asOf);
    print(
      `  per statement (contracts, open disputes, this year, high risk): ${durations.map((d) => d.toFixed(0)).join(', ')} ms`,
    );
    await time('expiring within 30 days, 4401, first 50 + count', 20, statements, async () => {
      const page = await pageContracts(db, {
        scope: CITY_SCOPE,
        filter: { expiringWithinDays: 30 },
        args: { first: 50 },
        asOf,
      });
      await page.totalCount();
    });
    await time('open disputes, 4401, first 50 + count', 20, statements, async () => {
      const page = await pageDisputes(db, { scope: CITY_SCOPE, filter: { open: true }, args: { first: 50 } });
      await page.totalCount();
    });
    await time('Organization.laborRelations × 100', 20, statements, () =>
      laborSummaries(db, orgs, CITY_SCOPE, asOf),
    );
    // Worker appeals (issue 13): figures from appeal_counters, lists and hotspots from indexes.
    await time('Region.appealStats 44', 50, statements, () => appealStatsForRegions(db, ['44'], asOf));
    await time('Region.appealStats 11 cities', 50, statements, () => appealStatsForRegions(db, cities, asOf));
    await time('Region.appealTrends 44, 12 months', 20, statements, () =>
      appealTrendsForRegions(db, [{ code: '44', months: 12 }], asOf),
    );
    await time('Region.appealHotspots 44, first 10', 20, statements, () =>
      appealHotspots(db, '44', 10, asOf),
    );
    await time('overdue appeals, 4401, first 50 + count', 20, statements, async () => {
      const page = await pageAppeals(db, {
        scope: CITY_SCOPE,
        filter: { overdue: true },
        args: { first: 50 },
        asOf,
      });
      await page.totalCount();
    });
  } finally {
    await db.destroy();
    if (target.dialect === 'mysql') await dropMysqlDatabase(target);
    else fs.rmSync(target.file, { force: true });
  }
}

main().catch((error: unknown) => {
  // Driver errors carry the whole statement; the message is enough here.
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
