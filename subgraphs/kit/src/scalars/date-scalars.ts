import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isRealDate(value)) {
    throw new GraphQLError('Date must be a real calendar date as YYYY-MM-DD', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

function parseDateTime(value: unknown): string {
  const d = typeof value === 'string' ? new Date(value) : new Date(NaN);
  if (Number.isNaN(d.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(String(value))) {
    throw new GraphQLError('DateTime must be an ISO 8601 timestamp', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return d.toISOString();
}

/** `Date`: an ISO calendar date; stored as 'YYYY-MM-DD' text. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, ISO 8601 (YYYY-MM-DD).',
  serialize: (value) =>
    value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** `DateTime`: a UTC instant; accepts database text 'YYYY-MM-DD HH:MM:SS.mmm' on output. */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'A UTC instant, ISO 8601.',
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString();
    const text = String(value);
    return text.includes('T') ? text : `${text.replace(' ', 'T')}${text.includes('.') ? '' : '.000'}Z`;
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});
