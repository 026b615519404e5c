import type { Logger } from '@union/kit';
import Redis from 'ioredis';

/*
 * A Redis outage must not stall the graph: commands fail at once instead of queueing (no offline
 * queue, one retry), and the rate limit lets requests through while Redis is away (skipOnError).
 * The outage is logged when it starts and when it ends, not once per request.
 */
export function createRateLimitRedis(url: string, logger: Logger): Redis {
  const redis = new Redis(url, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: 2000,
    commandTimeout: 500,
  });
  let down = false;
  redis.on('error', (err: Error) => {
    if (down) return;
    down = true;
    logger.warn(
      { err: { name: err.name, message: err.message } },
      'rate-limit Redis unavailable: limits not enforced',
    );
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    logger.info('rate-limit Redis back: limits enforced');
  });
  return redis;
}
