import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../context';
import { countRootFieldUses } from './form-fields';

/** Spends one use of the anonymous form budget; `retryAfterSeconds` is set once it is spent. */
export type FormBudget = (
  context: GatewayContext,
) => Promise<{ exceeded: boolean; retryAfterSeconds: number }>;

/*
 * The public forms (membership application, 12351 appeal and its follow-up) are what an anonymous
 * caller can write or guess at, so they get a budget of their own per client address, tighter than
 * the general one. It is checked once the operation is known, whatever carried it (POST, GET, or an
 * APQ hash whose text was registered earlier), and before anything executes.
 */
export function formBudgetPlugin(
  formFields: readonly string[],
  spend: FormBudget,
): ApolloServerPlugin<GatewayContext> {
  const fields = new Set(formFields);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation }) {
          if (!operation || contextValue.identity !== null || fields.size === 0) return;
          const uses = countRootFieldUses(document, operation, fields);
          for (let i = 0; i < uses; i += 1) {
            const { exceeded, retryAfterSeconds } = await spend(contextValue);
            if (exceeded) throw rateLimited(retryAfterSeconds);
          }
        },
      };
    },
  };
}

function rateLimited(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Too many submissions from this address: retry in ${retryAfterSeconds} s`, {
    extensions: {
      code: 'RATE_LIMITED',
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}
