import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { maxFieldsRule } from './field-count-rule';

export interface QueryLimits {
  /** Lexical tokens the parser reads before giving up (bounds every later, per-token step). */
  maxTokens: number;
  /** Field selections in the document, counted before the quadratic overlap check. */
  maxFields: number;
  maxDepth: number;
  /** Aliases, `__typename` included. */
  maxAliases: number;
  maxDirectives: number;
  maxCost: number;
}

/** For Apollo's `parseOptions`: the parser aborts at the limit, before any AST is built past it. */
export function parseOptionsFor(limits: QueryLimits): { maxTokens: number } {
  return { maxTokens: limits.maxTokens };
}

/*
 * The gateway is public: a query nested thirty levels deep through parent/children, or a thousand
 * aliases of the same list, would fan out into every subgraph. Such operations are refused at
 * validation (GRAPHQL_VALIDATION_FAILED, nothing executed); introspection is exempt from depth and cost.
 */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  // Report as ordinary validation errors (HTTP 400) instead of throwing out of the validator (a 500).
  const report = {
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
    exposeLimits: true,
  };
  return [
    maxFieldsRule(limits.maxFields),
    maxDepthRule({ ...report, n: limits.maxDepth, ignoreIntrospection: true }),
    // graphql-armor exempts `__typename` by default, yet `a1: __typename … a9999: __typename` is
    // as costly to validate and to answer as any other alias.
    maxAliasesRule({ ...report, n: limits.maxAliases, allowList: [] }),
    maxDirectivesRule({ ...report, n: limits.maxDirectives }),
    costLimitRule({ ...report, maxCost: limits.maxCost, ignoreIntrospection: true }),
  ] as unknown as ValidationRule[];
}
