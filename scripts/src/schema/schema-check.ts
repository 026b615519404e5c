/*
 * `npm run schema:check [-- options]`: may this schema change ship?
 *
 *   --base <file|rev>        what clients are served today: a file (API schema or supergraph) or a
 *                            git revision whose schema/api.graphql is read (default: main); `none`
 *   --subgraph <name=file>   check this SDL instead of subgraphs/<name>/src/schema.graphql (repeatable)
 *   --supergraph <file>      check a composed supergraph instead of composing the subgraphs
 *   --operations <dir>       the operation registry (default: schema/operations)
 *   --ack <path>             acknowledge a breaking change no registered operation uses (repeatable);
 *                            commits acknowledge with a `Schema-Break-Ack: <path>` trailer instead
 *
 * Exit 0: passed (dangerous changes are printed as warnings). Exit 1: composition failed, a
 * registered operation breaks, or a breaking change is not acknowledged. Exit 2: an input could
 * not be read (nothing was checked).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { CompositionError, schemaFiles } from '../compose';
import { checkSchema, formatReport, type CheckReport } from './check';
import { loadRegistry, OPERATIONS_DIR, RegistryError } from './registry';
import {
  acknowledgmentRange,
  apiSchemaOf,
  composeCandidate,
  firstLine,
  loadBase,
  SourceError,
  trailerAcknowledgments,
  type LoadedSchema,
} from './sources';

export interface CheckOptions {
  base: string;
  subgraph: string[];
  supergraph?: string;
  operations: string;
  ack: string[];
}

export interface CheckOutcome {
  exitCode: 0 | 1 | 2;
  lines: string[];
  report?: CheckReport;
  /** The candidate that passed or failed (publish writes its supergraph). */
  candidate?: LoadedSchema;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** Parses argv; a bad option exits 2 (the check did not run), --help exits 0. */
export function parseOrExit(command: Command): void {
  command.exitOverride();
  try {
    command.parse();
  } catch (error) {
    process.exit(error instanceof CommanderError && error.exitCode === 0 ? 0 : 2);
  }
}

export function checkCommand(name: string, withBase = true): Command {
  const command = new Command(name);
  if (withBase)
    command.option('--base <file|rev>', 'API schema or supergraph served today, or a git revision', 'main');
  return command
    .option('--subgraph <name=file>', 'candidate SDL of one subgraph (repeatable)', collect, [])
    .option('--supergraph <file>', 'a composed supergraph to check instead of composing the subgraphs')
    .option('--operations <dir>', 'operation registry', OPERATIONS_DIR)
    .option('--ack <path>', 'acknowledge an unused breaking change, e.g. Employer.industryName', collect, [])
    .showHelpAfterError();
}

/**
 * The whole check with its output lines. Trailers count from the commits since a git base, or
 * HEAD's alone when the base is a file (schema:publish).
 */
export async function runCheck(
  options: CheckOptions,
  base: { schema: LoadedSchema | null; gitRevision?: string },
): Promise<CheckOutcome> {
  const lines: string[] = [];
  let candidate: LoadedSchema;
  try {
    if (options.supergraph) {
      const sdl = fs.readFileSync(options.supergraph, 'utf8');
      candidate = { ...apiSchemaOf(sdl, options.supergraph), supergraphSdl: sdl };
      lines.push(`Candidate: ${options.supergraph}`);
    } else {
      const composed = composeCandidate(options.subgraph);
      // The committed form (with compose's header): what schema:publish writes.
      const text = schemaFiles(composed)[0].content;
      candidate = { ...apiSchemaOf(composed.supergraphSdl, composed.label), supergraphSdl: text };
      lines.push(`Candidate: ${composed.label}`);
      lines.push(`Composition: ok, ${composed.hints.length} hint(s)`);
      for (const hint of composed.hints) lines.push(`  hint ${hint.split('\n')[0]}`);
    }
  } catch (error) {
    if (error instanceof CompositionError) {
      lines.push('Composition FAILED:');
      for (const problem of error.problems) lines.push(`  ✗ ${problem}`);
      lines.push('schema:check FAILED: the subgraphs do not compose');
      return { exitCode: 1, lines };
    }
    if (error instanceof SourceError) return { exitCode: 2, lines: [...lines, `schema:check: ${error.message}`] };
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { exitCode: 2, lines: [...lines, `schema:check: ${firstLine(error)}`] };
    throw error;
  }
  lines.push(`Base: ${base.schema ? base.schema.label : 'none (nothing is served yet)'}`);

  let registry;
  try {
    registry = loadRegistry(path.resolve(options.operations));
  } catch (error) {
    if (error instanceof RegistryError) {
      return { exitCode: 1, lines: [...lines, ...error.message.split('\n'), 'schema:check FAILED: registry'] };
    }
    return { exitCode: 2, lines: [...lines, `schema:check: ${firstLine(error)}`] };
  }

  const range = acknowledgmentRange(base.gitRevision);
  if (base.gitRevision && range === null)
    lines.push(
      `  note: ${base.gitRevision} is HEAD, so only uncommitted changes are compared; ` +
        'to check committed ones pass --base <the commit before them> (e.g. --base HEAD~1)',
    );
  const fromCommits = range ? trailerAcknowledgments(range) : [];
  const acknowledged = new Set([...options.ack, ...fromCommits]);
  if (acknowledged.size > 0)
    lines.push(`Acknowledged: ${[...acknowledged].join(', ')}${range ? ` (trailers of ${range}, --ack)` : ''}`);

  const report = await checkSchema({ candidate: candidate.api, base: base.schema?.api ?? null, registry, acknowledged });
  lines.push(...formatReport(report));
  return { exitCode: report.ok ? 0 : 1, lines, report, candidate };
}

async function main(): Promise<void> {
  const program = checkCommand('schema:check').description('Check a schema change against main and the operation registry');
  parseOrExit(program);
  const options = program.opts<CheckOptions>();
  let outcome: CheckOutcome;
  try {
    outcome = await runCheck(options, loadBase(options.base));
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    outcome = { exitCode: 2, lines: [`schema:check: ${error.message}`] };
  }
  for (const line of outcome.lines) console.log(line);
  process.exitCode = outcome.exitCode;
}

if (require.main === module)
  main().catch((error) => {
    console.error(`schema:check: ${error instanceof Error ? error.stack : String(error)}`);
    process.exitCode = 2;
  });
