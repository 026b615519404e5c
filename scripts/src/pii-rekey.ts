/*
 * `npm run pii:rekey -- [--subgraph members|labor-relations] [--reindex] [--dry-run] [--batch-size N]`
 *
 * Re-encrypts every stored personal value under the current key (PII_KEY, APPEAL_PII_KEY), reading
 * the old ones through PII_KEY_ACCEPTED / APPEAL_PII_KEY_ACCEPTED; after a clean run the accepted
 * keys can be removed. With --reindex it also recomputes every blind index under PII_INDEX_KEY_NEXT /
 * APPEAL_PII_INDEX_KEY_NEXT: a maintenance-window operation, writes stopped (docs/secrets-rotation.draft.md).
 * Batches of --batch-size rows, one transaction each; a value already under the current key is
 * skipped, so a re-run is a no-op and an interrupted run resumes. SIGINT/SIGTERM stop after the
 * current batch. Database settings as for `npm run migrate` (DATABASE_URL, <SUBGRAPH>_DATABASE_URL).
 * Output: tables, counts and row ids; never a personal value or a key.
 *
 * Exit codes: 0 done; 1 bad arguments or settings (nothing written); 3 --dry-run found values to move;
 * 65 values no configured key opens (or indexes under neither index key) were left as they are;
 * 75 stopped early (signal, database error, rows changed meanwhile): running it again resumes.
 */
import { createDatabase, PII_REKEY_EXIT, runPiiRekey, scrubLogText, type PiiRekeyTarget } from '@union/kit';
import { appealPiiRekeyTarget } from '@union/labor-relations';
import { membersPiiRekeyTarget } from '@union/members';
import { Command, InvalidArgumentError, Option } from 'commander';
import { applyDatabaseDefault } from './repo-root';
import { databaseTargetOf } from './subgraph-database';
import { SUBGRAPHS } from './subgraph-registry';

/** The subgraphs that store personal values, each with its tables and keys. */
const TARGETS: Record<string, (env: NodeJS.ProcessEnv) => PiiRekeyTarget> = {
  members: membersPiiRekeyTarget,
  'labor-relations': appealPiiRekeyTarget,
};

function batchSize(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0 || n > 20000)
    throw new InvalidArgumentError('must be an integer from 1 to 20000');
  return n;
}

const program = new Command('pii:rekey')
  .description('Re-encrypt (and with --reindex, re-index) every stored personal value under the current keys')
  .addOption(new Option('--subgraph <name>', 'only this subgraph').choices(Object.keys(TARGETS)))
  .option(
    '--reindex',
    'also recompute every blind index under the *_INDEX_KEY_NEXT key (writes stopped)',
    false,
  )
  .option('--dry-run', 'count what would change, write nothing', false)
  .option('--batch-size <n>', 'rows per transaction', batchSize, 1000)
  .showHelpAfterError()
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : PII_REKEY_EXIT.usage));

interface Options {
  subgraph?: string;
  reindex: boolean;
  dryRun: boolean;
  batchSize: number;
}

async function main(): Promise<number> {
  program.parse();
  const options = program.opts<Options>();
  applyDatabaseDefault();
  let stop = false;
  const onSignal = () => {
    stop = true;
    console.log('pii:rekey: stopping after the current batch');
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const names = options.subgraph ? [options.subgraph] : Object.keys(TARGETS);
  // Every subgraph's settings first, so a bad key stops the run before anything is written.
  let targets: { name: string; target: PiiRekeyTarget }[];
  try {
    targets = names.map((name) => ({ name, target: TARGETS[name]!(process.env) }));
  } catch (error) {
    console.error(`pii:rekey: ${messageOf(error)}`);
    return PII_REKEY_EXIT.usage;
  }
  const missing = targets.filter(({ target }) => options.reindex && !target.nextIndex);
  if (missing.length > 0) {
    for (const { target } of missing) {
      console.error(`pii:rekey: --reindex needs ${target.settings.nextIndexKey} (the new index key)`);
    }
    return PII_REKEY_EXIT.usage;
  }
  let exitCode: number = PII_REKEY_EXIT.done;
  for (const { name, target } of targets) {
    const entry = SUBGRAPHS.find((s) => s.name === name)!;
    const db = await createDatabase<any>(databaseTargetOf(entry), { poolSize: 2 });
    try {
      const result = await runPiiRekey(db, target, {
        reindex: options.reindex,
        dryRun: options.dryRun,
        batchSize: options.batchSize,
        write: (line) => console.log(line),
        shouldStop: () => stop,
      });
      exitCode = worse(exitCode, result.exitCode);
    } finally {
      await db.destroy();
    }
    if (exitCode === PII_REKEY_EXIT.usage || exitCode === PII_REKEY_EXIT.retry) break;
  }
  return exitCode;
}

/* Settings errors name the setting; driver messages go through the kit scrubber all the same. */
function messageOf(error: unknown): string {
  return scrubLogText(error instanceof Error ? error.message : String(error));
}

/* The exit code that needs the operator most: usage, then retry, then data errors, then pending. */
function worse(a: number, b: number): number {
  const rank = [
    PII_REKEY_EXIT.done,
    PII_REKEY_EXIT.pending,
    PII_REKEY_EXIT.dataError,
    PII_REKEY_EXIT.retry,
    PII_REKEY_EXIT.usage,
  ] as number[];
  return rank.indexOf(b) > rank.indexOf(a) ? b : a;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Settings were checked before the first write: what fails here is the database. Re-run resumes.
    console.error(`pii:rekey: ${messageOf(error)}; what was committed stays, running it again resumes`);
    process.exitCode = PII_REKEY_EXIT.retry;
  },
);
