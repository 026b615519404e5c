import pino, { type Logger } from 'pino';

export type { Logger };

/*
 * Structured JSON logs. Request bodies, variables and headers are never logged; the redact list is
 * a second line of defence should a caller pass a personal value in a log object by mistake.
 */
export function createLogger(name: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name,
    level,
    base: { service: name },
    redact: {
      paths: [
        '*.idNumber',
        '*.phone',
        '*.authorization',
        '*.password',
        'idNumber',
        'phone',
        'headers',
        'variables',
      ],
      censor: '[redacted]',
    },
  });
}
