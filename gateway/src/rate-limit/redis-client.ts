import type { Logger } from '@union/kit';
import Redis from 'ioredis';

const CONNECT_TIMEOUT_MS = 2000;

/*
 * A Redis outage must not stall the graph: commands fail at once instead of queueing (no offline
 * queue, one retry), and the rate limit lets requests through while Redis is away (skipOnError).
 * The outage is logged when it starts and when it ends, not once per request. Start-up waits for the
 * first connection (bounded), so that the first requests are counted too.
 */
export async function connectRateLimitRedis(url: string, logger: Logger): Promise<Redis> {
  const redis = new Redis(url, {
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: CONNECT_TIMEOUT_MS,
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
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, CONNECT_TIMEOUT_MS);
    const done = () => {
      clearTimeout(timer);
      redis.off('ready', done);
      redis.off('error', done);
      resolve();
    };
    redis.once('ready', done);
    redis.once('error', done);
  });
  return redis;
}
