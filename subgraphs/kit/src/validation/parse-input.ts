import type { z } from 'zod';
import { badUserInput } from '../errors/errors';

/**
 * Validates a mutation input with a zod schema; the first problem becomes BAD_USER_INPUT naming the
 * offending field as a path from the argument ('input.regionCode'). Messages never echo the value.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, argument = 'input'): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = [argument, ...issue.path.map(String)].join('.');
  throw badUserInput(field, `${field}: ${issue.message}`);
}
