import type { FastifyRequest } from 'fastify';
import type { BearerOutcome, BearerVerifier } from '../auth/bearer';

/**
 * The bearer check, done once per request and shared by whoever needs it first: the rate limit
 * (which runs before the body is read) and authentication. A budget is keyed by subject only once the
 * token is verified, so a forged `sub` cannot spend, or escape into, someone else's budget.
 */
export interface CallerResolver {
  outcome(request: FastifyRequest): Promise<BearerOutcome>;
  /** `sub:<subject>` for a verified token, else `ip:<client address>` (anonymous or refused token). */
  budgetKey(request: FastifyRequest): Promise<string>;
}

export function createCallerResolver(bearer: BearerVerifier): CallerResolver {
  const outcomes = new WeakMap<FastifyRequest, Promise<BearerOutcome>>();
  const outcome = (request: FastifyRequest) => {
    let pending = outcomes.get(request);
    if (!pending) {
      pending = bearer.verify(request.headers.authorization);
      outcomes.set(request, pending);
    }
    return pending;
  };
  return {
    outcome,
    async budgetKey(request) {
      const verified = await outcome(request);
      return verified.ok && verified.value ? `sub:${verified.value.sub}` : `ip:${request.ip}`;
    },
  };
}
