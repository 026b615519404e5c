/*
 * Resolver types generated from a subgraph's SDL (docs/architecture.md §1.1): GraphQL Code
 * Generator's `typescript` + `typescript-resolvers`, federation on, in-process (the codegen CLI's
 * loaders need Node 22). Each subgraph's `build` runs it before `tsc`
 * (`node ../kit/dist/codegen/resolver-types-cli.js`); its only per-subgraph input is
 * `resolver-types.json` beside package.json:
 *
 *   { "mappers": { "Organization": "../organization/organization.table#Organization" } }
 *
 * Mappers name the subgraph's own domain type (the row → domain type of `<entity>.table.ts`) that
 * resolvers of a GraphQL type receive as parent and may return; paths are relative to the output
 * file. Relay connections of the kit's shape map to the kit's `Connection` by themselves.
 *
 * Kept out of the kit's index: the plugins are dev dependencies, loaded only by builds and checks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { codegen } from '@graphql-codegen/core';
import * as typescript from '@graphql-codegen/typescript';
import * as typescriptResolvers from '@graphql-codegen/typescript-resolvers';
import { isListType, isNonNullType, isObjectType, parse, type GraphQLSchema } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';

export const RESOLVER_TYPES_CONFIG = 'resolver-types.json';

export interface ResolverTypesConfig {
  /** The SDL, relative to the package (default src/schema.graphql). */
  schema?: string;
  /** The generated module, relative to the package (default src/generated/resolvers-types.ts). */
  out?: string;
  /** The resolvers' context, `module#Type` relative to `out` (default ../context#Context). */
  contextType?: string;
  /** GraphQL type → `module#DomainType` (relative to `out`) that its resolvers receive and return. */
  mappers?: Record<string, string>;
  /** Extra custom scalars → TypeScript type (Date, DateTime, Cents and ID are the kit's). */
  scalars?: Record<string, string>;
}

/** What the kit's scalars (scalars/date-scalars.ts, cents-scalar.ts) carry: ISO text and integer cents. */
export const KIT_SCALARS: Record<string, string> = {
  ID: 'string',
  Date: 'string',
  DateTime: 'string',
  Cents: 'number',
  // The federation field-set scalar typescript-resolvers adds with `federation: true`.
  _FieldSet: 'string',
};

const CONNECTION_FIELDS = ['edges', 'nodes', 'pageInfo', 'totalCount'];

/** `XxxConnection` types with exactly the kit's Relay fields → the kit's `Connection` of the node's parent type. */
function connectionMappers(schema: GraphQLSchema): Record<string, string> {
  const mappers: Record<string, string> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !type.name.endsWith('Connection')) continue;
    const fields = type.getFields();
    if (Object.keys(fields).sort().join() !== [...CONNECTION_FIELDS].sort().join()) continue;
    let nodes = fields.nodes!.type;
    while (isNonNullType(nodes) || isListType(nodes)) nodes = nodes.ofType;
    mappers[type.name] = `KitConnection<ResolversParentTypes['${nodes.toString()}']>`;
  }
  return mappers;
}

export interface GeneratedFile {
  file: string;
  content: string;
}

/** The generated module of the package in `packageDir`, byte for byte (pure: nothing written). */
export async function resolverTypesFile(
  packageDir: string,
  config: ResolverTypesConfig = readResolverTypesConfig(packageDir),
): Promise<GeneratedFile> {
  const file = path.join(packageDir, config.out ?? 'src/generated/resolvers-types.ts');
  const schemaFile = path.join(packageDir, config.schema ?? 'src/schema.graphql');
  const document = parse(fs.readFileSync(schemaFile, 'utf8'));
  // Fails here, naming the SDL's error, rather than inside codegen.
  const autoMappers = connectionMappers(buildSubgraphSchema({ typeDefs: document }));
  const output = await codegen({
    filename: file,
    schema: document,
    documents: [],
    config: {
      federation: true,
      contextType: config.contextType ?? '../context#Context',
      mappers: { ...autoMappers, ...config.mappers },
      // `Organization` the GraphQL type and `OrganizationModel` the domain type it maps to.
      mapperTypeSuffix: 'Model',
      scalars: { ...KIT_SCALARS, ...config.scalars },
      strictScalars: true,
      enumsAsTypes: true,
      useTypeImports: true,
      // No index signature: a resolver for a field the SDL lacks is an excess property, a tsc error.
      useIndexSignature: false,
    },
    plugins: [{ typescript: {} }, { typescriptResolvers: {} }],
    pluginMap: { typescript, typescriptResolvers },
  });
  const header = [
    '/* eslint-disable */',
    `// Generated from ${path.relative(path.dirname(file), schemaFile)} by the kit's resolver-types generator`,
    `// (${RESOLVER_TYPES_CONFIG}; docs/architecture.md §1.1). Do not edit: \`npm run build\` rewrites it.`,
    "import type { CompleteResolvers, Connection as KitConnection } from '@union/kit';",
  ].join('\n');
  const footer = [
    '',
    '/**',
    ' * The whole resolver map of the subgraph: `Resolvers`, with every field its parent value cannot',
    ' * answer (and every custom scalar, and `__resolveReference` where a reference is not a parent)',
    ' * required. `resolvers.ts` ends in `satisfies SubgraphResolvers`.',
    ' */',
    'export type SubgraphResolvers = CompleteResolvers<Resolvers, ResolversParentTypes>;',
    '',
  ].join('\n');
  return { file, content: `${header}\n${output.trimEnd()}\n${footer}` };
}

export function readResolverTypesConfig(packageDir: string): ResolverTypesConfig {
  const file = path.join(packageDir, RESOLVER_TYPES_CONFIG);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as ResolverTypesConfig) : {};
}

/** Writes the module when its content changed (temporary file + rename); true when written. */
export async function writeResolverTypes(packageDir: string): Promise<boolean> {
  const { file, content } = await resolverTypesFile(packageDir);
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === content) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, content);
  fs.renameSync(temporary, file);
  return true;
}

/** True when the committed module matches the SDL and the config. */
export async function resolverTypesFresh(packageDir: string): Promise<boolean> {
  const { file, content } = await resolverTypesFile(packageDir);
  return fs.existsSync(file) && fs.readFileSync(file, 'utf8') === content;
}
