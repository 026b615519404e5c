/*
 * Error messages from drivers and libraries can quote values ("Duplicate entry '…'"), and a careless
 * log call can pass a URL or header. Before such text reaches a log line, anything shaped like a
 * national ID number (18 or 15 digits) or a mainland mobile number, a credential inside a URL
 * (mysql://user:pass@host), a bearer token or a JWT is replaced, so none of them lands in a log
 * (docs/architecture.md §4, docs/security.md).
 */
const PERSONAL_NUMBER = /(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15}|(?:\+?86[- ]?)?1[3-9]\d{9})(?![0-9A-Za-z])/g;
/** `scheme://user:password@` or `scheme://user@` — the user info of any URL, whatever the scheme. */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]{1,20}:\/\/)[^\s/@'"<>]+@/gi;
/** A JWT (three base64url parts, header starting `eyJ`), whether bearer, context token or cookie. */
const JWT = /\beyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*/g;
/** `Bearer <anything>` in a quoted header. */
const BEARER = /\b(Bearer)\s+[^\s'",]+/gi;
/** key=value / key: value pairs whose key names a secret (connection options, env dumps). */
const SECRET_PAIR =
  /\b(password|passwd|pwd|secret|token|api[_-]?key|pii[_-]?(?:index[_-]?)?key)(["']?\s*[:=]\s*["']?)[^\s'",;&}]+/gi;

export const REDACTED = '[redacted]';

export function scrubPersonalNumbers(text: string): string {
  return text.replace(PERSONAL_NUMBER, REDACTED);
}

/** Everything a log line must never carry: personal numbers, URL credentials, tokens, secret pairs. */
export function scrubLogText(text: string): string {
  return scrubPersonalNumbers(
    text
      .replace(URL_CREDENTIALS, `$1${REDACTED}@`)
      .replace(JWT, REDACTED)
      .replace(BEARER, `$1 ${REDACTED}`)
      .replace(SECRET_PAIR, `$1$2${REDACTED}`),
  );
}

/** An error as a log may show it: class, code, scrubbed message and stack; never its other fields (sql, values). */
export function scrubError(error: unknown): { type: string; message: string; code?: string; stack?: string } {
  // Error-like objects too: the gateway hands on a subgraph's error as plain JSON.
  if (error === null || typeof error !== 'object' || !('message' in error))
    return { type: typeof error, message: scrubLogText(String(error)) };
  const e = error as { name?: unknown; message?: unknown; code?: unknown; stack?: unknown };
  const name = typeof e.name === 'string' && e.name ? e.name : error.constructor?.name;
  return {
    type: name && name !== 'Object' ? name : 'Error',
    message: scrubLogText(String(e.message ?? '')),
    ...(typeof e.code === 'string' || typeof e.code === 'number' ? { code: String(e.code) } : {}),
    ...(typeof e.stack === 'string' && e.stack ? { stack: scrubLogText(e.stack) } : {}),
  };
}

/**
 * A copy of a log object with every string scrubbed and every Error reduced by scrubError (depth- and
 * size-bounded: a log object is small; anything deeper is summarized rather than walked).
 */
export function scrubLogObject(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubLogText(value);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return scrubError(value);
  if (depth >= 6) return '[object]';
  if (Array.isArray(value)) return value.slice(0, 100).map((v) => scrubLogObject(v, depth + 1));
  if (Buffer.isBuffer(value)) return `[${value.length} bytes]`;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = scrubLogObject(v, depth + 1);
  return out;
}
