import { GraphQLScalarType } from 'graphql';
import { unauthenticated } from '../errors/errors';
import type { RequestContextBase } from '../identity/identity';

type Resolver = (...args: any[]) => unknown;
export type ResolverMap = Record<string, Record<string, any>>;

/**
 * Default-deny for anonymous callers (docs/architecture.md §3.1): every root field and every `__resolveReference`
 * requires an identity unless listed in `publicFields` as 'Type.field' or a whole 'Type'.
 * Nested fields are reachable only through those entry points, so they need no wrapper.
 */
export function guardResolvers(resolvers: ResolverMap, publicFields: readonly string[] = []): ResolverMap {
  const isPublic = (type: string, field: string) =>
    publicFields.includes(type) || publicFields.includes(`${type}.${field}`);
  const guarded: ResolverMap = {};
  for (const [type, fields] of Object.entries(resolvers)) {
    if (fields instanceof GraphQLScalarType) {
      guarded[type] = fields;
      continue;
    }
    const entry = typeof fields === 'object' && fields !== null ? { ...fields } : fields;
    const isRoot = type === 'Query' || type === 'Mutation';
    for (const [field, resolver] of Object.entries(entry as Record<string, unknown>)) {
      if (typeof resolver !== 'function') continue;
      if (!(isRoot || field === '__resolveReference') || isPublic(type, field)) continue;
      const inner = resolver as Resolver;
      const argIndexOfContext = field === '__resolveReference' ? 1 : 2;
      entry[field] = (...args: unknown[]) => {
        const ctx = args[argIndexOfContext] as RequestContextBase | undefined;
        if (!ctx?.identity) throw unauthenticated();
        return inner(...args);
      };
    }
    guarded[type] = entry;
  }
  return guarded;
}

/** Merges per-entity resolver maps type by type (each feature folder contributes its own fields). */
export function mergeResolvers(...maps: ResolverMap[]): ResolverMap {
  const merged: ResolverMap = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) {
      merged[type] = fields instanceof GraphQLScalarType ? fields : { ...merged[type], ...fields };
    }
  }
  return merged;
}
