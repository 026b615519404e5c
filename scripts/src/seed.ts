/*
 * `npm run seed -- [--scale N] [--reset]`: migrates, then seeds the demo data set of every
 * subgraph (deterministic: the same data, ids included, on every run). Seeding an already seeded
 * database does nothing; --reset drops and re-creates the databases first.
 */
import { Command, InvalidArgumentError } from 'commander';
import { formatPrepared, prepareDatabases } from './prepare-databases';
import { applyDatabaseDefault } from './repo-root';

function parseScale(value: string): number {
  const scale = Number(value);
  if (!Number.isFinite(scale) || scale <= 0) throw new InvalidArgumentError('must be a positive number');
  return scale;
}

const program = new Command('seed')
  .description('Migrate and seed every subgraph database with the demo data set')
  .option('--scale <n>', 'multiplies the volume (1 ≈ 2,200 grassroots unions; 50 ≈ 110,000)', parseScale, 1)
  .option('--reset', 'drop and re-create every database first (deletes all data)', false)
  .showHelpAfterError();

async function main(): Promise<void> {
  program.parse();
  const options = program.opts<{ scale: number; reset: boolean }>();
  applyDatabaseDefault();
  const started = Date.now();
  console.log(`seeding at scale ${options.scale}${options.reset ? ' after dropping the databases' : ''}`);
  await prepareDatabases({
    scale: options.scale,
    reset: options.reset,
    onPrepared: (p) => console.log(formatPrepared(p)),
  });
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(`seed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
