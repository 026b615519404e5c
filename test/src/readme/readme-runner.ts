/*
 * The README runner's running side (CONTRIBUTING.md): a bash block runs with `bash -e -o pipefail` in the
 * repository root against the test stack (its gateway in place of localhost:4000, its AUTH_SECRET for
 * `npm run -s token`, its databases and subgraph URLs for the CLIs); the variables a block assigns are
 * kept for the next blocks of the same file ("TOKEN from above"). A graphql block's operations are
 * each validated against schema/api.graphql and POSTed through the gateway.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import {
  Kind,
  parse,
  print,
  validate,
  type DefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { REPO_ROOT, type ReadmeBlock } from './readme-blocks';

/*
 * Commands that must never run unannotated from a shared checkout: they install, build, start the
 * whole graph, run whole suites or rewrite committed files. A block that holds one fails until it is
 * annotated `skip (reason)`, instead of running it.
 */
const NOT_FOR_THE_RUNNER = [
  /\bnpm (install|ci|start|test)\b/,
  /\bnpm run (build|compose|codegen|dev|format|lint|bench[\w:-]*)\b/,
  /\bnpx (jest|tsc|turbo)\b/,
  /\bturbo\b/,
  /\bgit (commit|add|push|reset|checkout|stash)\b/,
];

/** The first command of a block the runner refuses to run, if any (comments ignored). */
export function unsafeCommand(text: string): string | undefined {
  const code = text.replace(/(^|\s)#.*$/gm, '$1');
  for (const pattern of NOT_FOR_THE_RUNNER) {
    const match = pattern.exec(code);
    if (match) return match[0];
  }
  return undefined;
}

export interface BashResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** localhost:4000 / 127.0.0.1:4000 in a block become the stack's gateway. */
export function withGateway(text: string, gatewayUrl: string): string {
  const { host } = new URL(gatewayUrl);
  return text.replace(/\b(?:localhost|127\.0\.0\.1):4000\b/g, host);
}

/** Names a block assigns at the start of a line (`TOKEN=$(…)`, `export ORG=…`). */
export function assignedNames(text: string): string[] {
  return [...new Set([...text.matchAll(/^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=/gm)].map((m) => m[1]!))];
}

export async function runBash(
  block: ReadmeBlock,
  options: { gatewayUrl: string; env: NodeJS.ProcessEnv; stateFile: string; timeoutMs: number },
): Promise<BashResult> {
  const names = assignedNames(block.text);
  const script = [
    `[ -f "$README_STATE" ] && source "$README_STATE"`,
    withGateway(block.text, options.gatewayUrl),
    ...(names.length ? [`{ declare -p ${names.join(' ')} 2>/dev/null || true; } >> "$README_STATE"`] : []),
    '',
  ].join('\n');
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-e', '-o', 'pipefail', '-c', script], {
      cwd: REPO_ROOT,
      // Its own process group, so a timeout ends everything the block started.
      detached: true,
      env: { ...options.env, README_STATE: options.stateFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }, options.timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export interface ReadmeOperation {
  /** The operation's own text, with the block's fragments appended. */
  query: string;
  definition: OperationDefinitionNode;
  /** A string argument is the placeholder `…`: a reference snippet, validated but not sent. */
  placeholder: boolean;
}

const TYPE_SYSTEM = new Set<string>([
  Kind.SCHEMA_DEFINITION,
  Kind.SCALAR_TYPE_DEFINITION,
  Kind.OBJECT_TYPE_DEFINITION,
  Kind.INTERFACE_TYPE_DEFINITION,
  Kind.UNION_TYPE_DEFINITION,
  Kind.ENUM_TYPE_DEFINITION,
  Kind.INPUT_OBJECT_TYPE_DEFINITION,
  Kind.DIRECTIVE_DEFINITION,
  Kind.SCHEMA_EXTENSION,
  Kind.SCALAR_TYPE_EXTENSION,
  Kind.OBJECT_TYPE_EXTENSION,
  Kind.INTERFACE_TYPE_EXTENSION,
  Kind.UNION_TYPE_EXTENSION,
  Kind.ENUM_TYPE_EXTENSION,
  Kind.INPUT_OBJECT_TYPE_EXTENSION,
]);

/** SDL excerpts (a subgraph's types, elided with `…`) are shown, not sent. */
export function isSchemaExcerpt(text: string): boolean {
  const uncommented = text.replace(/#.*$/gm, '');
  if (/^\s*(type|enum|input|interface|union|scalar|extend|schema|directive)\b/m.test(uncommented)) {
    try {
      return parse(text).definitions.some((d) => TYPE_SYSTEM.has(d.kind));
    } catch {
      return true;
    }
  }
  return false;
}

/** The operations of a graphql block, each sendable on its own (a block may list many). */
export function operationsOf(text: string): ReadmeOperation[] {
  const document = parse(text);
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  return document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((definition) => {
      const own = text.slice(definition.loc!.start, definition.loc!.end);
      const used = fragments.map((f: DefinitionNode) => print(f));
      return {
        query: [own, ...used].join('\n'),
        definition,
        placeholder: /"[^"]*…[^"]*"/.test(own),
      };
    });
}

export function validationErrors(schema: GraphQLSchema, operation: ReadmeOperation): string[] {
  return validate(schema, parse(operation.query)).map((e) => e.message);
}

export const readFile = (file: string) => fs.readFileSync(file, 'utf8');
