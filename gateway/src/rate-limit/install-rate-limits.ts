import rateLimit from '@fastify/rate-limit';
import { codedHttpError, type Logger } from '@union/kit';
import type { FastifyInstance } from 'fastify';
import type { CallerResolver } from './caller-budget-key';
import type { FormBudget } from './form-budget-plugin';
import type { RateLimitConfig } from './rate-limit-config';
import { connectRateLimitRedis } from './redis-client';

export interface RateLimits {
  /** The anonymous form budget, spent per use of a form field (see form-budget-plugin.ts). */
  formBudget: FormBudget;
  close(): Promise<void>;
}

/** Response headers of @fastify/rate-limit (its default, non-draft names). */
export const RATE_LIMIT_HEADERS = [
  'retry-after',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
];

const GRAPHQL_ROUTE = '/graphql';
// Probes and anything but GraphQL are never counted: an orchestrator must always reach /healthz.
const EXEMPT = 'exempt';

/**
 * Per-caller budgets on /graphql, counted at onRequest — before the body is read or the query
 * parsed — so a spent caller costs one verified token check and nothing more. A spent budget is
 * 429 RATE_LIMITED with Retry-After. Counters are in memory, or in Redis when REDIS_URL is set.
 */
export async function installRateLimits(
  app: FastifyInstance,
  options: { config: RateLimitConfig; callers: CallerResolver; logger: Logger },
): Promise<RateLimits> {
  const { config, callers, logger } = options;
  if (!config.enabled) {
    return { formBudget: async () => ({ exceeded: false, retryAfterSeconds: 0 }), close: async () => {} };
  }
  const redis = config.redisUrl ? await connectRateLimitRedis(config.redisUrl, logger) : undefined;
  await app.register(rateLimit, {
    global: true,
    hook: 'onRequest',
    timeWindow: config.windowMs,
    max: (_request, key) => (key.startsWith('sub:') ? config.authenticatedMax : config.anonymousMax),
    keyGenerator: (request) =>
      request.routeOptions.url === GRAPHQL_ROUTE ? callers.budgetKey(request) : EXEMPT,
    allowList: (_request, key) => key === EXEMPT,
    ...(redis ? { redis, nameSpace: config.redisPrefix } : {}),
    skipOnError: true,
    errorResponseBuilder: (_request, context) =>
      codedHttpError(429, 'RATE_LIMITED', `Too many requests: retry in ${context.after}`),
  });
  const spendForm = app.createRateLimit({
    max: config.formMax,
    timeWindow: config.formWindowMs,
    keyGenerator: (request) => `form:ip:${request.ip}`,
  });
  return {
    async formBudget(context) {
      if (!context.request) return { exceeded: false, retryAfterSeconds: 0 };
      const outcome = await spendForm(context.request).catch((err: Error) => {
        // As for the general budget: an unreachable store lets the request through (logged by the client).
        logger.debug({ err: { message: err.message } }, 'form budget not checked');
        return { isAllowed: true as const, key: '' };
      });
      if (outcome.isAllowed) return { exceeded: false, retryAfterSeconds: 0 };
      return { exceeded: outcome.isExceeded, retryAfterSeconds: outcome.ttlInSeconds };
    },
    async close() {
      if (!redis || redis.status === 'end') return;
      // Counters are written by single commands: nothing is lost by closing without QUIT.
      // A client that never connected may not report 'end': wait for it briefly, not forever.
      const ended = new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 500);
        redis.once('end', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      redis.disconnect();
      await ended;
    },
  };
}
