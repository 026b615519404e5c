/*
 * The operation registry: schema/operations/<client>/*.graphql, the operations front-end teams and
 * integrators rely on. Each client folder has a client.json (what the client is, and the token the
 * end-to-end test runs its operations with). Every operation is named, and names are unique across
 * the registry: they name the generated TypeScript types and the metrics' operation label.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  GraphQLError,
  Kind,
  parse,
  print,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { REPO_ROOT } from '../repo-root';

export const OPERATIONS_DIR = path.join(REPO_ROOT, 'schema', 'operations');

/** client.json: the claims of the development token the client's operations run with in tests. */
export interface ClientConfig {
  name: string;
  description: string;
  token: {
    role: 'MEMBER' | 'ORG_ADMIN' | 'FEDERATION_ADMIN' | 'AUDITOR';
    region?: string;
    org?: string;
    member?: string;
    perms?: string[];
  };
}

export interface RegisteredOperation {
  client: string;
  /** Relative to the repository root, e.g. schema/operations/member-app/membership.graphql. */
  file: string;
  name: string;
  type: 'query' | 'mutation' | 'subscription';
  /** The operation and the fragments it spreads (transitively), nothing else, as written. */
  document: DocumentNode;
  /**
   * What a client sends: `document` with `__typename` selected in every object selection (as
   * Apollo Client adds it; its cache needs it), the source of the generated types and documents.
   */
  sent: DocumentNode;
  /** `print(sent)`: the exact text the trusted-documents manifest hashes and stores. */
  text: string;
}

export interface Registry {
  dir: string;
  clients: ClientConfig[];
  operations: RegisteredOperation[];
}

/** Thrown when the registry cannot be read; lists every problem with file and line. */
export class RegistryError extends Error {
  constructor(readonly problems: string[]) {
    super(`Operation registry is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'RegistryError';
  }
}

const CLIENT_NAME = /^[a-z][a-z0-9-]*$/;
const ROLES = new Set(['MEMBER', 'ORG_ADMIN', 'FEDERATION_ADMIN', 'AUDITOR']);

/** Reads every client folder of `dir` (default schema/operations) in name order. */
export function loadRegistry(dir: string = OPERATIONS_DIR): Registry {
  const problems: string[] = [];
  const clients: ClientConfig[] = [];
  const operations: RegisteredOperation[] = [];
  const seen = new Map<string, string>();
  const rel = (file: string) => path.relative(REPO_ROOT, file) || file;

  const folders = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  for (const client of folders) {
    const folder = path.join(dir, client);
    if (!CLIENT_NAME.test(client)) problems.push(`${rel(folder)}: client folder names are kebab-case`);
    const config = readClientConfig(folder, client, problems, rel);
    if (config) clients.push(config);
    const files = fs
      .readdirSync(folder)
      .filter((f) => f.endsWith('.graphql'))
      .sort();
    if (files.length === 0) problems.push(`${rel(folder)}: no .graphql files`);
    for (const name of files) {
      const file = path.join(folder, name);
      for (const op of readOperations(file, client, problems, rel)) {
        const earlier = seen.get(op.name);
        if (earlier) problems.push(`${op.file}: operation ${op.name} is already defined in ${earlier}`);
        else seen.set(op.name, op.file);
        operations.push(op);
      }
    }
  }
  if (problems.length > 0) throw new RegistryError(problems);
  return { dir, clients, operations };
}

function readClientConfig(
  folder: string,
  client: string,
  problems: string[],
  rel: (f: string) => string,
): ClientConfig | undefined {
  const file = path.join(folder, 'client.json');
  if (!fs.existsSync(file)) {
    problems.push(`${rel(folder)}: client.json is missing (description and token claims)`);
    return undefined;
  }
  let raw: any;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    problems.push(`${rel(file)}: not JSON (${(error as Error).message})`);
    return undefined;
  }
  if (typeof raw?.description !== 'string' || !raw.token || !ROLES.has(raw.token.role)) {
    problems.push(`${rel(file)}: needs "description" and "token": { "role": ${[...ROLES].join('|')}, … }`);
    return undefined;
  }
  return { name: client, description: raw.description, token: raw.token };
}

function readOperations(
  file: string,
  client: string,
  problems: string[],
  rel: (f: string) => string,
): RegisteredOperation[] {
  let document: DocumentNode;
  try {
    document = parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    const e = error as GraphQLError;
    const at = e.locations?.[0] ? `:${e.locations[0].line}:${e.locations[0].column}` : '';
    problems.push(`${rel(file)}${at}: does not parse: ${e.message}`);
    return [];
  }
  const fragments = new Map<string, FragmentDefinitionNode>();
  const ops: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    else if (definition.kind === Kind.OPERATION_DEFINITION) ops.push(definition);
    else problems.push(`${rel(file)}: only operations and fragments belong in the registry`);
  }
  const result: RegisteredOperation[] = [];
  for (const op of ops) {
    if (!op.name) {
      problems.push(`${rel(file)}:${op.loc?.startToken.line ?? '?'}: every registered operation needs a name`);
      continue;
    }
    const used = fragmentsUsedBy(op, fragments);
    const missing = [...used].filter((n) => !fragments.has(n));
    if (missing.length > 0) {
      problems.push(`${rel(file)}: ${op.name.value} spreads unknown fragment(s) ${missing.join(', ')}`);
      continue;
    }
    const own: DocumentNode = {
      kind: Kind.DOCUMENT,
      definitions: [op, ...[...used].map((n) => fragments.get(n)!)],
    };
    const sent = withTypename(own);
    result.push({
      client,
      file: rel(file),
      name: op.name.value,
      type: op.operation,
      document: own,
      sent,
      text: print(sent),
    });
  }
  return result;
}

function fragmentsUsedBy(
  op: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
): Set<string> {
  const used = new Set<string>();
  const queue: string[] = [];
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        if (!used.has(spread.name.value)) {
          used.add(spread.name.value);
          queue.push(spread.name.value);
        }
      },
    });
  collect(op);
  while (queue.length > 0) {
    const next = fragments.get(queue.shift()!);
    if (next) collect(next);
  }
  return used;
}

/* Like Apollo Client's addTypenameToDocument: every selection set but an operation's root one. */
function withTypename(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet: {
      leave(node, _key, parent) {
        if (parent && !Array.isArray(parent) && (parent as any).kind === Kind.OPERATION_DEFINITION) return undefined;
        const has = node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename' && !s.alias);
        if (has) return undefined;
        return {
          ...node,
          selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }],
        };
      },
    },
  });
}
