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
/** The same rule as pino `redact` paths (`x`, `*.x`, `*.*.x`; `headers`, `*.headers`, …), for reference. */
export const REDACT_PATHS = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((k) => `*.${k}`),
  ...SECRET_KEYS.map((k) => `*.*.${k}`),
  'headers',
  '*.headers',
  'variables',
  '*.variables',
];
const SECRET_KEY_SET = new Set(SECRET_KEYS);
const WHOLE_KEYS = new Set(['headers', 'variables']);

/*
 * One walk of a log object that both redacts and scrubs: a value under a secret key at most two levels
 * deep (a whole `headers` / `variables` at most one level deep) becomes REDACTED, as the REDACT_PATHS
 * rule says, and every other string goes through the scrubber. pino's own `redact` compiled those 46
 * wildcard paths into a walk of its own that cost ~26 µs a line, ten times the rest of pino
 * (docs/bench-gateway-cost.md); a line is written for every request in every process.
 */
export function cleanLogObject(value: unknown, depth = 0): unknown {
  if (
    depth > 2 ||
    value === null ||
    typeof value !== 'object' ||
    value instanceof Error ||
    Buffer.isBuffer(value)
  )
    return scrubLogObject(value, depth);
  if (Array.isArray(value)) return value.slice(0, 100).map((v) => cleanLogObject(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const secret = SECRET_KEY_SET.has(key) || (depth <= 1 && WHOLE_KEYS.has(key));
    out[key] = secret && v !== undefined ? REDACTED : cleanLogObject(v, depth + 1);
  }
  return out;
}

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
    // Errors are already reduced to { type, message, code, stack } (scrubbed) by the formatter.
    serializers: { err: (value: unknown) => value },
    // Redaction (REDACT_PATHS) and scrubbing in one walk of every line (child bindings: below).
    formatters: { log: (object) => cleanLogObject(object) as Record<string, unknown> },
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
  const logger = destination ? pino(options, destination) : pino(options);
  // A child's bindings are written into every line it logs: they are cleaned the same way, once.
  // Children inherit from their parent, so this reaches grandchildren too.
  const child = logger.child;
  logger.child = function cleanChild(this: Logger, bindings, childOptions) {
    return child.call(this, cleanLogObject(bindings) as pino.Bindings, childOptions);
  } as typeof logger.child;
  return logger;
}
