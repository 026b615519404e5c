/* eslint-disable no-console -- a command-line tool: the console is its output */
/*
 * `npm run import:members -- --file members.csv [--batch-size 5000] [--writers 2] [--retry-for 60] [--json]`
 *
 * Imports a city's member list into the register (format: src/import/csv-format.ts and the README;
 * sample: data/members.sample.csv). Uses the subgraph's own settings: DATABASE_URL or
 * MEMBERS_DATABASE_URL, PII_KEY and PII_INDEX_KEY, SUBGRAPH_SECRET, and ORGANIZATIONS_URL — each
 * organization's region is asked from the organizations subgraph (`_entities`, SERVICE identity,
 * once per organization per run), which must be running. Migrates the database first.
 *
 * Exit codes: 0 done (refused rows are in the error report); 75 stopped because the database or the
 * organizations subgraph stayed unreachable past --retry-for (what was committed stays; re-running
 * the same command resumes); 1 anything else (bad arguments, a header not in the documented format).
 */
import path from 'node:path';
import { createDatabase, migrateToLatest, resolveDatabaseTarget } from '@union/kit';
import { SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../config';
import type { Database } from '../db/database';
import { migrations } from '../db/migrations';
import { ImportInterruptedError, importMembers, type ImportProgress } from '../import/import-members';
import { DEFAULT_RETRY, DependencyUnavailableError, OutageGuard } from '../import/import-retry';
import { entitiesOrganizationDirectory } from '../organization/organization-directory';
import { PiiCipher } from '../pii/pii-cipher';

/** sysexits EX_TEMPFAIL: a temporary failure; the same command may be run again. */
const EXIT_RETRY_LATER = 75;

function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 86400)
    throw new InvalidArgumentError('must be a number of seconds from 0 to 86400');
  return n;
}

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
  .option(
    '--retry-for <seconds>',
    'how long to wait out an outage of the database or the organizations subgraph before stopping',
    seconds,
    60,
  )
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
    retryFor: number;
    json: boolean;
  }>();
  if (!process.env.DATABASE_URL) process.env.DATABASE_URL = `sqlite:${path.join(REPO_ROOT, '.data')}`;
  const config = loadConfig(process.env);
  // Opening and migrating ride out an outage like the import does (one budget each).
  const retry = { ...DEFAULT_RETRY, forMs: options.retryFor * 1000 };
  const onRetry = (dependency: string, code: string, waitMs: number) =>
    console.error(
      `import-members: the ${dependency} is not answering (${code}); retrying in ${(waitMs / 1000).toFixed(1)} s`,
    );
  const db = await new OutageGuard(retry, onRetry).run(() =>
    createDatabase<Database>(resolveDatabaseTarget(config.databaseUrl, config.name), { poolSize: 4 }),
  );
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
    await new OutageGuard(retry, onRetry).run(() => migrateToLatest(db, migrations));
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
      retry,
      onRetry,
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
  if (error instanceof ImportInterruptedError) {
    // Our own text: counts, a line number and an error code; never a row's content.
    if (program.opts<{ json: boolean }>().json)
      console.log(JSON.stringify({ interrupted: true, reason: error.reason, ...error.progress }));
    console.error(`import-members: ${error.message}`);
    console.error(`  error report so far: ${error.errorReport}`);
    process.exitCode = EXIT_RETRY_LATER;
    return;
  }
  if (error instanceof DependencyUnavailableError) {
    console.error(
      `import-members: stopped: ${error.message}. Nothing was imported by this run. Re-run the same command to resume once it is back.`,
    );
    process.exitCode = EXIT_RETRY_LATER;
    return;
  }
  // Messages here are our own texts or driver errors; never print a row's content.
  console.error(
    `import-members: ${error instanceof Error ? error.message.replace(/\d{15,18}[\dXx]?/g, '[redacted]') : 'failed'}`,
  );
  process.exitCode = 1;
});
