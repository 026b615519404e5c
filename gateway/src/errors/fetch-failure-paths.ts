import type { GraphQLDataSource } from '@apollo/gateway';
// Not re-exported by the package index; the enum is part of the GraphQLDataSource contract.
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import {
  Kind,
  parse,
  type DocumentNode,
  type GraphQLFormattedError,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/* A page of 100 entities with a few fields each would otherwise answer hundreds of identical errors. */
const MAX_ERRORS_PER_FETCH = 50;

/**
 * When a whole subgraph fetch fails (timeout, connection refused, HTTP 5xx), Apollo Gateway records
 * one error without a `path`, so a client of the partial response cannot tell which fields are
 * missing. This wrapper answers such a failure as the subgraph would have answered a failing
 * resolver: one error per field the fetch asked for (`_entities` paths are mapped back to the
 * client's paths by the gateway), with the original message and code (masked later as usual).
 */
export function withFailurePaths<C extends Record<string, any>>(
  source: GraphQLDataSource<C>,
): GraphQLDataSource<C> {
  return {
    async process(options) {
      try {
        return await source.process(options);
      } catch (error) {
        if (options.kind !== GraphQLDataSourceRequestKind.INCOMING_OPERATION) throw error;
        const paths = requestedPaths(
          options.document ?? parse(options.request.query ?? ''),
          options.request.variables?.representations,
        );
        if (paths.length === 0) throw error;
        const failure = error as { message?: string; extensions?: Record<string, unknown> };
        const errors: GraphQLFormattedError[] = paths.map((path) => ({
          message: failure.message ?? 'Subgraph request failed',
          path,
          ...(failure.extensions ? { extensions: failure.extensions } : {}),
        }));
        return { errors };
      }
    },
  };
}

/** Root fields by response name; for `_entities`, each representation × each field asked of it. */
function requestedPaths(document: DocumentNode, representations: unknown): (string | number)[][] {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) return [];
  const paths: (string | number)[][] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const name = selection.alias?.value ?? selection.name.value;
    if (selection.name.value === '_entities' && Array.isArray(representations) && selection.selectionSet) {
      const fields = responseNames(selection.selectionSet);
      for (let i = 0; i < representations.length && paths.length < MAX_ERRORS_PER_FETCH; i += 1)
        for (const field of fields) if (paths.length < MAX_ERRORS_PER_FETCH) paths.push([name, i, field]);
    } else if (paths.length < MAX_ERRORS_PER_FETCH) {
      paths.push([name]);
    }
  }
  return paths;
}

/* Fields of an `_entities` selection, through the `... on Type` fragments the planner writes. */
function responseNames(set: SelectionSetNode): string[] {
  const names = new Set<string>();
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename') names.add(selection.alias?.value ?? selection.name.value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      for (const name of responseNames(selection.selectionSet)) names.add(name);
    }
  }
  return [...names];
}
