import pino, { type DestinationStream, type Logger } from 'pino';
import { REDACTED, scrubLogObject, scrubLogText } from './scrub';
import { requestLogFields } from '../observability/log-fields';

export type { Logger };

/**
 * Keys whose values never reach a log line, wherever they sit (pino redact: `*.x` is one level deep).
 * Request bodies, variables and headers are never logged on purpose; this list is a second line of
 * defence should a caller pass a personal value or a secret in a log object by mistake.
 */
const SECRET_KEYS = [
  'idNumber',
  'phone',
  'authorization',
  'cookie',
  'password',
  'token',
  'secret',
  'subgraphSecret',
  'authSecret',
  'piiKey',
  'piiIndexKey',
  'databaseUrl',
  'DATABASE_URL',
  'uri',
];
export const REDACT_PATHS = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((k) => `*.${k}`),
  ...SECRET_KEYS.map((k) => `*.*.${k}`),
  'headers',
  '*.headers',
  'variables',
  '*.variables',
];

/*
 * Structured JSON logs. Besides the redact list, every string of every line (message, fields,
 * error messages and stacks) goes through the kit scrubber, so a driver message quoting an ID
 * number or a connection string with a password is cleaned whatever the call site.
 */
export function createLogger(
  name: string,
  level = process.env.LOG_LEVEL ?? 'info',
  destination?: DestinationStream,
): Logger {
  const options: pino.LoggerOptions = {
    name,
    level,
    base: { service: name },
    // The current request's id on every line it causes, in every process (docs/operations.md).
    mixin: requestLogFields,
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    // Errors are already reduced to { type, message, code, stack } (scrubbed) by the formatter.
    serializers: { err: (value: unknown) => value },
    formatters: { log: (object) => scrubLogObject(object) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        // logger.error(err): pino would take the message from the raw error, past the formatter.
        const [first, ...rest] = args as unknown[];
        const normalized =
          first instanceof Error
            ? [{ err: first }, typeof rest[0] === 'string' ? rest.shift() : first.message, ...rest]
            : (args as unknown[]);
        method.apply(
          this,
          normalized.map((a) => (typeof a === 'string' ? scrubLogText(a) : a)) as Parameters<typeof method>,
        );
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
