import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function parseCents(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new GraphQLError('Cents must be a whole number of cents', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** `Cents`: integer money beyond GraphQL Int's 32 bits (region-wide sums), exact up to 2^53. */
export const CentsScalar = new GraphQLScalarType({
  name: 'Cents',
  description: 'An amount of money in integer cents.',
  serialize: (value) => Number(value),
  parseValue: parseCents,
  parseLiteral: (ast) => parseCents(ast.kind === Kind.INT ? Number(ast.value) : undefined),
});
