/* eslint-disable no-console -- a command-line tool: the console is its output */
/*
 * `npm run import:members -- --file members.csv [--batch-size 5000] [--writers 2] [--json]`
 *
 * Imports a city's member list into the register (format: src/import/csv-format.ts and the README;
 * sample: data/members.sample.csv). Uses the subgraph's own settings: DATABASE_URL or
 * MEMBERS_DATABASE_URL, PII_KEY and PII_INDEX_KEY, SUBGRAPH_SECRET, and ORGANIZATIONS_URL — each
 * organization's region is asked from the organizations subgraph (`_entities`, SERVICE identity,
 * once per organization per run), which must be running. Migrates the database first.
 */
import path from 'node:path';
import { createDatabase, migrateToLatest, resolveDatabaseTarget } from '@union/kit';
import { SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../config';
import type { Database } from '../db/database';
import { migrations } from '../db/migrations';
import { importMembers, type ImportProgress } from '../import/import-members';
import { entitiesOrganizationDirectory } from '../organization/organization-directory';
import { PiiCipher } from '../pii/pii-cipher';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0 || n > 20000)
    throw new InvalidArgumentError('must be an integer from 1 to 20000');
  return n;
}

const program = new Command('import-members')
  .description(
    'Import members from a CSV file into the real-name register (re-runnable: upsert by ID number)',
  )
  .requiredOption('--file <path>', 'the CSV file (UTF-8, header row; see the members README)')
  .option('--batch-size <n>', 'rows committed per transaction', positiveInt, 5000)
  .option('--writers <n>', 'batches written at once, each on its own connection', positiveInt, 2)
  .option('--json', 'print the closing summary as one JSON line', false)
  .showHelpAfterError();

/** The repository root (dist/cli → ../../../..), so the default database is the one `npm start` uses. */
const REPO_ROOT = path.resolve(__dirname, '../../../..');

async function main(): Promise<void> {
  program.parse();
  const options = program.opts<{
    file: string;
    batchSize: number;
    writers: number;
    json: boolean;
  }>();
  if (!process.env.DATABASE_URL) process.env.DATABASE_URL = `sqlite:${path.join(REPO_ROOT, '.data')}`;
  const config = loadConfig(process.env);
  const db = await createDatabase<Database>(resolveDatabaseTarget(config.databaseUrl, config.name), {
    poolSize: 4,
  });
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
  sampler.unref();
  const started = Date.now();
  const bar = new SingleBar({
    format:
      'importing |{bar}| {percentage}% | {rowsRead} rows | {rate} rows/s | {rejected} rejected | ETA {eta_formatted}',
    hideCursor: true,
    noTTYOutput: true,
    notTTYSchedule: 5000,
    stream: process.stderr,
  });
  try {
    await migrateToLatest(db, migrations);
    const file = path.resolve(options.file);
    bar.start(1, 0, { rowsRead: 0, rate: 0, rejected: 0 });
    const update = (p: ImportProgress) => {
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar.setTotal(Math.max(p.bytesTotal, 1));
      bar.update(p.bytesRead, {
        rowsRead: p.rowsRead,
        rate: Math.round(p.rowsRead / seconds),
        rejected: p.rejected,
      });
    };
    const summary = await importMembers({
      db,
      pii: new PiiCipher(config.piiKey, config.piiIndexKey),
      organizations: entitiesOrganizationDirectory({
        url: config.subgraphUrls.organizations,
        subgraphSecret: config.subgraphSecret,
        ttlMs: 3_600_000,
      }),
      file,
      batchSize: options.batchSize,
      writers: options.writers,
      onProgress: update,
    });
    bar.stop();
    const cpu = process.cpuUsage();
    const result = {
      ...summary,
      peakRssMiB: Math.round(peakRss / 1024 / 1024),
      cpuSeconds: +((cpu.user + cpu.system) / 1e6).toFixed(1),
    };
    if (options.json) console.log(JSON.stringify(result));
    else {
      console.log(
        [
          `read ${summary.rowsRead} rows in ${summary.seconds.toFixed(1)} s (${Math.round(summary.rowsPerSecond)} rows/s, peak RSS ${result.peakRssMiB} MiB)`,
          `  created ${summary.created}, updated ${summary.updated}, unchanged ${summary.unchanged}, rejected ${summary.rejected}`,
          `  error report: ${summary.errorReport}${summary.rejected === 0 ? ' (no errors)' : ''}`,
        ].join('\n'),
      );
    }
  } finally {
    bar.stop();
    clearInterval(sampler);
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  // Messages here are our own texts or driver errors; never print a row's content.
  console.error(
    `import-members: ${error instanceof Error ? error.message.replace(/\d{15,18}[\dXx]?/g, '[redacted]') : 'failed'}`,
  );
  process.exitCode = 1;
});
