/*
 * `npm run schema:publish -- --to <path> [check options]`: replaces the supergraph a gateway serves
 * (its SUPERGRAPH_PATH, which it polls and hot-reloads) only when the new one passes schema:check
 * against what is there now. The candidate is a fresh composition of the subgraphs (or
 * `--supergraph <file>`); the base is the file at <path> (none yet: only the registry is checked).
 * Trailers of HEAD and `--ack` acknowledge unused breaking changes, as for schema:check.
 *
 * The file is written to a temporary file beside it and renamed into place, so a polling gateway
 * reads either the old supergraph or the new one, never half of one.
 *
 * Exit 0: published (or already identical). Exit 1: refused, <path> untouched. Exit 2: bad input.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkCommand, parseOrExit, runCheck, type CheckOptions, type CheckOutcome } from './schema-check';
import { apiSchemaOf, SourceError } from './sources';

export interface PublishOptions extends Omit<CheckOptions, 'base'> {
  to: string;
}

export async function runPublish(options: PublishOptions): Promise<CheckOutcome> {
  const target = path.resolve(options.to);
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null;
  let base;
  try {
    base = { schema: current && current.trim() !== '' ? apiSchemaOf(current, `served ${options.to}`) : null };
  } catch (error) {
    if (error instanceof SourceError) return { exitCode: 2, lines: [`schema:publish: ${error.message}`] };
    throw error;
  }
  const outcome = await runCheck({ ...options, base: target }, base);
  if (outcome.exitCode !== 0) {
    return { ...outcome, lines: [...outcome.lines, `schema:publish: refused; ${options.to} is unchanged`] };
  }
  // What passed the check is what gets written: the candidate's own supergraph text.
  const content = outcome.candidate!.supergraphSdl!;
  if (current === content) {
    return { ...outcome, lines: [...outcome.lines, `schema:publish: ${options.to} already serves this supergraph`] };
  }
  writeAtomically(target, content);
  return { ...outcome, lines: [...outcome.lines, `schema:publish: wrote ${options.to}`] };
}

/** Temporary file in the same directory (same file system), then rename: readers never see half. */
export function writeAtomically(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(temporary, content);
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

async function main(): Promise<void> {
  const program = checkCommand('schema:publish', false)
    .description('Publish the composed supergraph to a gateway, refusing one that breaks registered operations')
    .requiredOption('--to <path>', "the gateway's SUPERGRAPH_PATH");
  parseOrExit(program);
  const outcome = await runPublish(program.opts<PublishOptions>());
  for (const line of outcome.lines) console.log(line);
  process.exitCode = outcome.exitCode;
}

if (require.main === module)
  main().catch((error) => {
    console.error(`schema:publish: ${error instanceof Error ? error.stack : String(error)}`);
    process.exitCode = 2;
  });
