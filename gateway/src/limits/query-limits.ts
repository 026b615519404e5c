import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

/*
 * The gateway is public: a query nested thirty levels deep through parent/children, or a thousand
 * aliases of the same list, would fan out into every subgraph. Such operations are refused at
 * validation (GRAPHQL_VALIDATION_FAILED, nothing executed); introspection is exempt.
 */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  // Report as ordinary validation errors (HTTP 400) instead of throwing out of the validator (a 500).
  const report = {
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
    exposeLimits: true,
  };
  return [
    maxDepthRule({ ...report, n: limits.maxDepth, ignoreIntrospection: true }),
    maxAliasesRule({ ...report, n: limits.maxAliases }),
    costLimitRule({ ...report, maxCost: limits.maxCost, ignoreIntrospection: true }),
  ] as unknown as ValidationRule[];
}
