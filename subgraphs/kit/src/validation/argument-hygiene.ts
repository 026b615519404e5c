import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { z } from 'zod';
import { badUserInput } from '../errors/errors';
import {
  caseNumber,
  creditCode,
  cursor,
  entityId,
  idempotencyKey,
  regionCode,
  regionPrefix,
  asciiCode,
} from './codes';
import { DEFAULT_TEXT_MAX, searchText, textBlock } from './text';

type ResolverMap = Record<string, Record<string, any>>;

/**
 * Zod schemas for string leaves of field arguments, keyed by
 *   'InputType.field'        (a field of an input object, e.g. 'OrganizationFilter.nameContains'),
 *   'Type.field(arg)'        (an argument, e.g. 'Query.regions(parentCode)'), or
 *   'name'                   (any input field or argument of that name, anywhere).
 * The most specific key wins. A string leaf no key names is still checked by its type: ID as an
 * ASCII id, String as multi-line text of at most DEFAULT_TEXT_MAX code points.
 */
export type ArgumentRules = Readonly<Record<string, z.ZodType>>;

/** Max items of any list argument (the graph's own lists are smaller: 500 claimants, 500 check-ins). */
export const MAX_LIST_ARGUMENT = 1000;

/**
 * The names every subgraph means the same thing by. A new filter called `regionPrefix` or
 * `nameContains` is checked without anyone remembering to.
 */
export const DEFAULT_ARGUMENT_RULES: ArgumentRules = {
  regionPrefix,
  regionCode,
  parentCode: regionCode,
  coveredRegion: regionCode,
  creditCode,
  employerCreditCode: creditCode,
  caseNumber,
  after: cursor,
  idempotencyKey,
  nameContains: searchText(),
  namePrefix: searchText(),
  actor: searchText(),
  industryCode: asciiCode(/^[A-Z]{1,4}$/, 'must be a GB/T 4754 industry code', (v) => v.toUpperCase()),
};

const idDefault = entityId;
const stringDefault = textBlock(DEFAULT_TEXT_MAX);

function leafRule(type: GraphQLInputType, keys: string[], rules: ArgumentRules): z.ZodType | null {
  const named = getNamedType(type);
  if (named.name !== 'String' && named.name !== 'ID') return null;
  for (const key of keys) if (rules[key]) return rules[key]!;
  return named.name === 'ID' ? idDefault : stringDefault;
}

/** Builds the zod schema of one argument or input field; null when nothing in it needs checking. */
function schemaOf(
  type: GraphQLInputType,
  keys: string[],
  rules: ArgumentRules,
  seen: Map<string, z.ZodType | null>,
): z.ZodType | null {
  if (isNonNullType(type)) return schemaOf(type.ofType, keys, rules, seen);
  if (isListType(type)) {
    const item = schemaOf(type.ofType, keys, rules, seen);
    return z.array(item ?? z.any()).max(MAX_LIST_ARGUMENT, `must have at most ${MAX_LIST_ARGUMENT} items`);
  }
  if (isInputObjectType(type)) {
    if (seen.has(type.name)) return seen.get(type.name) ?? null;
    seen.set(type.name, null); // a self-referencing input type is checked one level deep
    const shape: Record<string, z.ZodType> = {};
    for (const field of Object.values(type.getFields()) as GraphQLInputField[]) {
      const inner = schemaOf(field.type, [`${type.name}.${field.name}`, field.name], rules, seen);
      shape[field.name] = optionalUnlessRequired(field.type, inner ?? z.any());
    }
    // Loose: graphql-js already refused unknown fields; nothing it coerced is dropped here.
    const schema = z.looseObject(shape);
    seen.set(type.name, schema);
    return schema;
  }
  return leafRule(type, keys, rules);
}

function optionalUnlessRequired(type: GraphQLInputType, schema: z.ZodType): z.ZodType {
  return isNonNullType(type) ? schema : schema.nullish();
}

function argumentsSchema(
  typeName: string,
  fieldName: string,
  args: readonly GraphQLArgument[],
  rules: ArgumentRules,
): z.ZodType | null {
  const shape: Record<string, z.ZodType> = {};
  let any = false;
  const seen = new Map<string, z.ZodType | null>();
  for (const arg of args) {
    const inner = schemaOf(arg.type, [`${typeName}.${fieldName}(${arg.name})`, arg.name], rules, seen);
    if (inner) any = true;
    shape[arg.name] = optionalUnlessRequired(arg.type, inner ?? z.any());
  }
  return any ? z.looseObject(shape) : null;
}

/**
 * Checks the arguments of one field; throws BAD_USER_INPUT naming the first offending one as a
 * path from the argument ('filter.regionPrefix', 'input.memberIds.3'). Returns the cleaned
 * arguments (text NFC-normalized and trimmed, codes canonicalized).
 */
export function parseArguments(schema: z.ZodType, args: unknown): Record<string, unknown> {
  const result = schema.safeParse(args ?? {});
  if (result.success) return result.data as Record<string, unknown>;
  const issue = result.error.issues[0]!;
  const field = issue.path.map(String).join('.') || 'arguments';
  throw badUserInput(field, `${field}: ${issue.message}`);
}

/** The argument checks of every field of `schema` that takes a string somewhere in its arguments. */
export function argumentChecks(schema: GraphQLSchema, rules: ArgumentRules = {}): Map<string, z.ZodType> {
  const merged = { ...DEFAULT_ARGUMENT_RULES, ...rules };
  const checks = new Map<string, z.ZodType>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      // Federation's own entry points: representations come from other subgraphs, not clients.
      if (type.name === 'Query' && (field.name === '_entities' || field.name === '_service')) continue;
      const check = argumentsSchema(type.name, field.name, field.args, merged);
      if (check) checks.set(`${type.name}.${field.name}`, check);
    }
  }
  return checks;
}

/**
 * Wraps every resolver whose field takes string arguments so that they are checked and cleaned
 * before the resolver (and so before any SQL) runs: one mechanism for every input of every
 * subgraph, mutations and filters alike. Feature-level zod schemas (parseInput) still apply
 * their stricter per-field rules afterwards; this is the floor nothing falls below.
 */
export function cleanArguments(
  schema: GraphQLSchema,
  resolvers: ResolverMap,
  rules: ArgumentRules = {},
): ResolverMap {
  const checks = argumentChecks(schema, rules);
  const cleaned: ResolverMap = {};
  for (const [typeName, fields] of Object.entries(resolvers)) {
    if (typeof fields !== 'object' || fields === null || !isObjectType(schema.getType(typeName))) {
      cleaned[typeName] = fields;
      continue;
    }
    const entry: Record<string, any> = { ...fields };
    for (const [fieldName, resolver] of Object.entries(fields)) {
      const check = checks.get(`${typeName}.${fieldName}`);
      if (!check || typeof resolver !== 'function') continue;
      entry[fieldName] = (parent: unknown, args: unknown, ...rest: unknown[]) =>
        resolver(parent, parseArguments(check, args), ...rest);
    }
    cleaned[typeName] = entry;
  }
  return cleaned;
}
