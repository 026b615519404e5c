/*
 * Where schema:check and schema:publish get their schemas and acknowledgments from:
 * - the candidate: a fresh composition of the subgraphs (some replaced by `--subgraph name=file`),
 *   or a composed supergraph file (`--supergraph`);
 * - the base: a file (API schema or supergraph) or a git revision (`main` → main:schema/api.graphql);
 * - acknowledgments: `Schema-Break-Ack:` trailers of commit messages, and `--ack` flags.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { composeSupergraph, readSubgraphSdls, type ComposedSchemas, type SubgraphSdl } from '../compose';
import { REPO_ROOT } from '../repo-root';

/** Thrown when an input cannot be read at all (exit code 2: the check did not run). */
export class SourceError extends Error {
  override name = 'SourceError';
}

export const ACK_TRAILER = 'Schema-Break-Ack';

export interface LoadedSchema {
  /** Where it came from, for the report. */
  label: string;
  api: GraphQLSchema;
  /** Only for supergraph sources: the supergraph text (what publish writes). */
  supergraphSdl?: string;
}

const isSupergraph = (sdl: string) => /https:\/\/specs\.apollo\.dev\/join\//.test(sdl);

/** An API schema from either kind of SDL: the client view of a supergraph, or a plain schema. */
export function apiSchemaOf(sdl: string, label: string): LoadedSchema {
  try {
    if (isSupergraph(sdl)) {
      return {
        label,
        api: Supergraph.build(sdl).apiSchema().toGraphQLJSSchema(),
        supergraphSdl: sdl,
      };
    }
    return { label, api: buildSchema(sdl) };
  } catch (error) {
    throw new SourceError(`${label} is not a valid schema: ${firstLine(error)}`);
  }
}

/** `--subgraph name=file` overrides on top of the registered subgraphs (a new name adds one). */
export function subgraphsWith(overrides: string[]): SubgraphSdl[] {
  const subgraphs = readSubgraphSdls();
  for (const override of overrides) {
    const at = override.indexOf('=');
    if (at <= 0) throw new SourceError(`--subgraph expects name=file, got "${override}"`);
    const name = override.slice(0, at);
    const file = path.resolve(override.slice(at + 1));
    if (!fs.existsSync(file)) throw new SourceError(`--subgraph ${name}: no file ${file}`);
    const sdl = fs.readFileSync(file, 'utf8');
    const existing = subgraphs.find((s) => s.name === name);
    if (existing) existing.sdl = sdl;
    else subgraphs.push({ name, sdl, url: `http://127.0.0.1:0/${name}/graphql` });
  }
  return subgraphs;
}

/** Composes (throws CompositionError on errors). */
export function composeCandidate(overrides: string[]): ComposedSchemas & { label: string } {
  const subgraphs = subgraphsWith(overrides);
  const composed = composeSupergraph(subgraphs);
  const replaced = overrides.map((o) => o.split('=')[0]);
  const label =
    `composed from subgraphs ${subgraphs.map((s) => s.name).join(', ')}` +
    (replaced.length > 0 ? ` (${replaced.join(', ')} from --subgraph)` : '');
  return { ...composed, label };
}

/**
 * `--base`: an existing file, or a git revision whose schema/api.graphql is read
 * (`main`, `origin/main`, `HEAD~1`; `rev:path` names another file). `none` means no base.
 */
export function loadBase(base: string): { schema: LoadedSchema | null; gitRevision?: string } {
  if (base === 'none') return { schema: null };
  if (fs.existsSync(base) && fs.statSync(base).isFile()) {
    return { schema: apiSchemaOf(fs.readFileSync(base, 'utf8'), path.relative(process.cwd(), base) || base) };
  }
  const [revision, file] = base.includes(':') ? base.split(/:(.*)/s, 2) : [base, 'schema/api.graphql'];
  let sdl: string;
  try {
    sdl = git(['show', `${revision}:${file}`]);
  } catch {
    throw new SourceError(
      `--base ${base}: neither a file nor a git revision with ${file} (try --base <file> or --base none)`,
    );
  }
  return { schema: apiSchemaOf(sdl, `${revision}:${file}`), gitRevision: revision };
}

/**
 * Acknowledged change paths from `Schema-Break-Ack:` trailers (one path each, or several separated
 * by commas) of the commits in `range` (git log syntax, e.g. `main..HEAD`; `HEAD^!` is HEAD alone).
 * Outside a git checkout, or for an empty range, there are none.
 */
export function trailerAcknowledgments(range: string, cwd: string = REPO_ROOT): string[] {
  let out: string;
  try {
    out = git(['log', `--format=%(trailers:key=${ACK_TRAILER},valueonly,separator=%x0A)`, range], cwd);
  } catch {
    return [];
  }
  return out
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The commits whose trailers may acknowledge: those since a git base (`main..HEAD`); HEAD alone
 * when the base is a file (publishing what HEAD composed); none when the base is HEAD itself (the
 * change is not committed yet: use --ack).
 */
export function acknowledgmentRange(gitRevision: string | undefined): string | null {
  if (!gitRevision) return 'HEAD^!';
  try {
    if (git(['rev-parse', gitRevision]).trim() === git(['rev-parse', 'HEAD']).trim()) return null;
  } catch {
    return null;
  }
  return `${gitRevision}..HEAD`;
}

function git(args: string[], cwd: string = REPO_ROOT): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].slice(0, 300);
}
